/**
 * The short German description of a chart (its SVG `<desc>`), generated from the data it shows, e.g.
 * „Liniendiagramm: SGB-II-Quote 2015–2024 für Landkreis Hainwald und Thüringen; 2024: 8,7 % bzw. 7,9 %.“
 */
import { isCount } from '../data/confidentiality.ts';
import type { Cell, Gebiet } from '../data/types.ts';
import { plotValue, type IndicatorSelection } from './indicator-data.ts';
import { formatWithUnit } from './number.ts';

/** „A“, „A und B“, „A, B und C“. */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

function valueText(cell: Cell | undefined, sel: IndicatorSelection): string {
  const v = plotValue(cell);
  return v !== null ? formatWithUnit(v, sel.indikator.nachkommastellen, sel.indikator.einheit) : 'kein veröffentlichter Wert';
}

export function yearSpan(jahre: readonly number[]): string {
  const first = jahre[0];
  const last = jahre[jahre.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

export function describeLine(sel: IndicatorSelection, kind = 'Liniendiagramm'): string {
  const last = sel.jahre[sel.jahre.length - 1]!;
  const names = sel.gebiete.map((g) => g.name);
  const values = sel.gebiete.map((g) => valueText(sel.cells.get(g.id)?.get(last), sel));
  // Two values read well as „8,7 % bzw. 7,9 %“; more need their names.
  const latest = values.length <= 2 ? values.join(' bzw. ') : joinGerman(names.map((n, i) => `${n} ${values[i]}`));
  return `${kind}: ${sel.indikator.titel} ${yearSpan(sel.jahre)} für ${joinGerman(names)}; ${last}: ${latest}.`;
}

/** Highest and lowest Gebiet, the references and how many have no value, for bars and maps. */
function extremes(sel: IndicatorSelection, gebiete: readonly Gebiet[], inWord: string): string {
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const withValue = gebiete
    .map((g) => ({ g, c: sel.cells.get(g.id)?.get(jahr), v: plotValue(sel.cells.get(g.id)?.get(jahr)) }))
    .filter((x): x is { g: Gebiet; c: Cell; v: number } => x.v !== null)
    .sort((a, b) => b.v - a.v);
  const parts: string[] = [];
  const hi = withValue[0];
  const lo = withValue[withValue.length - 1];
  if (hi && lo && hi !== lo) {
    parts.push(`höchster Wert ${inWord}${hi.g.name} (${valueText(hi.c, sel)}), niedrigster ${inWord}${lo.g.name} (${valueText(lo.c, sel)})`);
  } else if (hi) {
    parts.push(`${hi.g.name}: ${valueText(hi.c, sel)}`);
  }
  const refs = (isCount(sel.indikator) ? [] : sel.referenzen)
    .filter((r) => !gebiete.includes(r) && plotValue(sel.cells.get(r.id)?.get(jahr)) !== null)
    .map((r) => `${r.name} ${valueText(sel.cells.get(r.id)?.get(jahr), sel)}`);
  if (refs.length > 0) parts.push(`zum Vergleich ${joinGerman(refs)}`);
  const without = gebiete.length - withValue.length;
  if (without > 0) parts.push(without === 1 ? '1 Gebiet ohne veröffentlichten Wert' : `${without} Gebiete ohne veröffentlichten Wert`);
  return parts.join('; ');
}

export function describeBars(sel: IndicatorSelection): string {
  if (sel.jahre.length > 1) return describeLine(sel, 'Balkendiagramm');
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  return `Balkendiagramm: ${sel.indikator.titel} ${jahr} für ${sel.gebiete.length} Gebiete; ${extremes(sel, sel.gebiete, '')}.`;
}

export function describeMap(sel: IndicatorSelection, shown: readonly Gebiet[]): string {
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  return `Karte: ${sel.indikator.titel} ${jahr} nach ${shown.length} Gebieten; ${extremes(sel, shown, 'in ')}.`;
}
