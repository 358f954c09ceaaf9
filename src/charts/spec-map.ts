/**
 * vega-lite choropleth of one indicator in one year: the Gebiete shaded in classes with round breaks on a
 * sequential ramp that follows the indicator's richtung; Gebiete without a publishable value hatched. One
 * legend lists the classes in German („7 bis unter 8“) and then the table symbols of the hatched Gebiete.
 * Geometry comes rewound for d3-geo (geo.ts); the Mercator projection is fitted to the features, and the
 * drawing's aspect ratio follows the county's shape.
 */
import type { GeoFeature, TableSymbol } from '../data/types.ts';
import { classBreaks, pickColors } from './classes.ts';
import { rewindFeature } from './geo.ts';
import { plotValue, type IndicatorSelection } from './indicator-data.ts';
import { formatDe, formatWithUnit } from './number.ts';
import { MISSING_FILL, OUTLINE_COLOR, paletteFor } from './palette.ts';
import type { ChartSpec } from './render.ts';
import { BASE_CONFIG, CHART_WIDTH, unitTitle } from './theme.ts';

/** Short legend texts for a map; the full explanation stands below the figure. */
const MISSING_LABEL: Record<TableSymbol, string> = {
  '*': 'nicht veröffentlicht',
  '.': 'Wert unbekannt',
  '–': 'nichts vorhanden',
  '…': 'Angabe fällt später an',
  '/': 'Wert nicht sicher genug',
  x: 'Aussage nicht sinnvoll',
};

export function missingLabel(symbol: TableSymbol): string {
  return `${symbol} ${MISSING_LABEL[symbol]}`;
}

/** Longitude/latitude bounding box of all rings. */
function bounds(features: readonly GeoFeature[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      x0 = Math.min(x0, c[0]);
      x1 = Math.max(x1, c[0]);
      y0 = Math.min(y0, c[1]);
      y1 = Math.max(y1, c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  features.forEach((f) => visit(f.geometry.coordinates));
  return [x0, y0, x1, y1];
}

/** Height for the map so that the fitted shape fills the width (Mercator, roughly), within sane limits. */
export function mapHeight(features: readonly GeoFeature[], width: number): number {
  const [x0, y0, x1, y1] = bounds(features);
  const dx = (x1 - x0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const dy = y1 - y0;
  if (!(dx > 0) || !(dy > 0)) return Math.round(width * 0.75);
  return Math.round(Math.min(Math.max((width * dy) / dx, width * 0.45), width * 1.1));
}

const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** Class labels for thresholds: „unter 7“, „7 bis unter 8“, …, „10 und mehr“. */
export function classLabels(breaks: readonly number[], values: readonly number[], digits: number): string[] {
  const d = Math.min(digits, Math.max(0, ...breaks.map(decimals)));
  const f = (x: number) => formatDe(x, d);
  if (breaks.length === 0) return [values.length ? f(values[0]!) : ''];
  return [
    `unter ${f(breaks[0]!)}`,
    ...breaks.slice(1).map((b, i) => `${f(breaks[i]!)} bis unter ${f(b)}`),
    `${f(breaks[breaks.length - 1]!)} und mehr`,
  ];
}

export function mapSpec(sel: IndicatorSelection, features: readonly GeoFeature[]): ChartSpec {
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const { einheit, nachkommastellen, richtung } = sel.indikator;
  const byId = new Map(sel.gebiete.map((g) => [g.id, g]));
  const cellOf = (f: GeoFeature) => sel.cells.get(f.properties.id)?.get(jahr);
  const numbers = features.map((f) => plotValue(cellOf(f))).filter((w): w is number => w !== null);
  const breaks = classBreaks(Math.min(...numbers), Math.max(...numbers), paletteFor(richtung).klassen.length);
  const labels = classLabels(breaks, numbers, nachkommastellen);
  const colors = pickColors(paletteFor(richtung).klassen, labels.length);
  const klasse = (w: number) => labels[breaks.filter((b) => w >= b).length]!;

  const values = features.map((f) => {
    const cell = cellOf(f);
    const wert = plotValue(cell);
    return {
      ...rewindFeature(f),
      properties: {
        id: f.properties.id,
        name: byId.get(f.properties.id)?.name ?? f.properties.id,
        wert,
        label: cell?.wert != null ? formatWithUnit(cell.wert, nachkommastellen, einheit) : (cell?.symbol ?? '.'),
        klasse: wert !== null ? klasse(wert) : missingLabel(cell?.symbol ?? '.'),
      },
    };
  });
  const missing = [...new Set(values.filter((v) => v.properties.wert === null).map((v) => v.properties.klasse))];
  const width = Math.round(CHART_WIDTH * 0.7);
  return {
    width,
    height: mapHeight(features, width),
    data: { values },
    projection: { type: 'mercator' },
    mark: { type: 'geoshape', stroke: OUTLINE_COLOR, strokeWidth: 0.75 },
    encoding: {
      color: {
        field: 'properties.klasse',
        type: 'nominal',
        scale: { domain: [...labels, ...missing], range: [...colors, ...missing.map(() => MISSING_FILL)] },
        legend: {
          title: `${unitTitle(einheit)} (${jahr})`,
          orient: 'right',
          direction: 'vertical',
          symbolType: 'square',
          symbolSize: 220,
          symbolStrokeColor: OUTLINE_COLOR,
          symbolStrokeWidth: 0.75,
          symbolOpacity: 1,
          labelLimit: 320,
        },
      },
    },
    config: BASE_CONFIG,
  };
}
