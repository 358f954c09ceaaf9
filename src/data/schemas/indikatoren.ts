/**
 * `data/indikatoren/*.csv`: the catalogue of indicators.
 *
 * ```csv
 * id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen;geheimhaltung
 * alq;Arbeitslosenquote;%;Arbeit;Arbeitslose je 100 zivile Erwerbspersonen;Bundesagentur für Arbeit;steigend_schlecht;1;
 * inobhutnahmen;Inobhutnahmen;Anzahl;Familie;Schutzmaßnahmen nach § 42 SGB VIII;Jugendamt;steigend_schlecht;0;ja
 * ```
 */
import { z } from 'zod';
import { columnsOf, decimalsField, idField, requiredTextField, richtungField, textField, yesNoField } from './fields.ts';

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
  /**
   * Optional: whether small values are withheld (statistical confidentiality, see src/data/confidentiality.ts):
   * `ja` (values 1 … mindestfallzahl − 1 become `*`, plus what they could be computed from), `nein` (the counts are
   * public, e.g. hospitals per Kreis). Empty or no column: `ja` for counts (einheit `Anzahl`, `Personen`, `Fälle` …),
   * `nein` for rates, shares and averages; a count unit other than `Anzahl` without `ja`/`nein` is a warning.
   */
  geheimhaltung: yesNoField,
});

export type IndikatorRow = z.output<typeof indikatorRow>;
export const INDIKATOREN_COLUMNS = columnsOf(indikatorRow);
