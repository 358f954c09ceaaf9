/**
 * Whether a goal is reached, by its stated comparison — never guessed from where the values started.
 *
 *   vergleich   mindestens: reached when the latest value ≥ target; höchstens: reached when ≤ target
 *   values      compared as published (rounded to the indicator's nachkommastellen), so `6,0` meets `mindestens 6,0`
 *   no value    `offen` (nicht bewertbar)
 *
 * Without a `vergleich` column, a goal takes it from its indicator's richtung (steigend_gut → mindestens,
 * steigend_schlecht → höchstens); a goal on a neutral indicator must state it (validate-strategie.ts).
 */
import { publishedValue } from '../data/trend.ts';
import type { Richtung } from '../data/types.ts';

export const VERGLEICHE = ['mindestens', 'hoechstens'] as const;
export type Vergleich = (typeof VERGLEICHE)[number];

export type ZielStatus = 'erreicht' | 'nicht-erreicht' | 'offen';

export const VERGLEICH_TEXT: Record<Vergleich, string> = { mindestens: 'mindestens', hoechstens: 'höchstens' };

export const STATUS_LABEL: Record<ZielStatus, { symbol: string; text: string }> = {
  erreicht: { symbol: '✓', text: 'Zielwert erreicht' },
  'nicht-erreicht': { symbol: '○', text: 'Zielwert noch nicht erreicht' },
  offen: { symbol: '?', text: 'nicht bewertbar: kein veröffentlichter Wert' },
};

/** The comparison an indicator's richtung implies; null for a neutral indicator. */
export function vergleichOf(richtung: Richtung): Vergleich | null {
  return richtung === 'steigend_gut' ? 'mindestens' : richtung === 'steigend_schlecht' ? 'hoechstens' : null;
}

/** The richtung a goal judges trends by: rising is in its direction when it asks for `mindestens`. */
export function richtungOf(vergleich: Vergleich): Richtung {
  return vergleich === 'mindestens' ? 'steigend_gut' : 'steigend_schlecht';
}

export function zielStatus(vergleich: Vergleich, zielwert: number, aktuell: number | null, nachkommastellen: number): ZielStatus {
  if (aktuell === null) return 'offen';
  const a = publishedValue(aktuell, nachkommastellen);
  const z = publishedValue(zielwert, nachkommastellen);
  return (vergleich === 'mindestens' ? a >= z : a <= z) ? 'erreicht' : 'nicht-erreicht';
}
