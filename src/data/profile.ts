/**
 * The Gebietsprofil (Steckbrief) of one Gebiet: for every indicator with values there, the latest published value,
 * its change since the first year and against the previous published year (so a recent reversal is not hidden
 * behind the long-term change), each judged by the indicator's `richtung` (src/data/trend.ts), and the value of
 * the enclosing Gebiet in the same year for comparison.
 */
import { formatCell } from './format.ts';
import { changeText, trend, type Trend } from './trend.ts';
import type { Cell, DataStore, Gebiet, Indikator } from './types.ts';

export interface Change {
  trend: Trend;
  /** e.g. `+1,2 Prozentpunkte seit 2015`, `−340 gegenüber 2023` (arrow: `trend.pfeil`). */
  text: string;
}

export interface ProfileRow {
  indikator: Indikator;
  latest: Cell;
  latestText: string;
  first: Cell | null;
  /**
   * Since the first published year, then against the previous published year (when that is not the first);
   * empty when there is no earlier published value.
   */
  changes: Change[];
  parent: Gebiet | null;
  parentText: string | null;
}

export interface Profile {
  gebiet: Gebiet;
  parent: Gebiet | null;
  children: Gebiet[];
  /** Rows grouped by Lebenslage, in catalogue order. */
  groups: { lebenslage: string; rows: ProfileRow[] }[];
}

export function gebietProfile(store: DataStore, gebietId: string, mindestfallzahl: number): Profile {
  const gebiet = store.gebiete.get(gebietId);
  if (!gebiet) throw new Error(`Unbekanntes Gebiet „${gebietId}“.`);
  const parent = gebiet.eltern ? (store.gebiete.get(gebiet.eltern) ?? null) : null;
  const children = [...store.gebiete.values()].filter((g) => g.eltern === gebiet.id);
  const groups = new Map<string, ProfileRow[]>();
  for (const indikator of store.indikatoren.values()) {
    const series = store.series(indikator.id, gebiet.id, { mindestfallzahl });
    const published = series.filter((c) => c.wert !== null);
    const latest = published.at(-1) ?? series.at(-1);
    if (!latest) continue;
    const first = published.length > 1 ? published[0]! : null;
    const parentCell = parent ? store.cell(indikator.id, parent.id, latest.jahr, { mindestfallzahl }) : undefined;
    const previous = published.length > 2 ? published.at(-2)! : null;
    const change = (from: Cell, basis: string): Change => {
      const t = trend(from.wert!, latest.wert!, indikator);
      return { trend: t, text: changeText(t, indikator.einheit, basis) };
    };
    const changes = first && latest.wert !== null ? [change(first, `seit ${first.jahr}`)] : [];
    if (previous && latest.wert !== null) changes.push(change(previous, `gegenüber ${previous.jahr}`));
    const row: ProfileRow = {
      indikator,
      latest,
      latestText: formatCell(latest, indikator),
      first,
      changes,
      parent,
      parentText: parentCell ? formatCell(parentCell, indikator) : null,
    };
    groups.set(indikator.lebenslage, [...(groups.get(indikator.lebenslage) ?? []), row]);
  }
  return { gebiet, parent, children, groups: [...groups].map(([lebenslage, rows]) => ({ lebenslage, rows })) };
}
