/**
 * The official table symbols of German statistics (DIN 55301) and the Federal Employment Agency's `*`.
 * A cell holding one of them has no number; the symbol is kept and explained in a legend below every
 * table and chart that shows it. This module is the one place for the symbols and their German legend.
 */
import type { TableSymbol } from './types.ts';

/** Legend texts as printed under tables and charts (German, for readers). */
export const SYMBOL_LEGEND: Readonly<Record<TableSymbol, string>> = {
  '–': 'nichts vorhanden (genau null)',
  '.': 'Zahlenwert unbekannt oder geheim zu halten',
  '…': 'Angabe fällt später an',
  '/': 'keine Angabe, da Zahlenwert nicht sicher genug',
  x: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  '*': 'Wert zum Schutz von Einzelangaben nicht veröffentlicht (geringe Fallzahl oder daraus errechenbar)',
};

/** In the order the legend lists them. */
export const TABLE_SYMBOLS: readonly TableSymbol[] = ['–', '.', '…', '/', 'x', '*'];

/** Spellings planners type instead of the typographic symbol (Excel has no en dash key). */
const ALIASES: Readonly<Record<string, TableSymbol>> = {
  '–': '–',
  '-': '–',
  '—': '–',
  '.': '.',
  '…': '…',
  '...': '…',
  '/': '/',
  x: 'x',
  X: 'x',
  '*': '*',
};

/** The symbol a (trimmed) cell text stands for, or null if it is not a symbol. */
export function parseSymbol(text: string): TableSymbol | null {
  return ALIASES[text.trim()] ?? null;
}

/** Legend lines for the symbols used, in legend order: `* Wert zum Schutz …`. */
export function legendFor(used: Iterable<TableSymbol | null>): { symbol: TableSymbol; text: string }[] {
  const set = new Set(used);
  return TABLE_SYMBOLS.filter((s) => set.has(s)).map((symbol) => ({ symbol, text: SYMBOL_LEGEND[symbol] }));
}
