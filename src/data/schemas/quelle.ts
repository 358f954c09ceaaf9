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

/** Text (a number such as `2024` is read as text), with its German help for the editor (`npm run schemas`). */
const text = (help: { description: string; examples: string[] }) =>
  z
    .union([z.string().min(1), z.number()])
    .meta(help)
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1));

export const quelleWert = z.strictObject({
  /**
   * Which values: in a table export the header text of the value column (`Insgesamt`, `weiblich`); in a flat file
   * the value variable's code or label (`BEVSTD`, `Bevölkerungsstand`); in an INKAR table the indicator's name.
   * Not needed in a table with one indicator and years as columns.
   */
  spalte: text({
    description:
      'Welche Werte: bei einer Tabelle aus der Regionaldatenbank oder GENESIS die Überschrift der Wertespalte, bei einer Flachdatei der Code oder Name des Merkmals, bei INKAR der Name des Indikators. Nicht nötig, wenn die Tabelle nur einen Indikator hat und die Jahre als Spalten.',
    examples: ['Insgesamt', 'weiblich', 'BEVSTD', 'Arbeitslosenquote'],
  }).optional(),
  /** Further characteristic where the export has one (sex, age group): its code or label, e.g. `Insgesamt`, `GESW`. */
  merkmal: text({
    description: 'Nur wenn die Datei ein weiteres Merkmal hat (Geschlecht, Altersgruppe): dessen Ausprägung als Code oder Name.',
    examples: ['Insgesamt', 'GESW', 'unter 18 Jahre'],
  }).optional(),
  /** Id of the indicator in data/indikatoren, e.g. `bevoelkerung`. */
  indikator: text({
    description: 'Die id des Indikators aus data/indikatoren/indikatoren.csv, unter der die Werte in den Bericht kommen.',
    examples: ['bevoelkerung', 'alq'],
  }),
}).meta({ description: 'Ein Wert, den der Bericht aus der Datei übernimmt: welche Spalte, welcher Indikator.' });

export const quelle = z.strictObject({
  /** Where the export comes from, as cited: e.g. `Regionaldatenbank Deutschland, Tabelle 12411-01-01-4`. */
  quelle: text({
    description: 'Woher die Zahlen kommen, so wie sie im Bericht als Quelle genannt werden: Datenbank und Tabelle.',
    examples: ['Regionaldatenbank Deutschland, Tabelle 12411-01-01-4', 'INKAR 2024, Bundesinstitut für Bau-, Stadt- und Raumforschung'],
  }),
  /** What to take: one entry per indicator. */
  werte: z.array(quelleWert).min(1).meta({
    description: 'Was der Bericht aus der Datei übernimmt: ein Eintrag je Indikator, mit „indikator“ und meist „spalte“.',
    examples: [[{ spalte: 'Insgesamt', indikator: 'bevoelkerung' }]],
  }),
  /** Year of all values, only where the export carries no date (e.g. `2018`). */
  jahr: z.number().int().min(1900).max(2100).optional().meta({
    description: 'Das Jahr aller Werte, nur wenn die Datei selbst kein Jahr oder Stichtag nennt.',
    examples: [2024],
  }),
  /** Excel files: the sheet's name; default the first sheet. */
  blatt: text({
    description: 'Nur bei Excel-Dateien (.xlsx): der Name des Tabellenblatts. Standard: das erste Blatt.',
    examples: ['Tabelle1', 'Daten'],
  }).optional(),
  /** Only where the numbers are ambiguous: `komma` (German download) or `punkt` (English download). */
  dezimalzeichen: z.enum(['komma', 'punkt']).optional().meta({
    description: 'Nur wenn die Zahlen mehrdeutig sind (7.280): komma bei deutschem Download (1.234,5), punkt bei englischem (1234.5).',
    examples: ['komma', 'punkt'],
  }),
});

export type Quelle = z.output<typeof quelle>;
export type QuelleWert = z.output<typeof quelleWert>;

/** `data/quellen/bevoelkerung.csv` → `data/quellen/bevoelkerung.yaml`. */
export function quelleYamlOf(file: string): string {
  return file.replace(/\.(csv|xlsx)$/i, '.yaml');
}
