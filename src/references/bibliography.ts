/**
 * Sources from a CSL-JSON file (`literatur.json`: in the publication folder, else in content/), cited in chapters
 * with `<Zitat quelle="kgst2016" seite="51" />` as „(KGSt 2016, S. 51)“ and listed in the Literaturverzeichnis.
 * A small German author-year style, written by hand: no citation processor needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const name = z.looseObject({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });

/** One CSL-JSON item; only the fields we print are checked, everything else is kept. */
export const cslItem = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  type: z.string().optional(),
  title: z.string().optional(),
  author: z.array(name).optional(),
  editor: z.array(name).optional(),
  issued: z.looseObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(), literal: z.string().optional() }).optional(),
  'container-title': z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  'collection-title': z.string().optional(),
  page: z.union([z.string(), z.number()]).optional(),
  URL: z.string().optional(),
});
export type CslItem = z.output<typeof cslItem>;

export const BIBLIOGRAPHY_FILE = 'literatur.json';

/** The bibliography file for a publication: its own, else the project's, else null. */
export function bibliographyFile(contentDir: string, publicationSlug: string): string | null {
  for (const file of [path.join(contentDir, publicationSlug, BIBLIOGRAPHY_FILE), path.join(contentDir, BIBLIOGRAPHY_FILE)]) {
    if (fs.existsSync(file)) return file;
  }
  return null;
}

export type BibliographyRead = { items: Map<string, CslItem>; error?: { message: string; line: number; column: number } };

/** Reads and checks a CSL-JSON file; an error names the position where possible. */
export function readBibliography(text: string): BibliographyRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    return { items: new Map(), error: { message, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 } };
  }
  const parsed = z.array(cslItem).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { items: new Map(), error: { message: `Eintrag ${String(issue.path[0] ?? '')}: ${issue.message}`, line: 1, column: 1 } };
  }
  return { items: new Map(parsed.data.map((i) => [i.id, i])) };
}

const nameOf = (n: z.output<typeof name>) => n.literal ?? n.family ?? n.given ?? '';
const fullName = (n: z.output<typeof name>) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

export function year(item: CslItem): string {
  const part = item.issued?.['date-parts']?.[0]?.[0];
  return part !== undefined ? String(part) : (item.issued?.literal ?? 'o. J.');
}

/** `KGSt`, `Müller und Schmidt`, `Müller u. a.` (editors when there are no authors; else the title). */
export function authorLabel(item: CslItem): string {
  const names = (item.author?.length ? item.author : item.editor) ?? [];
  if (names.length === 0) return item.title ?? item.id;
  if (names.length === 1) return nameOf(names[0]!);
  if (names.length === 2) return `${nameOf(names[0]!)} und ${nameOf(names[1]!)}`;
  return `${nameOf(names[0]!)} u. a.`;
}

/** The text inside the brackets: `KGSt 2016, S. 51`. */
export function citeText(item: CslItem, seite?: string | number): string {
  return `${authorLabel(item)} ${year(item)}${seite !== undefined && String(seite) !== '' ? `, S. ${seite}` : ''}`;
}

/** One entry of the Literaturverzeichnis, as plain text parts (the URL separately, to be linked). */
export function bibliographyEntry(item: CslItem): { text: string; url?: string } {
  const editorsOnly = !item.author?.length && !!item.editor?.length;
  const names = (item.author?.length ? item.author : item.editor) ?? [];
  const who = names.length ? `${names.map(fullName).join('; ')}${editorsOnly ? ' (Hrsg.)' : ''}` : '';
  const parts = [
    `${who ? `${who} ` : ''}(${year(item)}): ${item.title ?? ''}.`,
    item['container-title'] ? `In: ${item['container-title']}${item.page ? `, S. ${item.page}` : ''}.` : '',
    item['collection-title'] ? `${item['collection-title']}.` : '',
    [item['publisher-place'], item.publisher].filter(Boolean).join(': ') + (item.publisher || item['publisher-place'] ? '.' : ''),
  ];
  return { text: parts.filter(Boolean).join(' '), ...(item.URL ? { url: item.URL } : {}) };
}

/** Sorted for the Literaturverzeichnis: by author label, then year. */
export function sortItems(items: Iterable<CslItem>): CslItem[] {
  const collator = new Intl.Collator('de');
  return [...items].sort((a, b) => collator.compare(authorLabel(a), authorLabel(b)) || year(a).localeCompare(year(b)));
}
