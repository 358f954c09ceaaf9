/**
 * The one owner of parsed chapters. Every phase that needs a chapter (frontmatter, reference and prop checks,
 * headings, figure numbers, the Lektorat, the changes page) asks here and gets the same mdast; a chapter is parsed
 * once per content. The cache is keyed by project root + file + a hash of the text: a saved file (dev server) or
 * another revision (changes page) is a new entry and replaces the old one of the same file. The cache lives on
 * globalThis because the check phase, the MDX guard and the rendered pages run in different module instances of the
 * same build process (like data/shared-cache.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { lineIndex, type Position } from '../data/read/positions.ts';
import { parseMdx, type SyntaxFailure } from './parse.ts';

export interface ChapterModel {
  /** Path relative to the project root (or `<revision>:<path>` for a Fassung), for messages. */
  file: string;
  source: string;
  /** null when the MDX cannot be parsed; `syntax` says why. */
  tree: Root | null;
  syntax: SyntaxFailure | null;
  /** Offset → line and column in `source`. */
  position(offset: number): Position;
}

const KEY = Symbol.for('sozialbericht.kapitel');
interface Shared {
  models: Map<string, { hash: string; model: ChapterModel }>;
  parses: number;
}
type WithModels = typeof globalThis & { [KEY]?: Shared };

function shared(): Shared {
  const g = globalThis as WithModels;
  return (g[KEY] ??= { models: new Map(), parses: 0 });
}

/** The model of a chapter text. `scope` separates projects and revisions (the project root, or root + commit). */
export function chapterFromSource(scope: string, file: string, source: string): ChapterModel {
  const key = `${scope}\0${file}`;
  const hash = createHash('sha256').update(source).digest('hex');
  const { models } = shared();
  const hit = models.get(key);
  if (hit && hit.hash === hash) return hit.model;
  shared().parses++;
  const parsed = parseMdx(source);
  const model: ChapterModel = { file, source, tree: parsed.tree, syntax: parsed.error, position: lineIndex(source) };
  models.set(key, { hash, model });
  return model;
}

/** The model of `file` (relative to `root`) as it is on disk now. */
export function chapterModel(root: string, file: string): ChapterModel {
  return chapterFromSource(root, file, fs.readFileSync(path.join(root, file), 'utf8'));
}

/** How many times a chapter text was parsed in this process (tests: one parse per chapter per build). */
export function chapterParseCount(): number {
  return shared().parses;
}
