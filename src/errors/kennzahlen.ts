/** Problems with the key indicators („kennzahlen“) chosen in content/website.yaml and publikation.yaml. */
import { problem, type Location, type Problem } from './problem.ts';

export const kennzahlenErrors = {
  unknownIndicator: (at: Location, id: string, known: readonly string[]): Problem =>
    problem(
      'kennzahl-unbekannt',
      at,
      `Die Kennzahl „${id}“ steht nicht im Indikatorenkatalog (data/indikatoren/indikatoren.csv).`,
      `Schreiben Sie die Kennung eines Indikators aus dem Katalog, z. B. ${known.slice(0, 3).map((k) => `„${k}“`).join(', ')}, oder nehmen Sie den Eintrag aus der Liste „kennzahlen“ heraus.`,
    ),
  noCountyValue: (at: Location, id: string): Problem =>
    problem(
      'kennzahl-ohne-wert',
      at,
      `Für die Kennzahl „${id}“ gibt es keinen veröffentlichten Wert des Landkreises; sie erscheint nicht in „Der Kreis in Zahlen“.`,
      'Liefern Sie Werte für den Landkreis (Ebene „kreis“) in data/werte/ oder nehmen Sie den Eintrag aus der Liste „kennzahlen“ heraus.',
      'warnung',
    ),
};
