/**
 * The catalogue of problems in `content/`: publication settings and chapter frontmatter.
 * Each entry says what happened (naming the value), and what to do.
 */
import type { z } from 'zod';
import { problem, type Location, type Problem } from './problem.ts';

function show(value: unknown): string {
  if (value === undefined) return '(fehlt)';
  if (typeof value === 'string') return `„${value}“`;
  return JSON.stringify(value) ?? String(value);
}

const TYPE_NAMES: Record<string, [nominative: string, accusative: string]> = {
  string: ['ein Text', 'einen Text'],
  number: ['eine Zahl', 'eine Zahl'],
  boolean: ['true oder false', 'true oder false'],
  array: ['eine Liste (Zeilen mit „- “)', 'eine Liste (Zeilen mit „- “)'],
  object: ['ein Abschnitt mit eingerückten Schlüsseln', 'einen Abschnitt mit eingerückten Schlüsseln'],
};

function expected(issue: z.core.$ZodIssue, form: 0 | 1 = 0): string {
  if (issue.code !== 'invalid_type') return '';
  return TYPE_NAMES[issue.expected]?.[form] ?? issue.expected;
}

/** `kontakt.0.email` → `kontakt (Eintrag 1) → email` */
function keyName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(oben)';
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += ` (Eintrag ${k + 1})`;
    else out += (out ? ' → ' : '') + String(k);
  }
  return out;
}

/** Turns one zod issue about a settings or frontmatter value into a German problem. */
export function schemaIssue(
  issue: z.core.$ZodIssue,
  at: Location,
  value: unknown,
  kind: 'frontmatter' | 'einstellungen',
): Problem {
  const key = keyName(issue.path);
  const code = kind === 'frontmatter' ? 'frontmatter-ungueltig' : 'einstellung-ungueltig';
  const where = kind === 'frontmatter' ? 'im Frontmatter' : 'in publikation.yaml';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return problem(code, at, `Der Schlüssel „${key}“ fehlt ${where}.`, `Ergänzen Sie eine Zeile „${key}: …“ (erwartet wird ${expected(issue)}).`);
      return problem(code, at, `„${key}“ hat den Wert ${show(value)}, erwartet wird ${expected(issue)}.`, `Schreiben Sie ${expected(issue, 1)} hinter „${issue.path.at(-1)?.toString() ?? key}:“.`);
    case 'invalid_value':
      return problem(code, at, `„${key}“ hat den Wert ${show(value)}, der nicht erlaubt ist.`, `Erlaubt sind: ${issue.values.map((v) => String(v)).join(', ')}.`);
    case 'unrecognized_keys':
      return problem(code, at, `Unbekannter Schlüssel „${issue.keys.join('“, „')}“ ${where}.`, `Prüfen Sie die Schreibweise; erlaubte Schlüssel stehen im Handbuch (npm run handbuch), Abschnitt „Publikationen“.`);
    case 'invalid_format':
      if (issue.format === 'date')
        return problem(code, at, `„${key}“ hat den Wert ${show(value)}, das ist kein Datum.`, 'Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-11-02.');
      if (issue.format === 'email')
        return problem(code, at, `„${key}“ hat den Wert ${show(value)}, das ist keine E-Mail-Adresse.`, 'Schreiben Sie eine Adresse wie sozialplanung@landkreis.example.');
      if (issue.format === 'url')
        return problem(code, at, `„${key}“ hat den Wert ${show(value)}, das ist keine Web-Adresse mit https:// oder http://.`, 'Schreiben Sie eine vollständige Adresse wie https://www.landkreis.example/ – Links mit „javascript:“, „data:“ oder „file:“ werden nicht veröffentlicht.');
      return problem(code, at, `„${key}“ hat den Wert ${show(value)} im falschen Format.`, `Erwartet wird das Format ${issue.format}.`);
    case 'too_small':
      if (typeof value === 'string')
        return problem(code, at, `„${key}“ ist leer.`, `Tragen Sie hinter „${key}:“ einen Text ein.`);
      return problem(code, at, `„${key}“ hat den Wert ${show(value)}, das ist zu klein.`, `Der kleinste erlaubte Wert ist ${String(issue.minimum)}.`);
    default:
      return problem(code, at, `„${key}“ hat den Wert ${show(value)}: ${issue.message}`, 'Korrigieren Sie den Wert.');
  }
}

export const contentErrors = {
  yamlSyntax: (at: Location, detail: string): Problem =>
    problem('yaml-syntax', at, `Die Angaben sind kein gültiges YAML (${detail}).`, 'Prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile.'),
  frontmatterMissing: (at: Location): Problem =>
    problem('frontmatter-fehlt', at, 'Das Kapitel beginnt nicht mit einem Frontmatter-Block.', 'Beginnen Sie die Datei mit drei Strichen „---“, einer Zeile „titel: …“ und wieder „---“.'),
  frontmatterUnclosed: (at: Location): Problem =>
    problem('frontmatter-offen', at, 'Der Frontmatter-Block wird nicht geschlossen.', 'Schließen Sie ihn mit einer Zeile, die nur „---“ enthält.'),
  settingsMissing: (at: Location, folder: string): Problem =>
    problem('einstellungen-fehlen', at, `Im Ordner „${folder}“ fehlt die Datei publikation.yaml.`, 'Legen Sie sie an (Vorlage im Handbuch) mit mindestens titel, kreis und datum.'),
  noChapters: (at: Location, folder: string): Problem =>
    problem('keine-kapitel', at, `Die Publikation „${folder}“ hat keine Kapitel (*.mdx).`, 'Legen Sie mindestens eine Datei wie 01-einleitung.mdx an.'),
  badFolderName: (at: Location, folder: string): Problem =>
    problem('ordnername-ungueltig', at, `Der Ordnername „${folder}“ taugt nicht als Adresse der Website.`, 'Verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. sozialbericht-2025 (ä → ae, ß → ss).'),
  slugTaken: (at: Location, slug: string, other: string): Problem =>
    problem('adresse-doppelt', at, `Das Kapitel bekäme die Web-Adresse „${slug}“, die schon ${other} hat.`, 'Benennen Sie die Datei um; die Nummer am Anfang des Dateinamens zählt für die Adresse nicht mit.'),
  linkLeavesProject: (link: string, target: string): Problem =>
    problem(
      'verknuepfung-ausserhalb',
      { file: link, line: 0, column: 0 },
      `„${link}“ ist eine Verknüpfung auf „${target}“ außerhalb des Projektordners; ihr Inhalt würde gelesen und veröffentlicht.`,
      'Kopieren Sie die Datei oder den Ordner in das Projekt, statt darauf zu verknüpfen, oder löschen Sie die Verknüpfung.',
    ),
  duplicateOrder: (at: Location, other: string, value: number): Problem => ({
    ...problem('reihenfolge-doppelt', at, `Die reihenfolge ${value} hat auch „${other}“.`, 'Geben Sie jedem Kapitel eine eigene Zahl, sonst ist die Reihenfolge zufällig.'),
    severity: 'warnung',
  }),
};
