/** What every format reader hands on: values in long form, each with where it stands in the export. */
import type { Location, Problem } from '../../errors/problem.ts';
import type { NumberStyle } from '../numbers.ts';

export type ImportFormat = 'genesis-tabelle' | 'genesis-flach' | 'inkar' | 'breit';

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  'genesis-tabelle': 'GENESIS-/Regionaldatenbank-Tabelle',
  'genesis-flach': 'GENESIS-/Zensus-Flatfile (ffcsv)',
  inkar: 'INKAR-Tabelle',
  breit: 'Tabelle mit Jahren als Spalten',
};

export interface RawValue {
  /** What names this value: a column's header texts (tables) or the variable's code and label (flat files). */
  labels: readonly string[];
  /** Further characteristics of the value (sex, age group …), matched against `merkmal`. */
  dims: readonly string[];
  /** Area as written: an official key, an id or a name. */
  gebiet: string;
  /** Area name as written, if the export has one. */
  name: string;
  gebietAt: Location;
  /** The year read from the export; null when it carries none (the YAML's `jahr` then). */
  jahr: number | null;
  /** Number or symbol as written. */
  text: string;
  at: Location;
}

export interface ReaderResult {
  values: RawValue[];
  problems: Problem[];
  /** The number style the format fixes; null: decided from the values. */
  style: NumberStyle | null;
  /** Every label the export has (for „spalte not found“ messages). */
  labels: string[];
}

/** `2018`, `31.12.2018`, `2018-12-31` → 2018; anything else null. */
export function yearOf(text: string): number | null {
  const t = text.trim();
  const m = /^(\d{4})$/.exec(t) ?? /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(t) ?? /^(\d{4})-\d{2}-\d{2}(?:T.*)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1900 && n <= 2100 ? n : null;
}
