/**
 * `data/indikatoren/*.csv`: the catalogue of indicators.
 *
 * ```csv
 * id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen
 * alq;Arbeitslosenquote;%;Arbeit;Arbeitslose je 100 zivile Erwerbspersonen;Bundesagentur für Arbeit;steigend_schlecht;1
 * ```
 */
import { z } from 'zod';
import { columnsOf, decimalsField, idField, requiredTextField, richtungField, textField } from './fields.ts';

export const indikatorRow = z.object({
  /** Short id used in `werte` and in chapters, e.g. `alq`. */
  id: idField,
  /** Title as printed, e.g. `Arbeitslosenquote`. */
  titel: requiredTextField,
  /** Unit: `%`, `Anzahl` (a count: small values are suppressed), `Euro`, `je 1.000 Einw.` … */
  einheit: requiredTextField,
  /** The Lebenslage (area of life) it belongs to, e.g. `Arbeit`. */
  lebenslage: requiredTextField,
  /** How it is computed; shown in the glossary. May be empty (warning). */
  definition: textField,
  /** Data source, printed below every table and chart. May be empty (warning). */
  quelle: textField,
  /** Whether a rising value is good: `steigend_gut`, `steigend_schlecht` or `neutral`. */
  richtung: richtungField,
  /** Decimal places shown, 0–6. */
  nachkommastellen: decimalsField,
});

export type IndikatorRow = z.output<typeof indikatorRow>;
export const INDIKATOREN_COLUMNS = columnsOf(indikatorRow);
