/**
 * vega-lite specs for an indicator, for one layout (theme.ts: wide or narrow):
 * - `linie`: time series, one line per Gebiet in the Gebiet's own style (palette.ts: colour, marker, dash —
 *   the same in every chart), labelled at its end in the wide layout where the names fit, else with a legend
 *   below. Years are an ordinal axis (`2015`, never `2,015`); gaps where a value is missing or suppressed. The
 *   value axis starts at zero or says that it does not (axis-domain.ts).
 * - `balken`, one year: horizontal bars from zero across Gebiete, sorted by value, each labelled with its value
 *   (or its table symbol); county and Land shown as labelled reference lines when they are not bars, drawn as in
 *   line charts.
 * - `balken`, several years: vertical bars from zero per year, grouped by Gebiet, coloured like the lines.
 * Every mark of a Gebiet carries `gebiet:<id>` as its description; svg-post.ts turns it into `data-gebiet`.
 */
import type { Gebiet } from '../data/types.ts';
import { formatWithUnit } from './number.ts';
import { isCount } from '../data/confidentiality.ts';
import { notZeroTitle, valueDomain } from './axis-domain.ts';
import { spreadLabels } from './end-labels.ts';
import { plotValue, type IndicatorSelection } from './indicator-data.ts';
import { KREIS_STYLE, LAND_STYLE, seriesStyles, type SeriesStyle } from './palette.ts';
import type { ChartSpec } from './render.ts';
import { textWidth } from './text-width.ts';
import { configFor, FIT_X, TYPE, unitTitle, type ChartLayout } from './theme.ts';

/** The description that marks a Gebiet's marks in the SVG (svg-post.ts → `data-gebiet`). */
export const gebietKey = (id: string): string => `gebiet:${id}`;

/** In the wide layout, end labels are used when the longest name is at most this wide. */
const MAX_END_LABEL = 190;

export function stylesOf(sel: IndicatorSelection, all: ReadonlyMap<string, Gebiet>): SeriesStyle[] {
  const styles = seriesStyles(all);
  return sel.gebiete.map((g) => styles.get(g.id) ?? (g.ebene === 'land' ? LAND_STYLE : KREIS_STYLE));
}

function seriesValues(sel: IndicatorSelection) {
  return sel.gebiete.flatMap((g) =>
    sel.jahre.map((jahr) => ({ gebiet: g.name, key: gebietKey(g.id), jahr, wert: plotValue(sel.cells.get(g.id)?.get(jahr)) })),
  );
}

/** Channels that give every Gebiet its style; one `legend` for all of them (vega-lite merges them into one). */
function styleChannels(names: string[], styles: SeriesStyle[], legend: object | null) {
  const scale = (range: unknown[]) => ({ domain: names, range });
  return {
    color: { field: 'gebiet', type: 'nominal', sort: names, scale: scale(styles.map((s) => s.color)), legend },
    strokeDash: { field: 'gebiet', type: 'nominal', sort: names, scale: scale(styles.map((s) => s.dash)), legend },
    strokeWidth: { field: 'gebiet', type: 'nominal', sort: names, scale: scale(styles.map((s) => s.width)), legend },
  };
}

export function lineSpec(sel: IndicatorSelection, all: ReadonlyMap<string, Gebiet>, layout: ChartLayout): ChartSpec {
  const names = sel.gebiete.map((g) => g.name);
  const styles = stylesOf(sel, all);
  const values = seriesValues(sel);
  const numbers = values.map((v) => v.wert).filter((w): w is number => w !== null);
  const { domain, notZero } = valueDomain(numbers, true);
  const endLabels = layout.name === 'breit' && Math.max(...names.map((n) => textWidth(n, TYPE.text))) <= MAX_END_LABEL;
  const legend = endLabels
    ? null
    : { title: null, orient: 'bottom', direction: 'vertical', symbolType: 'stroke', symbolSize: 600, symbolStrokeWidth: 3 };
  const x = { field: 'jahr', type: 'ordinal', title: 'Jahr', axis: { labelAngle: 0 } };
  const y = { field: 'wert', type: 'quantitative', title: unitTitle(sel.indikator.einheit), scale: { domain, nice: false, zero: false } };
  const description = { field: 'key' };
  const shape = { field: 'gebiet', type: 'nominal', sort: names, scale: { domain: names, range: styles.map((s) => s.shape) }, legend: null };
  const layers: ChartSpec[] = [
    {
      mark: { type: 'line', aria: true, invalid: 'break-paths-filter-domains' },
      encoding: { x, y, ...styleChannels(names, styles, legend), description },
    },
    {
      mark: { type: 'point', aria: true, filled: true, size: 45, opacity: 1 },
      encoding: { x, y, ...styleChannels(names, styles, null), shape, description },
    },
  ];
  if (endLabels) {
    const last = sel.gebiete.map((g) => {
      const jahr = [...sel.jahre].reverse().find((j) => plotValue(sel.cells.get(g.id)?.get(j)) !== null);
      const wert = jahr === undefined ? null : plotValue(sel.cells.get(g.id)?.get(jahr));
      return { g, jahr, wert };
    });
    const shown = last.filter((l) => l.wert !== null);
    const toPx = (w: number) => layout.height * (1 - (w - domain[0]) / (domain[1] - domain[0]));
    const ys = spreadLabels(shown.map((l) => ({ y: toPx(l.wert!) })), TYPE.text + 2, layout.height);
    layers.push({
      data: {
        values: shown.map((l, i) => ({
          gebiet: l.g.name,
          key: gebietKey(l.g.id),
          jahr: l.jahr,
          labelY: ys[i],
          farbe: styles[sel.gebiete.indexOf(l.g)]!.text,
        })),
      },
      mark: { type: 'text', aria: true, align: 'left', baseline: 'middle', dx: 9, fontSize: TYPE.text },
      encoding: {
        x,
        y: { field: 'labelY', type: 'quantitative', scale: null },
        text: { field: 'gebiet' },
        color: { field: 'farbe', type: 'nominal', scale: null, legend: null },
        description,
      },
    });
  }
  return {
    width: layout.width,
    height: layout.height,
    autosize: FIT_X,
    ...(notZero ? { title: notZeroTitle() } : {}),
    data: { values },
    layer: layers,
    // The points' scales stay apart, so the legend shows the lines (colour and dash), not filled markers.
    resolve: { scale: { color: 'independent', strokeDash: 'independent', strokeWidth: 'independent', shape: 'independent' } },
    config: configFor(layout),
  };
}

