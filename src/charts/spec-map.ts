/**
 * vega-lite choropleth of one indicator in one year: the Gebiete shaded in classes with round breaks on a
 * sequential ramp that follows the indicator's richtung; Gebiete without a publishable value hatched. One
 * legend lists the classes in German („7 bis unter 8“) under a title with the unit and year, then the table
 * symbols of the hatched Gebiete. Each Gebiet carries its name and value, or a number explained in the key
 * below the map (map-labels.ts), so a printed map can be read without the table; the county's outline is drawn.
 * Geometry comes rewound for d3-geo (geo.ts); the Mercator projection is fitted to the features, and the
 * drawing's aspect ratio follows the county's shape.
 */
import type { GeoFeature, TableSymbol } from '../data/types.ts';
import { classBreaks, pickColors } from './classes.ts';
import { rewindFeature } from './geo.ts';
import { plotValue, type IndicatorSelection } from './indicator-data.ts';
import { formatDe, formatWithUnit } from './number.ts';
import { fitMercator, outerBoundary, placeLabels } from './map-labels.ts';
import { BOUNDARY_COLOR, MISSING_FILL, OUTLINE_COLOR, paletteFor, textOn } from './palette.ts';
import type { ChartSpec } from './render.ts';
import { textWidth } from './text-width.ts';
import { BASE_CONFIG, FIT_X, PADDING, TYPE, unitTitle, WIDE, type ChartLayout } from './theme.ts';

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

export interface KeyEntry {
  nummer: number;
  name: string;
  /** The value as published, with unit, or its table symbol. */
  wert: string;
}

export interface MapPlan {
  spec: ChartSpec;
  /** Gebiete too small for their name: the number on the map, name and value (shown below the map). */
  schluessel: KeyEntry[];
}

const LEGEND_OFFSET = 18;

/** Width of the class legend: symbol, gap and the longest label or the title. */
function legendWidth(title: string, labels: readonly string[]): number {
  return Math.ceil(Math.max(textWidth(title, TYPE.text), 20 + Math.max(...labels.map((l) => textWidth(l, TYPE.text)))));
}

export function mapPlan(sel: IndicatorSelection, features: readonly GeoFeature[], layout: ChartLayout = WIDE): MapPlan {
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const { einheit, nachkommastellen, richtung } = sel.indikator;
  const byId = new Map(sel.gebiete.map((g) => [g.id, g]));
  const cellOf = (f: GeoFeature) => sel.cells.get(f.properties.id)?.get(jahr);
  const numbers = features.map((f) => plotValue(cellOf(f))).filter((w): w is number => w !== null);
  const breaks = classBreaks(Math.min(...numbers), Math.max(...numbers), paletteFor(richtung).klassen.length);
  const labels = classLabels(breaks, numbers, nachkommastellen);
  const colors = pickColors(paletteFor(richtung).klassen, labels.length);
  const klasseIndex = (w: number) => breaks.filter((b) => w >= b).length;
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const valueText = (f: GeoFeature) => {
    const cell = cellOf(f);
    return cell?.wert != null ? formatWithUnit(cell.wert, nachkommastellen, einheit) : (cell?.symbol ?? '.');
  };

  const values = features.map((f) => {
    const wert = plotValue(cellOf(f));
    return {
      ...rewindFeature(f),
      properties: {
        id: f.properties.id,
        name: nameOf(f.properties.id),
        wert,
        label: valueText(f),
        klasse: wert !== null ? labels[klasseIndex(wert)]! : missingLabel(cellOf(f)?.symbol ?? '.'),
        fill: wert !== null ? colors[klasseIndex(wert)]! : MISSING_FILL,
      },
    };
  });
  const missing = [...new Set(values.filter((v) => v.properties.wert === null).map((v) => v.properties.klasse))];
  const legendTitle = `${unitTitle(einheit)} (${jahr})`;
  const wide = layout.name === 'breit';
  const plotWidth = wide
    ? layout.width - 2 * PADDING - LEGEND_OFFSET - legendWidth(legendTitle, [...labels, ...missing])
    : layout.width - 2 * PADDING;
  const height = mapHeight(features, plotWidth);
  const placed = placeLabels(features, fitMercator(features, plotWidth, height), (id) => {
    const f = features.find((x) => x.properties.id === id)!;
    return [nameOf(id), valueText(f)];
  });
  const fillOf = new Map(values.map((v) => [v.properties.id, v.properties.fill]));
  const labelData = placed.flatMap((p) =>
    p.lines.map((line, i) => ({
      longitude: p.longitude,
      latitude: p.latitude,
      text: line,
      dy: (i - (p.lines.length - 1) / 2) * (TYPE.text + 2),
      farbe: textOn(fillOf.get(p.id) ?? '#ffffff'),
    })),
  );
  const boundary = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: outerBoundary(features) } };
  const schluessel = placed
    .filter((p) => p.nummer !== undefined)
    .sort((a, b) => a.nummer! - b.nummer!)
    .map((p) => ({ nummer: p.nummer!, name: nameOf(p.id), wert: valueText(features.find((f) => f.properties.id === p.id)!) }));
  // Three text layers: names (upper line, bold), key numbers (centred, bold), values (lower line).
  const textLayer = (lineOffset: number) => ({
    data: { values: labelData.filter((d) => Math.sign(d.dy) === lineOffset) },
    mark: {
      type: 'text',
      fontSize: TYPE.text,
      fontWeight: lineOffset > 0 ? 400 : 600,
      baseline: 'middle',
      align: 'center',
      dy: lineOffset * ((TYPE.text + 2) / 2),
    },
    encoding: {
      longitude: { field: 'longitude', type: 'quantitative' },
      latitude: { field: 'latitude', type: 'quantitative' },
      text: { field: 'text' },
      color: { field: 'farbe', type: 'nominal', scale: null, legend: null },
    },
  });
  const spec: ChartSpec = {
    // The total width is the layout's (fit-x): vega takes the few px that legend, outline or labels need beyond
    // the estimate from the plot, so the map is never wider than the drawing it is shown at 1:1.
    width: layout.width,
    height,
    autosize: FIT_X,
    projection: { type: 'mercator' },
    layer: [
      {
        data: { values },
        mark: { type: 'geoshape', stroke: OUTLINE_COLOR, strokeWidth: 0.75 },
        encoding: {
          color: {
            field: 'properties.klasse',
            type: 'nominal',
            scale: { domain: [...labels, ...missing], range: [...colors, ...missing.map(() => MISSING_FILL)] },
            legend: {
              title: legendTitle,
              orient: wide ? 'right' : 'bottom',
              direction: 'vertical',
              symbolType: 'square',
              symbolSize: 220,
              symbolStrokeColor: OUTLINE_COLOR,
              symbolStrokeWidth: 0.75,
              symbolOpacity: 1,
              labelLimit: layout.width - 2 * PADDING - 30,
            },
          },
        },
      },
      { data: { values: [boundary] }, mark: { type: 'geoshape', filled: false, stroke: BOUNDARY_COLOR, strokeWidth: 2 } },
      textLayer(-1),
      textLayer(0),
      textLayer(1),
    ],
    resolve: { scale: { color: 'independent' } },
    config: BASE_CONFIG,
  };
  return { spec, schluessel };
}

/** The spec alone (tests, benchmarks). */
export function mapSpec(sel: IndicatorSelection, features: readonly GeoFeature[], layout: ChartLayout = WIDE): ChartSpec {
  return mapPlan(sel, features, layout).spec;
}
