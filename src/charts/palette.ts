/**
 * Colours of charts and maps. The county (ebene `kreis`) gets the accent colour of the indicator's richtung
 * (warm where rising is bad, cool/green where rising is good, blue-grey where neutral); the comparison Land is
 * grey and dashed, so no statement depends on telling hues apart. Every line/bar colour has at least 3:1
 * contrast on white (WCAG 1.4.11, checked in tests); map classes are sequential ColorBrewer ramps with outlines.
 */
import type { Richtung } from '../data/types.ts';

export interface RichtungPalette {
  /** Line/bar colour of the county. */
  akzent: string;
  /** Bar colour of the Gemeinden (lighter than the accent, still ≥3:1 on white). */
  balken: string;
  /** Other Gebiete in line charts, colour-blind-safe and distinct from the accent. */
  weitere: readonly string[];
  /** Five sequential classes for maps, light to dark. */
  klassen: readonly string[];
}

export const LAND_COLOR = '#6b6b6b';
export const LAND_DASH = [6, 4] as const;
export const TEXT_COLOR = '#333333';
export const OUTLINE_COLOR = '#5a5a5a';
/**
 * Fill of Gebiete without a publishable value. This exact colour is swapped for a hatch pattern in the SVG
 * (see svg-post.ts); it is chosen so no scheme uses it by chance.
 */
export const MISSING_FILL = '#e1e1e2';

/** Default categories of free specs, in order of use. */
export const CATEGORY_COLORS = ['#2f4b7c', '#d55e00', '#117733', '#882255', '#0072b2', '#aa4499', '#999933', '#cc6677', '#332288', '#6b6b6b'] as const;

const PALETTES: Record<Richtung, RichtungPalette> = {
  steigend_schlecht: {
    akzent: '#b83a0e',
    balken: '#e3703a',
    weitere: ['#332288', '#0072b2', '#882255', '#117733', '#aa4499', '#999933'],
    klassen: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  },
  steigend_gut: {
    akzent: '#0f766e',
    balken: '#3a9e8c',
    weitere: ['#332288', '#d55e00', '#882255', '#0072b2', '#aa4499', '#999933'],
    klassen: ['#edf8fb', '#b2e2e2', '#66c2a4', '#2ca25f', '#006d2c'],
  },
  neutral: {
    akzent: '#2f4b7c',
    balken: '#5c8fbf',
    weitere: ['#d55e00', '#117733', '#882255', '#aa4499', '#999933', '#cc6677'],
    klassen: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  },
};

export function paletteFor(richtung: Richtung): RichtungPalette {
  return PALETTES[richtung];
}

/** WCAG contrast ratio of a `#rrggbb` colour against white. */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}
