/**
 * Reads a publication's bibliography and the project's glossary once per process, and finds what the chapters
 * cite and mark (`<Zitat>`, `<Begriff>`), so the PDF and the website list only what is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { componentUses } from '../chapters/components.ts';
import { chapterModel, type ChapterModel } from '../chapters/model.ts';
import type { Location } from '../errors/problem.ts';
import { projectPaths } from '../project.ts';
import type { Publication } from '../publication/index.ts';
import { parseYamlSource } from '../publication/yaml-source.ts';
import { bibliographyFile, readBibliography, type CslItem } from './bibliography.ts';
import { freshnessKey } from './freshness.ts';
import { GLOSSARY_FILE, glossarySchema, type GlossaryEntry } from './glossary.ts';

export interface Sources {
  /** The bibliography file (relative to the project root), if any. */
  bibliographyFile: string | null;
  bibliography: Map<string, CslItem>;
  bibliographyError?: { message: string } & Location;
  glossaryFile: string | null;
  /** By lower-cased term. */
  glossary: Map<string, GlossaryEntry>;
  glossaryError?: { message: string } & Location;
}

export interface Mark {
  kind: 'zitat' | 'begriff' | 'verweis';
  /** Cited key, glossary term, or cross-reference target. */
  key: string;
  file: string;
  /** Offset of the key's value (or of the tag) in the file. */
  offset: number;
  chapterSlug: string;
}

const sourcesCache = new Map<string, { fresh: string; sources: Sources }>();

export function publicationSources(publication: Publication, root = projectPaths().root): Sources {
  const key = `${root}\0${publication.slug}`;
  const fresh = freshnessKey(publication, root);
  const cached = sourcesCache.get(key);
  if (cached && cached.fresh === fresh) return cached.sources;
  const content = projectPaths(root).content;
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const sources: Sources = { bibliographyFile: null, bibliography: new Map(), glossaryFile: null, glossary: new Map() };

  const bib = bibliographyFile(content, publication.slug);
  if (bib) {
    sources.bibliographyFile = rel(bib);
    const r = readBibliography(fs.readFileSync(bib, 'utf8'));
    sources.bibliography = r.items;
    if (r.error) sources.bibliographyError = { file: rel(bib), ...r.error };
  }
  const glossaryPath = path.join(content, GLOSSARY_FILE);
  if (fs.existsSync(glossaryPath)) {
    sources.glossaryFile = rel(glossaryPath);
    const src = parseYamlSource(fs.readFileSync(glossaryPath, 'utf8'));
    const first = src.syntaxErrors[0];
    if (first) sources.glossaryError = { file: rel(glossaryPath), line: first.line, column: first.column, message: first.message };
    else {
      const parsed = glossarySchema.safeParse(src.data ?? []);
      if (parsed.success) for (const e of parsed.data) sources.glossary.set(e.begriff.toLowerCase(), e);
      else {
        const issue = parsed.error.issues[0]!;
        sources.glossaryError = { file: rel(glossaryPath), ...src.locate(issue.path), message: issue.message };
      }
    }
  }
  sourcesCache.set(key, { fresh, sources });
  return sources;
}

/** Every `<Zitat>`, `<Begriff>` and `<Verweis>` in a chapter, in order. */
export function chapterMarks(model: ChapterModel, chapterSlug: string): Mark[] {
  const file = model.file;
  const marks: Mark[] = [];
  for (const use of componentUses(model, ['Zitat', 'Begriff', 'Verweis'])) {
    if (use.component === 'Zitat') {
      const q = use.attrs.get('quelle');
      if (q?.kind === 'text') {
        for (const m of q.value.matchAll(/[^,;\s]+/g)) marks.push({ kind: 'zitat', key: m[0], file, offset: q.offset + m.index, chapterSlug });
      }
    } else if (use.component === 'Verweis') {
      const z = use.attrs.get('ziel');
      if (z?.kind === 'text') marks.push({ kind: 'verweis', key: z.value, file, offset: z.offset, chapterSlug });
    } else {
      const name = use.attrs.get('name');
      if (name?.kind === 'text') marks.push({ kind: 'begriff', key: name.value.trim(), file, offset: name.offset, chapterSlug });
      else {
        const inner = toString(use.node).replace(/\s+/g, ' ').trim();
        const first = use.node.children[0]?.position?.start.offset;
        if (inner) marks.push({ kind: 'begriff', key: inner, file, offset: first ?? use.offset, chapterSlug });
      }
    }
  }
  return marks;
}

const marksCache = new Map<string, { fresh: string; marks: Mark[] }>();

/** The marks of all chapters of a publication, in publication order. */
export function publicationMarks(publication: Publication, root = projectPaths().root): Mark[] {
  const key = `${root}\0${publication.slug}`;
  const fresh = freshnessKey(publication, root);
  const hit = marksCache.get(key);
  if (hit && hit.fresh === fresh) return hit.marks;
  const marks = publication.chapters.flatMap((c) => chapterMarks(chapterModel(root, c.file), c.slug));
  marksCache.set(key, { fresh, marks });
  return marks;
}
