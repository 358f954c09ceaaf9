/**
 * The house style of all charts as a vega-lite config: German locale, the self-hosted font, quiet axes,
 * no vega-generated (English) ARIA labels — the SVG gets its own German title and description instead.
 */
import { LOCALE_DE } from './locale.ts';
import { CATEGORY_COLORS, TEXT_COLOR } from './palette.ts';

/** The site's self-hosted font (@fontsource/source-sans-3); the variable build's name as a fallback. */
export const FONT = '"Source Sans 3", "Source Sans 3 Variable", sans-serif';

/** Default drawing size in px; the SVG scales to the column width (viewBox). */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;

/** Label and title text of axes and legends: German font, readable size, enough contrast. */
const LABELS = {
  labelFont: FONT,
  titleFont: FONT,
  labelFontSize: 12,
  titleFontSize: 12,
  titleFontWeight: 'normal',
  labelColor: TEXT_COLOR,
  titleColor: TEXT_COLOR,
} as const;

export const BASE_CONFIG = {
  locale: LOCALE_DE,
  font: FONT,
  background: 'white',
  padding: 8,
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
  title: { font: FONT, fontSize: 14, fontWeight: 600, color: TEXT_COLOR, anchor: 'start' },
  text: { font: FONT, fontSize: 12, fill: TEXT_COLOR },
  header: { labelFont: FONT, titleFont: FONT },
} as const;

/** The axis or legend title for a unit: `in %`, `Anzahl`, `in Euro`, `je 1.000 Einw.` (as table captions). */
export { unitLabel as unitTitle } from '../data/format.ts';