/** Vertical bars from zero per year, one bar per Gebiet within a year; a legend when there are several. */
export function groupedBarSpec(sel: IndicatorSelection, all: ReadonlyMap<string, Gebiet>, layout: ChartLayout): ChartSpec {
  const names = sel.gebiete.map((g) => g.name);
  const styles = stylesOf(sel, all);
  return {
    width: layout.width,
    height: layout.height,
    autosize: FIT_X,
    data: { values: seriesValues(sel) },
    mark: { type: 'bar', aria: true },
    encoding: {
      x: { field: 'jahr', type: 'ordinal', title: 'Jahr', axis: { labelAngle: 0 } },
      xOffset: { field: 'gebiet', type: 'nominal', sort: names },
      y: { field: 'wert', type: 'quantitative', title: unitTitle(sel.indikator.einheit), scale: { zero: true } },
      color: {
        field: 'gebiet',
        type: 'nominal',
        sort: names,
        scale: { domain: names, range: styles.map((s) => s.color) },
        legend: names.length > 1 ? { title: null, orient: 'bottom', direction: 'vertical' } : null,
      },
      description: { field: 'key' },
    },
    config: configFor(layout),
  };
}

export function barSpec(sel: IndicatorSelection, all: ReadonlyMap<string, Gebiet>, layout: ChartLayout): ChartSpec {
  if (sel.jahre.length > 1) return groupedBarSpec(sel, all, layout);
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const { einheit, nachkommastellen } = sel.indikator;
  const styles = seriesStyles(all);
  const styleOf = (g: Gebiet) => styles.get(g.id) ?? KREIS_STYLE;
  const cellOf = (g: Gebiet) => sel.cells.get(g.id)?.get(jahr);
  const label = (g: Gebiet) => {
    const c = cellOf(g);
    return c?.wert != null ? formatWithUnit(c.wert, nachkommastellen, einheit) : (c?.symbol ?? '.');
  };
  const values = sel.gebiete.map((g) => ({
    gebiet: g.name,
    key: gebietKey(g.id),
    wert: plotValue(cellOf(g)),
    textX: plotValue(cellOf(g)) ?? 0,
    label: label(g),
    farbe: styleOf(g).color,
  }));
  const shown = new Set(sel.gebiete.map((g) => g.id));
  // Kreis and Land as comparison lines make sense for rates, not for counts (which are sums of the bars).
  const referenz = (isCount(sel.indikator) ? [] : sel.referenzen)
    .filter((g) => !shown.has(g.id))
    .flatMap((g) => {
      const w = cellOf(g)?.wert;
      return w != null ? [{ wert: w, key: gebietKey(g.id), text: `${g.name}: ${formatWithUnit(w, nachkommastellen, einheit)}`, style: styleOf(g) }] : [];
    });
  const x = { field: 'wert', type: 'quantitative', title: `${unitTitle(einheit)} (${jahr})`, scale: { zero: true } };
  const order = [...values].sort((a, b) => (b.wert ?? -Infinity) - (a.wert ?? -Infinity)).map((v) => v.gebiet);
  const y = { field: 'gebiet', type: 'nominal', title: null, sort: order, axis: { labelLimit: Math.round(layout.width * 0.4) } };
  const refs = referenz.slice(0, 2);
  const layers: ChartSpec[] = [
    {
      mark: { type: 'bar', aria: true, cornerRadiusEnd: 1 },
      encoding: { x, y, color: { field: 'farbe', type: 'nominal', scale: null, legend: null }, description: { field: 'key' } },
    },
    {
      mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle' },
      encoding: { x: { field: 'textX', type: 'quantitative' }, y, text: { field: 'label' } },
    },
    // Reference lines, labelled above the bars one below the other, so labels never collide.
    ...refs.map((r, i) => ({
      data: { values: [r] },
      layer: [
        {
          mark: { type: 'rule', aria: true, strokeDash: r.style.dash, strokeWidth: 2, color: r.style.color },
          encoding: { x: { field: 'wert', type: 'quantitative' }, description: { field: 'key' } },
        },
        {
          mark: {
            type: 'text',
            aria: true,
            align: 'left',
            dx: 3,
            baseline: 'bottom',
            dy: -4 - (TYPE.text + 4) * (refs.length - 1 - i),
            y: 0,
            color: r.style.text,
          },
          encoding: { x: { field: 'wert', type: 'quantitative' }, text: { field: 'text' }, description: { field: 'key' } },
        },
      ],
    })),
  ];
  return {
    width: layout.width,
    // 24 px a bar, as a number: vega-lite drops a fit-x autosize (with a warning) when the height is a step.
    height: 24 * values.length,
    autosize: FIT_X,
    data: { values },
    layer: layers,
    config: configFor(layout),
  };
}
