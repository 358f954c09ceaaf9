/**
 * `data/gebiete/*.csv`: the areas of the county, from the Land down to Sozialräume.
 *
 * ```csv
 * id;name;ebene;eltern;schluessel
 * hw;Landkreis Hainwald;kreis;;16099
 * hw-nord;Stadt Nordheim;gemeinde;hw;16099001
 * ```
 */
import { z } from 'zod';
import { columnsOf, idField, optionalIdField, optionalTextField, requiredTextField } from './fields.ts';

export const gebietRow = z.object({
  /** Short id used in `werte` and in chapters, e.g. `hw-nord`. Letters, digits, `-`, `_`, `.`. */
  id: idField,
  /** Name as printed, e.g. `Stadt Nordheim`. */
  name: requiredTextField,
  /** Level: `land`, `kreis`, `gemeinde`, `sozialraum` … (lower case). */
  ebene: requiredTextField.transform((v) => v.toLowerCase()),
  /** Id of the enclosing Gebiet; empty for the top one. */
  eltern: optionalIdField,
  /**
   * Optional official key: AGS (`16051000`), ARS (`160510000000`), Kreis (`16051`) or Land (`16`), with leading
   * zeros as the source writes them. Rows of exports in data/quellen are matched on it (src/data/import/keys.ts).
   */
  schluessel: optionalTextField,
});

export type GebietRow = z.output<typeof gebietRow>;
export const GEBIETE_COLUMNS = columnsOf(gebietRow);
