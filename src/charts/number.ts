/**
 * Number texts for chart descriptions, tables and labels. Values with a unit follow the data layer's rules
 * (src/data/format.ts: `8,7 %` with a narrow no-break space, `1.234`, `1.234 Euro`); `formatDe` adds what
 * charts need beyond that: free decimals (datasets) and numbers without grouping (years).
 */
import { formatNumber, withUnit } from '../data/format.ts';
import type { Cell } from '../data/types.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** `1234.5` → `1.234,5`; `digits` fixes the decimals, null keeps those the value has. */
export function formatDe(value: number, digits: number | null = null, grouping = true): string {
  if (digits !== null && grouping) return formatNumber(value, digits);
  const key = `${digits}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: digits ?? 0,
      maximumFractionDigits: digits ?? 10,
      useGrouping: grouping,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A value with its unit: `8,7 %`, `1.234 Euro`; the unit `Anzahl` is left out. */
export function formatWithUnit(value: number, digits: number, einheit: string): string {
  return withUnit(formatNumber(value, digits), einheit);
}

/** What a table cell shows: the number, or its table symbol; `.` when there is no cell at all. */
export function cellText(cell: Cell | undefined, digits: number): string {
  if (!cell) return '.';
  if (cell.wert !== null) return formatNumber(cell.wert, digits);
  return cell.symbol ?? '.';
}
