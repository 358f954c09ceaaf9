/**
 * Progress of each goal: its indicator's baseline (first year with a value), latest value, target with its
 * stated comparison (`mindestens`/`höchstens`) and year, whether the target is reached (goal-status.ts), and
 * the trend from baseline to latest value (src/data/trend.ts), judged by the goal's comparison. Values come
 * from the store with the publication's mindestfallzahl, so a suppressed value is shown as its symbol and
 * never counted.
 */
import { formatCell, formatNumber, withUnit } from '../data/format.ts';
import { changeText, trend, WERTUNG_TEXT, type Trend } from '../data/trend.ts';
import type { Cell, DataStore, Indikator } from '../data/types.ts';
import type { ChartSpec } from '../charts/render.ts';
import { BASE_CONFIG, TYPE } from '../charts/theme.ts';
import { richtungOf, STATUS_LABEL, VERGLEICH_TEXT, zielStatus, type ZielStatus } from './goal-status.ts';
import type { Ziel } from './types.ts';

export interface ZielView {
  ziel: Ziel;
  indikator: Indikator;
  gebietName: string;
  basis: Cell | null;
  aktuell: Cell | null;
  /** Formatted with unit and year: `6,4 je 10.000 Einw. (2015)`. */
  basisText: string;
  aktuellText: string;
  /** `mindestens 6,0 je 10.000 Einw. bis 2030`. */
  zielText: string;
  status: ZielStatus;
  /** `✓ Zielwert erreicht`. */
  statusText: string;
  /** From baseline to latest value; null with fewer than two published values. */
  trend: Trend | null;
  /** `−0,8 je 10.000 Einw. seit 2015` (arrow: `trend.pfeil`), or `keine Entwicklung berechenbar`. */
  trendText: string;
  /** `gegen die Zielrichtung`; null without a trend. */
  wertungText: string | null;
  series: Cell[];
}

export function zielView(store: DataStore, ziel: Ziel, mindestfallzahl: number): ZielView {
  const indikator = store.indikatoren.get(ziel.indikator)!;
  const series = store.series(ziel.indikator, ziel.gebiet, { mindestfallzahl });
  const withValue = series.filter((c) => c.wert !== null);
  const basis = withValue[0] ?? null;
  const aktuell = withValue.at(-1) ?? null;
  const status = zielStatus(ziel.vergleich, ziel.zielwert, aktuell?.wert ?? null, indikator.nachkommastellen);
  const t = basis && aktuell && aktuell !== basis
    ? trend(basis.wert!, aktuell.wert!, { richtung: richtungOf(ziel.vergleich), nachkommastellen: indikator.nachkommastellen })
    : null;
  const text = (c: Cell | null) => (c ? `${formatCell(c, indikator)} (${c.jahr})` : '.');
  const target = withUnit(formatNumber(ziel.zielwert, indikator.nachkommastellen), indikator.einheit);
  return {
    ziel,
    indikator,
    gebietName: store.gebiete.get(ziel.gebiet)?.name ?? ziel.gebiet,
    basis,
    aktuell,
    basisText: text(basis),
    aktuellText: text(aktuell),
    zielText: `${VERGLEICH_TEXT[ziel.vergleich]} ${target} bis ${ziel.zieljahr}`,
    status,
    statusText: `${STATUS_LABEL[status].symbol} ${STATUS_LABEL[status].text}`,
    trend: t,
    trendText: t && basis ? changeText(t, indikator.einheit, `seit ${basis.jahr}`) : 'keine Entwicklung berechenbar',
    wertungText: t ? WERTUNG_TEXT.ziel[t.wertung] : null,
    series,
  };
}

/** A compact trend chart: the indicator's line with the target as a dashed rule and point. No axes text but years at the ends. */
export function sparklineSpec(v: ZielView): ChartSpec {
  const values = v.series.map((c) => ({ jahr: c.jahr, wert: c.wert }));
  const target = [{ jahr: v.ziel.zieljahr, wert: v.ziel.zielwert }];
  const years = [...values.map((x) => x.jahr), v.ziel.zieljahr];
  const x = { field: 'jahr', type: 'quantitative', scale: { domain: [Math.min(...years), Math.max(...years)], nice: false }, axis: { values: [Math.min(...years), Math.max(...years)], format: 'd', title: null, grid: false, labelFontSize: TYPE.text, labelFlush: true } };
  const y = { field: 'wert', type: 'quantitative', scale: { zero: false }, axis: null };
  return {
    width: 120,
    height: 36,
    layer: [
      { data: { values }, mark: { type: 'line', color: '#1f5f8b', strokeWidth: 2, invalid: 'break-paths-filter-domains' }, encoding: { x, y } },
      { data: { values: target }, mark: { type: 'rule', color: '#767676', strokeDash: [3, 3] }, encoding: { y } },
      { data: { values: target }, mark: { type: 'point', shape: 'diamond', filled: true, color: '#555', size: 40 }, encoding: { x, y } },
    ],
    config: { ...BASE_CONFIG, padding: 4 },
  };
}
