/**
 * What changed in one publication between two revisions (a Fassung and the current state, or two Fassungen):
 *
 *   content/<publikation>/publikation.yaml   → changed settings (status, datum, titel …)
 *   content/<publikation>/*.mdx              → chapters matched by file name (or, when renamed or moved, by
 *                                              their text): new, removed, renamed titles, word-level changes
 *                                              of the text readers see (reader-text.ts, text-diff.ts)
 *   data/**                                  → published values alt → neu (data-diff.ts), other data files changed
 *
 * Files are read from git objects or from disk (revision.ts); nothing is checked out.
 */
import { parse as parseYaml } from 'yaml';
import { chapterFromSource } from '../chapters/model.ts';
import { wertView } from '../data/bind.ts';
import type { CheckResult } from '../data/check.ts';
import { hasErrors } from '../errors/problem.ts';
import { DEFAULT_MINDESTFALLZAHL } from '../data/confidentiality.ts';
import { chapterSlug } from '../publication/chapter-file.ts';
import { SETTINGS_FILE } from '../publication/load.ts';
import { diffValues, jointlyWithheld, type ValueChange } from './data-diff.ts';
import { loadRevisionData, type DataCache } from './data-revision.ts';
import type { Git } from './git.ts';
import { revisionFiles, type Revision, type RevisionFiles } from './revision.ts';
import { readerDocument, similarity, type ComponentText, type ReaderDoc } from './reader-text.ts';
import { diffReaderDocs, type TextDiff } from './text-diff.ts';

export interface SettingChange {
  key: string;
  alt: string | null;
  neu: string | null;
}

export interface ChapterChanges {
  /** File name, e.g. `02-einkommen.mdx`. */
  file: string;
  slug: string;
  status: 'neu' | 'entfernt' | 'geaendert' | 'unveraendert';
  titel: { alt: string | null; neu: string | null };
  /** Changed frontmatter fields readers see (`titel`, `kurztitel`, `beschreibung`). */
  meta: SettingChange[];
  /** Text changes; null for new and removed chapters. */
  text: TextDiff | null;
  /** The earlier file name of a renamed or moved chapter. */
  frueher?: string;
}

export type DataChanges =
  | { available: true; values: ValueChange[]; files: { file: string; art: 'neu' | 'entfernt' | 'geaendert' }[] }
  | { available: false; reason: string };

export interface PublicationChanges {
  publikation: string;
  from: Revision;
  to: Revision;
  /** Whether the publication's folder exists in each revision. */
  exists: { from: boolean; to: boolean };
  settings: SettingChange[];
  chapters: ChapterChanges[];
  data: DataChanges;
}

const META_KEYS = ['titel', 'kurztitel', 'beschreibung'] as const;

export function publicationChanges(
  git: Git,
  root: string,
  publikation: string,
  from: Revision,
  to: Revision,
  cache?: DataCache,
): PublicationChanges {
  const a = revisionFiles(git, root, from);
  const b = revisionFiles(git, root, to);
  const folder = `content/${publikation}`;
  const oldFiles = a.readFolder(folder);
  const newFiles = b.readFolder(folder);
  const settingsFile = `${folder}/${SETTINGS_FILE}`;
  const min = mindestfallzahl(oldFiles.get(settingsFile), newFiles.get(settingsFile));
  const before = loadRevisionData(root, from, a, cache);
  const after = loadRevisionData(root, to, b, cache);
  return {
    publikation,
    from,
    to,
    exists: { from: oldFiles.size > 0, to: newFiles.size > 0 },
    settings: diffSettings(text(oldFiles.get(settingsFile)), text(newFiles.get(settingsFile))),
    chapters: diffChapters(
      folder,
      { scope: scopeOf(root, from), files: oldFiles, show: componentText(before, after, min) },
      { scope: scopeOf(root, to), files: newFiles, show: componentText(after, before, min) },
    ),
    data: diffData({ from, a, result: before }, { to, b, result: after }, min),
  };
}

/** Separates the chapter models of revisions (chapters/model.ts keys them by scope, file and content). */
function scopeOf(root: string, r: Revision): string {
  return `${root}@${r.kind === 'git' ? r.rev : 'arbeitsstand'}`;
}

/**
 * What each component shows, from this revision's data: `<Wert>` its formatted value, figures their title. Values
 * are withheld jointly with the other revision, as in the data table of the page (data-diff.ts): a reader has both
 * side by side. When either revision's data has errors no value is shown.
 */
