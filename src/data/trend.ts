/**
 * The one rule for every trend statement in the product (Gebietsprofile, goal tables, PDF): from two values of
 * an indicator and its `richtung`, the arrow, the signed change and the word.
 *
 *   values are compared as published: both rounded to the indicator's `nachkommastellen` (as formatNumber does)
 *   rounded values equal        → ►  ±0,0   unverändert          (never a judgement)
 *   rounded later value higher  → ▲  +1,2   günstig if richtung steigend_gut, ungünstig if steigend_schlecht
 *   rounded later value lower   → ▼  −1,9   günstig if richtung steigend_schlecht, ungünstig if steigend_gut
 *   richtung neutral            → arrow and sign as above, no word of judgement
 *
 * The change shown is the difference of the published values, so a reader can check it from the printed numbers.
 * A goal judges by its comparison instead of the indicator's richtung (`mindestens` → rising is in its direction).
 */
import { isCount } from './confidentiality.ts';
import { formatNumber } from './format.ts';
import type { Indikator, Richtung } from './types.ts';

export type Bewegung = 'steigend' | 'fallend' | 'unveraendert';
export type Wertung = 'guenstig' | 'unguenstig' | 'ohne-wertung' | 'unveraendert';

export interface Trend {
  bewegung: Bewegung;
  wertung: Wertung;
  /** ▲ rising, ▼ falling, ► unchanged. */
  pfeil: '▲' | '▼' | '►';
  /** Later minus earlier published value. */
  differenz: number;
  /** The change as read: `+1,2`, `−1,9` (U+2212), `±0,0`. */
  betrag: string;
}

const rounders = new Map<number, Intl.NumberFormat>();

/** The value as published with `nachkommastellen` places (same rounding as formatNumber: half away from zero). */
export function publishedValue(n: number, nachkommastellen: number): number {
  let f = rounders.get(nachkommastellen);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: nachkommastellen, useGrouping: false });
    rounders.set(nachkommastellen, f);
  }
  return Number(f.format(String(n) as `${number}`)) || 0;
}

/** The trend from `von` (earlier) to `bis` (later) of an indicator with this richtung and these decimals. */
export function trend(von: number, bis: number, indikator: Pick<Indikator, 'richtung' | 'nachkommastellen'>): Trend {
  const d = indikator.nachkommastellen;
  const a = publishedValue(von, d);
  const b = publishedValue(bis, d);
  const bewegung: Bewegung = b > a ? 'steigend' : b < a ? 'fallend' : 'unveraendert';
  const differenz = publishedValue(b - a, d);
  const amount = formatNumber(Math.abs(differenz), d);
  return {
    bewegung,
    wertung: judge(bewegung, indikator.richtung),
    pfeil: bewegung === 'steigend' ? '▲' : bewegung === 'fallend' ? '▼' : '►',
    differenz,
    betrag: `${bewegung === 'steigend' ? '+' : bewegung === 'fallend' ? '−' : '±'}${amount}`,
  };
}

function judge(bewegung: Bewegung, richtung: Richtung): Wertung {
  if (bewegung === 'unveraendert') return 'unveraendert';
  if (richtung === 'neutral') return 'ohne-wertung';
  return (bewegung === 'steigend') === (richtung === 'steigend_gut') ? 'guenstig' : 'unguenstig';
}

/** The unit of a change: `%` → ` Prozentpunkte`, a count → nothing, else ` je 1.000 Einw.` etc. */
export function changeUnit(einheit: string): string {
  const unit = einheit.trim();
  if (unit === '%') return ' Prozentpunkte';
  if (unit === '' || isCount({ einheit: unit })) return '';
  return ` ${unit}`;
}

/** `−1,9 Prozentpunkte seit 2015`: the signed change with unit and the comparison base as given (arrow: `t.pfeil`). */
export function changeText(t: Trend, einheit: string, basis: string): string {
  return `${t.betrag}${changeUnit(einheit)} ${basis}`;
}

/** What the arrows mean, for legends. */
export const PFEIL_LEGENDE = '▲ gestiegen, ▼ gesunken, ► unverändert (gleich auf die veröffentlichten Nachkommastellen)';

/** The words of judgement: for an indicator (by its richtung) and for a goal (by its comparison). */
export const WERTUNG_TEXT: Record<'indikator' | 'ziel', Record<Wertung, string>> = {
  indikator: {
    guenstig: 'günstige Entwicklung',
    unguenstig: 'ungünstige Entwicklung',
    'ohne-wertung': 'Veränderung ohne Wertung',
    unveraendert: 'unverändert',
  },
  ziel: {
    guenstig: 'in Zielrichtung',
    unguenstig: 'gegen die Zielrichtung',
    'ohne-wertung': 'Veränderung ohne Wertung',
    unveraendert: 'unverändert',
  },
};

/** What a richtung means, for the indicator catalogue. */
export const RICHTUNG_TEXT: Record<Richtung, string> = {
  steigend_gut: 'Ein steigender Wert ist günstig.',
  steigend_schlecht: 'Ein steigender Wert ist ungünstig.',
  neutral: 'Der Wert wird nicht als günstig oder ungünstig gewertet.',
};
