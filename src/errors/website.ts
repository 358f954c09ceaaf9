/**
 * The catalogue of problems in `content/website.yaml` (Impressum, Datenschutz, Barrierefreiheit).
 * Shape errors come from the shared settings messages (src/errors/content.ts) and are re-worded here
 * to name this file; the checks across keys live here.
 */
import { problem, type Location, type Problem } from './problem.ts';

export const WEBSITE_FILE = 'content/website.yaml';

/** Re-words a settings problem from validateYaml so that it names website.yaml and its handbook section. */
export function asWebsiteProblem(p: Problem): Problem {
  if (p.code !== 'einstellung-ungueltig') return p;
  return {
    ...p,
    code: 'website-ungueltig',
    message: p.message.replace('in publikation.yaml', 'in website.yaml'),
    hint: p.hint?.replace('Abschnitt „Publikationen“', 'Abschnitt „Website: Impressum, Datenschutz, Barrierefreiheit“'),
  };
}

export const websiteErrors = {
  missing: (): Problem =>
    problem(
      'website-fehlt',
      { file: WEBSITE_FILE, line: 0, column: 0 },
      'Die Datei content/website.yaml fehlt: Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit bleiben leer.',
      'Legen Sie die Datei an (Vorlage im Handbuch, Abschnitt „Website: Impressum, Datenschutz, Barrierefreiheit“), bevor Sie die Website veröffentlichen.',
      'warnung',
    ),
  gapsMissing: (at: Location, stand: string): Problem =>
    problem(
      'barrierefreiheit-maengel-fehlen',
      at,
      `„barrierefreiheit → stand“ ist „${stand}“, aber unter „maengel“ ist kein Mangel genannt.`,
      'Nennen Sie unter „maengel:“ jeden bekannten Mangel mit „bereich“ und „beschreibung“ – oder schreiben Sie „stand: vollstaendig“.',
    ),
  reviewBeforeCreation: (at: Location, geprueft: string, erstellt: string): Problem =>
    problem(
      'barrierefreiheit-datum',
      at,
      `„barrierefreiheit → geprueft_am“ (${geprueft}) liegt vor „erstellt_am“ (${erstellt}).`,
      'Die Prüfung kann nicht vor der Erstellung der Erklärung liegen; korrigieren Sie eines der beiden Daten.',
    ),
  exampleValues: (at: Location): Problem =>
    problem(
      'website-beispielangaben',
      at,
      'content/website.yaml enthält noch Beispielangaben („beispielangaben: true“).',
      'Ersetzen Sie die Angaben durch die Ihres Kreises und löschen Sie die Zeile „beispielangaben: true“, bevor Sie veröffentlichen.',
      'warnung',
    ),
  addressInvalid: (source: string, value: string): Problem =>
    problem(
      'website-adresse-ungueltig',
      { file: source.startsWith('content/website.yaml') ? WEBSITE_FILE : source, line: 0, column: 0 },
      `Die Adresse der Website „${value}“ (aus ${source}) ist weder eine Webadresse (https://…) noch ein Pfad (/…).`,
      'Schreiben Sie die volle Adresse, unter der die Website erscheint, z. B. „https://www.kreis.example/sozialplanung/“, oder nur den Pfad, z. B. „/sozialplanung/“ – ohne ? und #.',
    ),
};
