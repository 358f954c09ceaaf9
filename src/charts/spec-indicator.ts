/**
 * vega-lite specs for an indicator:
 * - `linie`: time series, one line (with points) per Gebiet; the county thick in the accent colour of the
 *   indicator's richtung, the Land grey and dashed, further Gebiete in colour-blind-safe colours.
 *   Years are an ordinal axis (`2015`, never `2,015`); gaps where a value is missing or suppressed.
 * - `balken`, one year: horizontal bars across Gebiete, sorted by value, each labelled with its value
 *   (or its table symbol); county and Land shown as labelled reference lines when they are not bars.
 * - `balken`, several years: vertical bars per year, grouped by Gebiet, coloured like the lines.
 */
import type { Gebiet } from '../data/types.ts';
import { formatWithUnit } from './number.ts';
import { isCount } from '../data/confidentiality.ts';
import { plotValue, rolle, type IndicatorSelection } from './indicator-data.ts';
import { LAND_COLOR, LAND_DASH, paletteFor } from './palette.ts';
import type { ChartSpec } from './render.ts';
import { BASE_CONFIG, CHART_HEIGHT, CHART_WIDTH, unitTitle } from './theme.ts';

interface Style {
  color: string;
  dash: number[];
  width: number;
}

function lineStyles(sel: IndicatorSelection): Style[] {
  const pal = paletteFor(sel.indikator.richtung);
  let next = 0;
  return sel.gebiete.map((g) => {
    switch (rolle(g)) {
      case 'kreis':
        return { color: pal.akzent, dash: [], width: 3.5 };
      case 'land':
        return { color: LAND_COLOR, dash: [...LAND_DASH], width: 2 };
      default:
        return { color: pal.weitere[next++ % pal.weitere.length]!, dash: [], width: 2 };
    }
  });
}

function seriesValues(sel: IndicatorSelection) {
  return sel.gebiete.flatMap((g) =>
    sel.jahre.map((jahr) => ({ gebiet: g.name, jahr, wert: plotValue(sel.cells.get(g.id)?.get(jahr)) })),
  );
}

export function lineSpec(sel: IndicatorSelection): ChartSpec {
  const names = sel.gebiete.map((g) => g.name);
  const styles = lineStyles(sel);
  const values = seriesValues(sel);
  const legend = {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    symbolType: 'stroke',
    symbolSize: 400,
    symbolStrokeWidth: 3,
    columnPadding: 24,
    gridAlign: 'none',
  };
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values },
    mark: { type: 'line', point: { filled: true, size: 40 }, invalid: 'break-paths-filter-domains' },
    encoding: {
      x: { field: 'jahr', type: 'ordinal', title: 'Jahr', axis: { labelAngle: 0 } },
      y: { field: 'wert', type: 'quantitative', title: unitTitle(sel.indikator.einheit) },
      color: { field: 'gebiet', type: 'nominal', sort: names, scale: { domain: names, range: styles.map((s) => s.color) }, legend },
      strokeDash: { field: 'gebiet', type: 'nominal', sort: names, scale: { domain: names, range: styles.map((s) => s.dash) }, legend },
      strokeWidth: { field: 'gebiet', type: 'nominal', sort: names, scale: { domain: names, range: styles.map((s) => s.width) }, legend },
    },
    config: BASE_CONFIG,
  };
}

function barColor(g: Gebiet, sel: IndicatorSelection): string {
  const pal = paletteFor(sel.indikator.richtung);
  const r = rolle(g);
  return r === 'kreis' ? pal.akzent : r === 'land' ? LAND_COLOR : pal.balken;
}

/** Vertical bars per year, one bar per Gebiet within a year; no legend when there is one Gebiet. */
export function groupedBarSpec(sel: IndicatorSelection): ChartSpec {
  const names = sel.gebiete.map((g) => g.name);
  const colors = lineStyles(sel).map((s) => s.color);
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values: seriesValues(sel) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'jahr', type: 'ordinal', title: 'Jahr', axis: { labelAngle: 0 } },
      xOffset: { field: 'gebiet', type: 'nominal', sort: names },
      y: { field: 'wert', type: 'quantitative', title: unitTitle(sel.indikator.einheit) },
      color: {
        field: 'gebiet',
        type: 'nominal',
        sort: names,
        scale: { domain: names, range: colors },
        legend: names.length > 1 ? { title: null, orient: 'bottom', direction: 'horizontal' } : null,
      },
    },
    config: BASE_CONFIG,
  };
}

export function barSpec(sel: IndicatorSelection): ChartSpec {
  if (sel.jahre.length > 1) return groupedBarSpec(sel);
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const { einheit, nachkommastellen } = sel.indikator;
  const cellOf = (g: Gebiet) => sel.cells.get(g.id)?.get(jahr);
  const label = (g: Gebiet) => {
    const c = cellOf(g);
    return c?.wert != null ? formatWithUnit(c.wert, nachkommastellen, einheit) : (c?.symbol ?? '.');
  };
  const values = sel.gebiete.map((g) => ({
    gebiet: g.name,
    wert: plotValue(cellOf(g)),
    textX: plotValue(cellOf(g)) ?? 0,
    label: label(g),
    farbe: barColor(g, sel),
  }));
  const shown = new Set(sel.gebiete.map((g) => g.id));
  // Kreis and Land as comparison lines make sense for rates, not for counts (which are sums of the bars).
  const referenz = (isCount(sel.indikator) ? [] : sel.referenzen)
    .filter((g) => !shown.has(g.id))
    .flatMap((g) => {
      const w = cellOf(g)?.wert;
      return w != null ? [{ wert: w, text: `${g.name}: ${formatWithUnit(w, nachkommastellen, einheit)}`, farbe: barColor(g, sel) }] : [];
    });
  const x = { field: 'wert', type: 'quantitative', title: `${unitTitle(einheit)} (${jahr})` };
  const order = [...values].sort((a, b) => (b.wert ?? -Infinity) - (a.wert ?? -Infinity)).map((v) => v.gebiet);
  const y = { field: 'gebiet', type: 'nominal', title: null, sort: order, axis: { labelLimit: 220 } };
  const layers: ChartSpec[] = [
    {
      mark: { type: 'bar', cornerRadiusEnd: 1 },
      encoding: { x, y, color: { field: 'farbe', type: 'nominal', scale: null, legend: null } },
    },
    {
      mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle' },
      encoding: { x: { field: 'textX', type: 'quantitative' }, y, text: { field: 'label' } },
    },
    // Reference lines, labelled above the bars one below the other, so labels never collide.
    ...referenz.slice(0, 2).map((r, i) => ({
      data: { values: [r] },
      layer: [
        { mark: { type: 'rule', strokeDash: [...LAND_DASH], strokeWidth: 2, color: r.farbe }, encoding: { x: { field: 'wert', type: 'quantitative' } } },
        {
          mark: {
            type: 'text',
            align: 'left',
            dx: 3,
            baseline: 'bottom',
            dy: -4 - 16 * (referenz.length - 1 - i),
            y: 0,
            color: r.farbe,
          },
          encoding: { x: { field: 'wert', type: 'quantitative' }, text: { field: 'text' } },
        },
      ],
    })),
  ];
  return {
    width: CHART_WIDTH - 160,
    height: { step: 24 },
    data: { values },
    layer: layers,
    config: BASE_CONFIG,
  };
}