function componentText(data: CheckResult, other: CheckResult, mindestfallzahl: number): ComponentText {
  const valid = !hasErrors(data.problems) && !hasErrors(other.problems);
  const store = valid ? data.store : null;
  let joint: Map<string, Set<string>> | null = null;
  return (name, props) => {
    if (name === 'Wert') {
      try {
        if (store) {
          const v = wertView(store, props, { mindestfallzahl });
          joint ??= jointlyWithheld(data.store, other.store, mindestfallzahl);
          return joint.get(`${v.indikator.id}\u0000${v.jahr}`)?.has(v.gebiet.id) ? '*' : v.text;
        }
      } catch {
        // an unknown reference in an old Fassung: shown as a placeholder
      }
      return '[Wert]';
    }
    const indikator = typeof props['indikator'] === 'string' ? props['indikator'] : null;
    const titel = typeof props['titel'] === 'string' ? props['titel'] : indikator ? (store?.indikatoren.get(indikator)?.titel ?? indikator) : null;
    const label = name === 'Diagramm' || name === 'Karte' ? 'Abbildung' : name;
    if (name === 'Zitat') return `(Quelle: ${String(props['quelle'] ?? '')})`;
    if (name === 'Verweis') return `(Verweis: ${String(props['ziel'] ?? '')})`;
    return `[${label}${titel ? `: ${titel}` : ''}]`;
  };
}

interface Side {
  scope: string;
  files: Map<string, Uint8Array>;
  show: ComponentText;
}

interface Read {
  doc: ReaderDoc;
  fm: Partial<Record<(typeof META_KEYS)[number], string>>;
}

function text(bytes: Uint8Array | undefined): string | null {
  return bytes ? new TextDecoder().decode(bytes) : null;
}

function diffChapters(folder: string, old: Side, cur: Side): ChapterChanges[] {
  const isChapter = (f: string) => f.startsWith(`${folder}/`) && f.endsWith('.mdx') && !f.slice(folder.length + 1).includes('/');
  const read = (side: Side, file: string): Read | null => {
    const source = text(side.files.get(file));
    if (source === null) return null;
    const model = chapterFromSource(side.scope, file, source);
    return { doc: readerDocument(model, side.show), fm: frontmatter(model.tree?.children[0]) };
  };
  const names = [...new Set([...old.files.keys(), ...cur.files.keys()].filter(isChapter))].sort();
  const reads = new Map(names.map((file) => [file, { before: read(old, file), after: read(cur, file) }]));
  // a chapter that left one file and arrived in another with the same title or mostly the same text was renamed
  const gone = names.filter((f) => reads.get(f)!.after === null);
  const arrived = names.filter((f) => reads.get(f)!.before === null);
  const renamed = new Map<string, string>();
  for (const a of arrived) {
    const after = reads.get(a)!.after!;
    const match = gone.find((g) => {
      if ([...renamed.values()].includes(g)) return false;
      const before = reads.get(g)!.before!;
      return (before.fm.titel !== undefined && before.fm.titel === after.fm.titel) || similarity(before.doc.text, after.doc.text) >= 0.6;
    });
    if (match) renamed.set(a, match);
  }
  const taken = new Set(renamed.values());
  return names
    .filter((file) => !taken.has(file))
    .map((file): ChapterChanges => {
      const name = file.slice(folder.length + 1);
      const earlier = renamed.get(file);
      const before = earlier ? reads.get(earlier)!.before : reads.get(file)!.before;
      const after = reads.get(file)!.after;
      const fmOld = before?.fm ?? {};
      const fmNew = after?.fm ?? {};
      const titel = { alt: fmOld.titel ?? null, neu: fmNew.titel ?? null };
      const base = { file: name, slug: chapterSlug(name), titel, ...(earlier ? { frueher: earlier.slice(folder.length + 1) } : {}) };
      if (!before) return { ...base, status: 'neu', meta: [], text: null };
      if (!after) return { ...base, status: 'entfernt', meta: [], text: null };
      const meta = META_KEYS.filter((k) => (fmOld[k] ?? null) !== (fmNew[k] ?? null)).map((k) => ({ key: k, alt: fmOld[k] ?? null, neu: fmNew[k] ?? null }));
      const diff = diffReaderDocs(before.doc, after.doc);
      const changed = meta.length > 0 || diff.changes.length > 0 || earlier !== undefined;
      return { ...base, status: changed ? 'geaendert' : 'unveraendert', meta, text: diff };
    });
}

