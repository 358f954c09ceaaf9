/**
 * The catalogue of messages of the planners' workplace: `npm run neu` (a new county project) and `npm run schemas`
 * (editor support). Codes start with `neu-` or `schemas-`.
 */
import { problemAbout, type Problem } from './problem.ts';

export const newProjectErrors = {
  notDemo: (): Problem =>
    problemAbout(
      'neu-kein-beispiel',
      'content/',
      'content/ enthält nicht mehr das Beispielprojekt „Landkreis Hainwald“: „npm run neu“ würde Ihre Kapitel und Daten ersetzen.',
      'Wenn Sie wirklich neu beginnen wollen, sichern Sie content/ und data/ und rufen Sie „npm run neu -- --erzwingen …“ auf.',
    ),
  uncommitted: (files: readonly string[]): Problem =>
    problemAbout(
      'neu-ungesichert',
      files[0] ?? 'content/',
      `In content/ oder data/ gibt es Änderungen, die noch nicht mit git gesichert sind (${files.length} Datei${files.length === 1 ? '' : 'en'}: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ' …' : ''}).`,
      'Sichern Sie die Änderungen erst („git add -A && git commit“) oder rufen Sie „npm run neu -- --erzwingen …“ auf, um sie zu verwerfen.',
    ),
  missingAnswer: (flag: string, example: string): Problem =>
    problemAbout(
      'neu-angabe-fehlt',
      `--${flag}`,
      `Die Angabe „--${flag}“ fehlt.`,
      `Geben Sie sie an, zum Beispiel: --${flag} ${example} – oder rufen Sie „npm run neu“ ohne Angaben auf, dann wird gefragt.`,
    ),
  invalidAnswer: (flag: string, value: string, rule: string): Problem =>
    problemAbout('neu-angabe-ungueltig', `--${flag}`, `„${value}“ ist als „--${flag}“ nicht möglich: ${rule}`, 'Korrigieren Sie die Angabe und rufen Sie „npm run neu“ noch einmal auf.'),
  unknownFlag: (flag: string): Problem =>
    problemAbout(
      'neu-unbekannte-angabe',
      flag,
      `„${flag}“ kennt „npm run neu“ nicht.`,
      'Möglich sind --name, --schluessel, --land, --publikation, --titel und --erzwingen (Handbuch, Abschnitt „Ein neues Kreisprojekt beginnen“).',
    ),
};

export const schemaFileErrors = {
  stale: (file: string): Problem =>
    problemAbout(
      'schemas-veraltet',
      file,
      `${file} passt nicht mehr zu den Schemas des Werkzeugs.`,
      'Rufen Sie „npm run schemas“ auf und sichern Sie die erzeugten Dateien mit git.',
    ),
};

/** The lines „npm run neu“ prints. */
export const newProjectMessages = {
  aborted: 'Abgebrochen: Es wurde nichts geändert.',
  intro: 'Neues Kreisprojekt: Bitte beantworten Sie fünf Fragen (Abbrechen mit Strg+C).',
  archived: (dir: string) => `Das Beispielprojekt liegt jetzt in ${dir}/ (bauen mit: npm run build -- --projekt ${dir}).`,
  /** Asked again in the dialogue: the rule the answer broke. */
  askAgain: (rule: string) => `  ${rule} Bitte noch einmal.`,
  done: (name: string, publication: string) => {
    const files: [string, string][] = [
      [`content/${publication}/01-einleitung.mdx`, 'das erste Kapitel'],
      [`content/${publication}/publikation.yaml`, 'Titel, Status, Datum, Kontakt der Publikation'],
      ['content/website.yaml', 'Impressum, Datenschutz, Barrierefreiheit – bitte ausfüllen („BITTE AUSFÜLLEN“)'],
      ['data/gebiete/gebiete.csv', 'Ihr Kreis und sein Land'],
    ];
    const width = Math.max(...files.map(([f]) => f.length)) + 3;
    return [
      `Fertig: Das Projekt für ${name} ist angelegt.`,
      ...files.map(([f, what]) => `  ${f.padEnd(width)}${what}`),
      'Weiter mit: npm run dev (Vorschau), npm run check (Prüfen), git add -A && git commit -m "Neues Projekt"',
      'Das Handbuch für Planerinnen und Planer: npm run handbuch -- --ansehen (im Browser) oder npm run handbuch (Website und PDF nach handbuch/dist/).',
    ].join('\n');
  },
};

/** What the print preview in `npm run dev` shows the planner (src/integration/print-preview.ts). */
export const previewMessages = {
  linkText: 'Druckvorschau',
  linkTitle: 'Diese Publikation so gesetzt, wie sie im PDF erscheint (nur in der Vorschau mit npm run dev).',
  working: 'Druckvorschau: Die Seiten werden gesetzt …',
  done: (pages: string) => `Druckvorschau: ${pages} Seiten, wie im PDF. Beim Speichern wird neu gesetzt.`,
  failed: 'Druckvorschau: Das Setzen ist fehlgeschlagen. Einzelheiten stehen in der Konsole des Browsers (F12).',
};
