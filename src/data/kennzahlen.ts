/**
 * „Der Kreis in Zahlen“: the key indicators planners choose (`kennzahlen:` in content/website.yaml and in a
 * publikation.yaml), each as the county's latest published value, its change since the first published year
 * (arrow and judgement from trend.ts, the one rule for every trend statement) and the points of a sparkline.
 *
 *   ids ──check against the catalogue (located problem)──▶ per id: county series (with mindestfallzahl)
 *       ──▶ latest value, change since the first year, sparkline points
 */
import { kennzahlenErrors } from '../errors/kennzahlen.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { formatCell } from './format.ts';
import { changeText, trend, WERTUNG_TEXT, type Trend } from './trend.ts';
import type { Cell, DataStore, Gebiet, Indikator } from './types.ts';

export interface KeyFigure {
  indikator: Indikator;
  gebiet: Gebiet;
  latest: Cell;
  /** The latest value as published, with unit. */
  wertText: string;
  /** The number alone (`35,2`) and the unit to set beside it (`je 1.000 unter 21-Jährige`); `%` stays with the number. */
  zahl: string;
  einheit: string;
  trend: Trend | null;
  /** `+1,2 Prozentpunkte seit 2015`; null without an earlier value. */
  changeText: string | null;
  /** `günstige Entwicklung`, …; null without an earlier value. */
  wertungText: string | null;
  /** Published values of the series, oldest first (the sparkline). */
  points: { jahr: number; wert: number }[];
}

/** The county: the first Gebiet of ebene `kreis` in data/gebiete. */
export function countyOf(store: DataStore): Gebiet | undefined {
  return [...store.gebiete.values()].find((g) => g.ebene === 'kreis');
}

export function keyFigure(store: DataStore, id: string, mindestfallzahl: number): KeyFigure | null {
  const indikator = store.indikatoren.get(id);
  const gebiet = countyOf(store);
  if (!indikator || !gebiet) return null;
  const published = store.series(id, gebiet.id, { mindestfallzahl }).filter((c) => c.wert !== null);
  const latest = published[published.length - 1];
  if (!latest) return null;
  const first = published[0]!;
  const t = first !== latest ? trend(first.wert!, latest.wert!, indikator) : null;
  return {
    indikator,
    gebiet,
    latest,
    wertText: formatCell(latest, indikator),
    ...splitUnit(formatCell(latest, indikator), indikator.einheit),
    trend: t,
    changeText: t ? changeText(t, indikator.einheit, `seit ${first.jahr}`) : null,
    wertungText: t ? WERTUNG_TEXT.indikator[t.wertung] : null,
    points: published.map((c) => ({ jahr: c.jahr, wert: c.wert! })),
  };
}

function splitUnit(text: string, einheit: string): { zahl: string; einheit: string } {
  const unit = einheit.trim();
  if (unit === '%' || unit === '' || !text.endsWith(unit)) return { zahl: text, einheit: '' };
  return { zahl: text.slice(0, -unit.length).trim(), einheit: unit };
}

/** Problems of one `kennzahlen` list: unknown ids (errors) and ids without a county value (warnings). */
export function checkKennzahlen(store: DataStore, ids: readonly string[], at: (index: number) => Location, mindestfallzahl: number): Problem[] {
  const known = [...store.indikatoren.keys()];
  return ids.flatMap((id, i) => {
    if (!store.indikatoren.has(id)) return [kennzahlenErrors.unknownIndicator(at(i), id, known)];
    return keyFigure(store, id, mindestfallzahl) ? [] : [kennzahlenErrors.noCountyValue(at(i), id)];
  });
}

/** `points` as an SVG polyline inside width × height (2 px inset), oldest left; the last point for a dot. */
export function sparklinePath(points: readonly { jahr: number; wert: number }[], width: number, height: number): { line: string; last: [number, number] } | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => p.jahr);
  const ys = points.map((p) => p.wert);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const px = (x: number) => 2 + ((x - x0) / (x1 - x0 || 1)) * (width - 4);
  const py = (y: number) => (y1 === y0 ? height / 2 : 2 + (1 - (y - y0) / (y1 - y0)) * (height - 4));
  const coords = points.map((p) => [Math.round(px(p.jahr) * 10) / 10, Math.round(py(p.wert) * 10) / 10] as [number, number]);
  return { line: coords.map(([x, y]) => `${x},${y}`).join(' '), last: coords[coords.length - 1]! };
}
