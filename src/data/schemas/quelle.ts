/**
 * `data/quellen/<name>.yaml` beside `data/quellen/<name>.csv` (or `.xlsx`): which values of an official export,
 * kept unchanged as downloaded, go into the report.
 *
 * ```yaml
 * quelle: Regionaldatenbank Deutschland, Tabelle 12411-01-01-4
 * werte:
 *   - spalte: Insgesamt
 *     indikator: bevoelkerung
 * jahr: 2018
 * ```
 */
import { z } from 'zod';

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1));

export const quelleWert = z.strictObject({
  /**
   * Which values: in a table export the header text of the value column (`Insgesamt`, `weiblich`); in a flat file
   * the value variable's code or label (`BEVSTD`, `Bevölkerungsstand`); in an INKAR table the indicator's name.
   * Not needed in a table with one indicator and years as columns.
   */
  spalte: text.optional(),
  /** Further characteristic where the export has one (sex, age group): its code or label, e.g. `Insgesamt`, `GESW`. */
  merkmal: text.optional(),
  /** Id of the indicator in data/indikatoren, e.g. `bevoelkerung`. */
  indikator: text,
});

export const quelle = z.strictObject({
  /** Where the export comes from, as cited: e.g. `Regionaldatenbank Deutschland, Tabelle 12411-01-01-4`. */
  quelle: text,
  /** What to take: one entry per indicator. */
  werte: z.array(quelleWert).min(1),
  /** Year of all values, only where the export carries no date (e.g. `2018`). */
  jahr: z.number().int().min(1900).max(2100).optional(),
  /** Excel files: the sheet's name; default the first sheet. */
  blatt: text.optional(),
  /** Only where the numbers are ambiguous: `komma` (German download) or `punkt` (English download). */
  dezimalzeichen: z.enum(['komma', 'punkt']).optional(),
});

export type Quelle = z.output<typeof quelle>;
export type QuelleWert = z.output<typeof quelleWert>;

/** `data/quellen/bevoelkerung.csv` → `data/quellen/bevoelkerung.yaml`. */
export function quelleYamlOf(file: string): string {
  return file.replace(/\.(csv|xlsx)$/i, '.yaml');
}
