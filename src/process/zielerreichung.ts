/**
 * Progress of each goal: its indicator's baseline (first year with a value), latest value, target and target
 * year, and whether the indicator moved towards the target. Values come from the store with the publication's
 * mindestfallzahl, so a suppressed value is shown as its symbol and never counted.
 */
import { formatCell, formatNumber, withUnit } from '../data/format.ts';
import type { Cell, DataStore, Indikator } from '../data/types.ts';
import type { ChartSpec } from '../charts/render.ts';
import { BASE_CONFIG } from '../charts/theme.ts';
import type { Ziel } from './types.ts';

export type Tendenz = 'erreicht' | 'auf-kurs' | 'gegenlaeufig' | 'unveraendert' | 'offen';

export const TENDENZ_LABEL: Record<Tendenz, { symbol: string; text: string }> = {
  erreicht: { symbol: '✓', text: 'Zielwert erreicht' },
  'auf-kurs': { symbol: '↗', text: 'in Zielrichtung' },
  gegenlaeufig: { symbol: '↘', text: 'gegen die Zielrichtung' },
  unveraendert: { symbol: '→', text: 'unverändert' },
  offen: { symbol: '?', text: 'nicht bewertbar' },
};

export interface ZielView {
  ziel: Ziel;
  indikator: Indikator;
  gebietName: string;
  basis: Cell | null;
  aktuell: Cell | null;
  /** Formatted with unit. */
  basisText: string;
  aktuellText: string;
  zielText: string;
  /** `senken` when the target is below the baseline, else `steigern`. */
  richtung: 'senken' | 'steigern' | 'halten';
  tendenz: Tendenz;
  series: Cell[];
}

export function zielView(store: DataStore, ziel: Ziel, mindestfallzahl: number): ZielView {
  const indikator = store.indikatoren.get(ziel.indikator)!;
  const series = store.series(ziel.indikator, ziel.gebiet, { mindestfallzahl });
  const withValue = series.filter((c) => c.wert !== null);
  const basis = withValue[0] ?? null;
  const aktuell = withValue[withValue.length - 1] ?? null;
  const richtung = basis === null || basis.wert === ziel.zielwert ? 'halten' : ziel.zielwert < basis.wert! ? 'senken' : 'steigern';
  let tendenz: Tendenz = 'offen';
  if (basis && aktuell && aktuell !== basis) {
    const a = aktuell.wert!;
    const b = basis.wert!;
    if (richtung === 'senken' ? a <= ziel.zielwert : richtung === 'steigern' ? a >= ziel.zielwert : a === ziel.zielwert) tendenz = 'erreicht';
    else if (a === b) tendenz = 'unveraendert';
    else tendenz = (richtung === 'senken') === a < b ? 'auf-kurs' : 'gegenlaeufig';
  } else if (basis && aktuell) {
    const a = aktuell.wert!;
    if (richtung === 'senken' ? a <= ziel.zielwert : a >= ziel.zielwert) tendenz = 'erreicht';
  }
  const text = (c: Cell | null) => (c ? `${formatCell(c, indikator)} (${c.jahr})` : '.');
  return {
    ziel,
    indikator,
    gebietName: store.gebiete.get(ziel.gebiet)?.name ?? ziel.gebiet,
    basis,
    aktuell,
    basisText: text(basis),
    aktuellText: text(aktuell),
    zielText: `${richtung === 'senken' ? 'höchstens ' : richtung === 'steigern' ? 'mindestens ' : ''}${withUnit(formatNumber(ziel.zielwert, indikator.nachkommastellen), indikator.einheit)} (${ziel.zieljahr})`,
    richtung,
    tendenz,
    series,
  };
}

/** A compact trend chart: the indicator's line with the target as a dashed rule and point. No axes text but years at the ends. */
export function sparklineSpec(v: ZielView): ChartSpec {
  const values = v.series.map((c) => ({ jahr: c.jahr, wert: c.wert }));
  const target = [{ jahr: v.ziel.zieljahr, wert: v.ziel.zielwert }];
  const years = [...values.map((x) => x.jahr), v.ziel.zieljahr];
  const x = { field: 'jahr', type: 'quantitative', scale: { domain: [Math.min(...years), Math.max(...years)], nice: false }, axis: { values: [Math.min(...years), Math.max(...years)], format: 'd', title: null, grid: false, labelFontSize: 10 } };
  const y = { field: 'wert', type: 'quantitative', scale: { zero: false }, axis: null };
  return {
    width: 110,
    height: 36,
    layer: [
      { data: { values }, mark: { type: 'line', color: '#1f5f8b', strokeWidth: 2, invalid: 'break-paths-filter-domains' }, encoding: { x, y } },
      { data: { values: target }, mark: { type: 'rule', color: '#767676', strokeDash: [3, 3] }, encoding: { y } },
      { data: { values: target }, mark: { type: 'point', shape: 'diamond', filled: true, color: '#555', size: 40 }, encoding: { x, y } },
    ],
    config: { ...BASE_CONFIG, padding: 2 },
  };
}
