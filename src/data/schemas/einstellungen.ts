/**
 * `<datei>.einstellungen.yaml` next to a CSV file: what cannot be read from the file itself.
 *
 * ```yaml
 * dezimalzeichen: punkt
 * ```
 *
 * Needed only when a column's numbers are ambiguous (`7.280` is 7280 with a German thousands dot, 7,28 with an
 * English decimal point) and no value of the column tells which.
 */
import { z } from 'zod';

export const einstellungen = z.strictObject({
  /** `komma`: numbers like 1.234,5 (German Excel). `punkt`: numbers like 1234.5 (English, GENESIS flat files). */
  dezimalzeichen: z.enum(['komma', 'punkt']).meta({ description: 'komma: Zahlen wie 1.234,5 (deutsches Excel). punkt: Zahlen wie 1234.5 (englisch, GENESIS-Flachdateien).', examples: ['komma', 'punkt'] }),
});

export type Einstellungen = z.output<typeof einstellungen>;

/** `data/werte/arbeit.csv` → `data/werte/arbeit.einstellungen.yaml`. */
export function settingsFileOf(csv: string): string {
  return csv.replace(/\.csv$/i, '.einstellungen.yaml');
}
