/**
 * Colours of charts and maps.
 *
 * Series: every Gebiet has ONE style on the whole site and in the PDF, assigned by its place in data/gebiete
 * (seriesStyles): the county (the first Gebiet of ebene `kreis`) is near-black and thick, the Land (the first of
 * ebene `land`) grey and dashed — in line charts and as reference lines in bar charts alike. Every other Gebiet
 * takes the next colour of SERIES_COLORS (Okabe–Ito and Paul Tol hues, darkened to at least 4.5:1 on white so
 * that end labels can be set in the series colour) together with its own marker shape, and from the ninth on a
 * dash, so no statement depends on telling hues apart (colour-vision deficiencies, greyscale print).
 *
 * Maps: classes on sequential ColorBrewer ramps that follow the indicator's richtung, with outlines.
 */
import type { Gebiet, Richtung } from '../data/types.ts';

export interface RichtungPalette {
  /** Five sequential classes for maps, light to dark. */
  klassen: readonly string[];
}

export const KREIS_COLOR = '#1a1a1a';
export const LAND_COLOR = '#6b6b6b';
export const LAND_DASH = [6, 4] as const;
export const TEXT_COLOR = '#333333';
export const OUTLINE_COLOR = '#5a5a5a';
/** The enclosing boundary of a map (the county's outline). */
export const BOUNDARY_COLOR = '#1a1a1a';
/**
 * Fill of Gebiete without a publishable value. This exact colour is swapped for a hatch pattern in the SVG
 * (see svg-post.ts); it is chosen so no scheme uses it by chance.
 */
export const MISSING_FILL = '#e1e1e2';

/** Colours of the other Gebiete, in order of data/gebiete; each ≥4.5:1 on white. */
export const SERIES_COLORS = ['#0072b2', '#b84d00', '#117733', '#aa4499', '#7a5c00', '#332288', '#882255', '#00796b'] as const;
/** Marker shapes, in the same order (vega symbol names). */
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross', 'triangle-right', 'triangle-left'] as const;
/** From the ninth Gebiet on, colours and shapes repeat; the line is then dashed. */
export const REPEAT_DASH = [8, 3] as const;

/** Default categories of free specs, in order of use (the series colours, then grey). */
export const CATEGORY_COLORS = [...SERIES_COLORS, LAND_COLOR] as const;

export interface SeriesStyle {
  color: string;
  dash: number[];
  width: number;
  shape: string;
  /** Colour of text in this series' colour (end labels, value labels). */
  text: string;
}

export const KREIS_STYLE: SeriesStyle = { color: KREIS_COLOR, dash: [], width: 3.5, shape: 'circle', text: KREIS_COLOR };
export const LAND_STYLE: SeriesStyle = { color: LAND_COLOR, dash: [...LAND_DASH], width: 2, shape: 'square', text: LAND_COLOR };

const memo = new WeakMap<ReadonlyMap<string, Gebiet>, Map<string, SeriesStyle>>();

/** The style of every Gebiet, by its place in data/gebiete; the same for every chart of a project. */
export function seriesStyles(gebiete: ReadonlyMap<string, Gebiet>): Map<string, SeriesStyle> {
  const known = memo.get(gebiete);
  if (known) return known;
  const styles = new Map<string, SeriesStyle>();
  let kreis = false;
  let land = false;
  let next = 0;
  for (const g of gebiete.values()) {
    if (g.ebene === 'kreis' && !kreis) {
      kreis = true;
      styles.set(g.id, KREIS_STYLE);
    } else if (g.ebene === 'land' && !land) {
      land = true;
      styles.set(g.id, LAND_STYLE);
    } else {
      const i = next++;
      const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
      const repeat = Math.floor(i / SERIES_COLORS.length) % 2 === 1;
      styles.set(g.id, { color, dash: repeat ? [...REPEAT_DASH] : [], width: 2, shape: SERIES_SHAPES[i % SERIES_SHAPES.length]!, text: color });
    }
  }
  memo.set(gebiete, styles);
  return styles;
}

const PALETTES: Record<Richtung, RichtungPalette> = {
  steigend_schlecht: { klassen: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] },
  steigend_gut: { klassen: ['#edf8fb', '#b2e2e2', '#66c2a4', '#2ca25f', '#006d2c'] },
  neutral: { klassen: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] },
};

export function paletteFor(richtung: Richtung): RichtungPalette {
  return PALETTES[richtung];
}

/** Relative luminance of a `#rrggbb` colour (WCAG). */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of a `#rrggbb` colour against white. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG AA for normal text: the labels on a map are 10–11 px. */
const MIN_TEXT_CONTRAST = 4.5;

/**
 * Text on a map class colour: white or the text colour, whichever contrasts more with the fill; where that is
 * below 4.5:1 (the middle-dark classes, e.g. white on #e34a33 is 3.97:1), black, which then reaches it.
 */
export function textOn(fill: string): string {
  const [better] = ['#ffffff', TEXT_COLOR].sort((p, q) => contrast(fill, q) - contrast(fill, p));
  if (contrast(fill, better!) >= MIN_TEXT_CONTRAST) return better!;
  return contrast(fill, '#000000') > contrast(fill, better!) ? '#000000' : better!;
}
