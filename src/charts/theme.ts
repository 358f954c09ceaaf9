/**
 * The house style of all charts as a vega-lite config: German locale, the self-hosted font, quiet axes,
 * no vega-generated (English) ARIA labels — the SVG gets its own German title and description instead.
 *
 * Type scale: every text in a chart or map is set at TYPE.text (12 px) or larger, the same size as the smallest
 * text of the page (`--schrift-diagramm` in site.css). A chart is never shrunk below 1:1 on screen: it is drawn
 * twice, WIDE for columns of at least 640 px (and print, where A4's 165 mm column scales it to ≥ 8 pt) and NARROW
 * for phones; ChartFigure.astro shows the one that fits its column (container query).
 */
import { LOCALE_DE } from './locale.ts';
import { CATEGORY_COLORS, TEXT_COLOR } from './palette.ts';

/** The site's self-hosted font (@fontsource/source-sans-3); the variable build's name as a fallback. */
export const FONT = '"Source Sans 3", "Source Sans 3 Variable", sans-serif';

/** Font sizes in px (CSS px at 1:1). Keep `--schrift-diagramm` in site.css equal to `text`. */
export const TYPE = { text: 12, title: 13 } as const;

export interface ChartLayout {
  /** `breit` or `schmal`. */
  name: 'breit' | 'schmal';
  /** Total width of the SVG in px, padding and legends included. */
  width: number;
  /** Height of the plot of line and grouped bar charts. */
  height: number;
}

export const WIDE: ChartLayout = { name: 'breit', width: 640, height: 300 };
/** Fits a 360 px phone (16 px page margins each side) at 1:1. */
export const NARROW: ChartLayout = { name: 'schmal', width: 320, height: 260 };
export const LAYOUTS = [WIDE, NARROW] as const;

/** Default drawing size in px (free specs without a size). */
export const CHART_WIDTH = WIDE.width;
export const CHART_HEIGHT = WIDE.height;
export const PADDING = 8;

/** The total width is the layout's width: vega shrinks the plot to make room for axes, legends and labels. */
export const FIT_X = { type: 'fit-x', contains: 'padding' } as const;

/** Label and title text of axes and legends: German font, readable size, enough contrast. */
const LABELS = {
  labelFont: FONT,
  titleFont: FONT,
  labelFontSize: TYPE.text,
  titleFontSize: TYPE.text,
  titleFontWeight: 'normal',
  labelColor: TEXT_COLOR,
  titleColor: TEXT_COLOR,
} as const;

export const BASE_CONFIG = {
  locale: LOCALE_DE,
  font: FONT,
  background: 'white',
  padding: PADDING,
  aria: false,
  // vega-lite would title aggregated fields in English („Sum of Quote“, „Count of Records“).
  fieldTitle: 'plain',
  countTitle: 'Anzahl',
  view: { stroke: null },
  axis: {
    ...LABELS,
    domainColor: '#767676',
    tickColor: '#767676',
    gridColor: '#e3e3e3',
    labelOverlap: true,
  },
  legend: {
    ...LABELS,
    labelLimit: 320,
    titleLimit: 320,
  },
  // Categorical colours for free specs: colour-blind-safe (Paul Tol, Okabe–Ito), each ≥3:1 on white.
  range: { category: [...CATEGORY_COLORS] },
  title: { font: FONT, fontSize: TYPE.title, fontWeight: 600, color: TEXT_COLOR, anchor: 'start' },
  text: { font: FONT, fontSize: TYPE.text, fill: TEXT_COLOR },
  header: { labelFont: FONT, titleFont: FONT, labelFontSize: TYPE.text, titleFontSize: TYPE.text },
} as const;

/** The config for a layout: legends below the plot and never wider than the drawing. */
export function configFor(layout: ChartLayout) {
  const limit = layout.width - 2 * PADDING - 30;
  return {
    ...BASE_CONFIG,
    legend: { ...BASE_CONFIG.legend, labelLimit: limit, titleLimit: limit, orient: 'bottom', direction: 'vertical' },
    axisX: { labelFlush: true, labelOverlap: true },
  };
}

/** The axis or legend title for a unit: `in %`, `Anzahl`, `in Euro`, `je 1.000 Einw.` (as table captions). */
export { unitLabel as unitTitle } from '../data/format.ts';