/** The frontmatter's text fields (the model's `yaml` node), read leniently: an old Fassung may predate today's schema. */
function frontmatter(node: { type: string; value?: string } | undefined): Partial<Record<(typeof META_KEYS)[number], string>> {
  const data = node?.type === 'yaml' && node.value !== undefined ? safeYaml(node.value) : null;
  const out: Partial<Record<(typeof META_KEYS)[number], string>> = {};
  for (const k of META_KEYS) {
    const v = data?.[k];
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

function safeYaml(src: string): Record<string, unknown> | null {
  try {
    const v: unknown = parseYaml(src);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function diffSettings(before: string | null, after: string | null): SettingChange[] {
  if (before === null || after === null) return [];
  const a = safeYaml(before) ?? {};
  const b = safeYaml(after) ?? {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .map((key) => ({ key, alt: showSetting(a[key]), neu: showSetting(b[key]) }))
    .filter((c) => c.alt !== c.neu);
}

function showSetting(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

/** The stricter of both revisions' thresholds, so neither side shows a value the other withholds. */
function mindestfallzahl(...settings: (Uint8Array | undefined)[]): number {
  const values = settings.map((s) => safeYaml(text(s) ?? '')?.mindestfallzahl).filter((v): v is number => typeof v === 'number');
  return Math.max(DEFAULT_MINDESTFALLZAHL, ...values);
}

function diffData(old: { from: Revision; a: RevisionFiles; result: CheckResult }, cur: { to: Revision; b: RevisionFiles; result: CheckResult }, min: number): DataChanges {
  const before = old.result;
  const after = cur.result;
  for (const [side, r] of [[old.from, before], [cur.to, after]] as const) {
    if (hasErrors(r.problems)) {
      return { available: false, reason: `Die Daten von „${side.label}“ enthalten Fehler; geänderte Werte werden deshalb nicht angezeigt.` };
    }
  }
  const oldData = old.a.readFolder('data');
  const newData = cur.b.readFolder('data');
  const files: { file: string; art: 'neu' | 'entfernt' | 'geaendert' }[] = [];
  for (const file of [...new Set([...oldData.keys(), ...newData.keys()])].sort()) {
    if (file.startsWith('data/werte/')) continue;
    const x = oldData.get(file);
    const y = newData.get(file);
    if (!x) files.push({ file, art: 'neu' });
    else if (!y) files.push({ file, art: 'entfernt' });
    else if (!sameBytes(x, y)) files.push({ file, art: 'geaendert' });
  }
  return { available: true, values: diffValues(before.store, after.store, min), files };
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Every change as one line item, in page order: what the summary counts and tests assert on. */
export type ChangeItem =
  | { art: 'einstellung'; key: string }
  | { art: 'kapitel-neu' | 'kapitel-entfernt'; file: string }
  | { art: 'kapitel-angabe'; file: string; key: string }
  | { art: 'text' | 'ueberschrift'; file: string; alt: string; neu: string }
  | { art: 'wert-geaendert' | 'wert-neu' | 'wert-entfernt'; indikator: string; gebiet: string; jahr: number; alt: string | null; neu: string | null }
  | { art: 'datei'; file: string };

export function changeItems(c: PublicationChanges): ChangeItem[] {
  const items: ChangeItem[] = c.settings.map((s) => ({ art: 'einstellung', key: s.key }));
  for (const ch of c.chapters) {
    if (ch.status === 'neu' || ch.status === 'entfernt') items.push({ art: `kapitel-${ch.status}`, file: ch.file });
    for (const m of ch.meta) items.push({ art: 'kapitel-angabe', file: ch.file, key: m.key });
    for (const t of ch.text?.changes ?? []) items.push({ art: t.kind, file: ch.file, alt: t.alt, neu: t.neu });
  }
  if (c.data.available) {
    for (const v of c.data.values) items.push({ art: `wert-${v.art}`, indikator: v.indikator, gebiet: v.gebiet, jahr: v.jahr, alt: v.alt, neu: v.neu });
    for (const f of c.data.files) items.push({ art: 'datei', file: f.file });
  }
  return items;
}
