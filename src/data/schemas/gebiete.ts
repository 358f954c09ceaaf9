/**
 * `data/gebiete/*.csv`: the areas of the county, from the Land down to Sozialräume.
 *
 * ```csv
 * id;name;ebene;eltern
 * hw;Landkreis Hainwald;kreis;
 * hw-nord;Stadt Nordheim;gemeinde;hw
 * ```
 */
import { z } from 'zod';
import { columnsOf, idField, optionalIdField, requiredTextField } from './fields.ts';

export const gebietRow = z.object({
  /** Short id used in `werte` and in chapters, e.g. `hw-nord`. Letters, digits, `-`, `_`, `.`. */
  id: idField,
  /** Name as printed, e.g. `Stadt Nordheim`. */
  name: requiredTextField,
  /** Level: `land`, `kreis`, `gemeinde`, `sozialraum` … (lower case). */
  ebene: requiredTextField.transform((v) => v.toLowerCase()),
  /** Id of the enclosing Gebiet; empty for the top one. */
  eltern: optionalIdField,
});

export type GebietRow = z.output<typeof gebietRow>;
export const GEBIETE_COLUMNS = columnsOf(gebietRow);
