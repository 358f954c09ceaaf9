/**
 * When the numbered items, the marks and the sources of a publication (registry.ts, sources.ts) must be read again:
 * their caches hold a key made of the project's generation (bumped by the dev server when a YAML, BibTeX or data file
 * changes, project-generation.ts) and the size and time of change of every chapter file. In a build nothing changes
 * and the key stays the same; under the dev server a saved chapter (a figure added, a term renamed) gives a new key,
 * so numbers and cross-references follow it without a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectGeneration } from '../project-generation.ts';
import type { Publication } from '../publication/index.ts';

/** `root`: the project folder the chapter files are relative to. */
export function freshnessKey(publication: Publication, root: string): string {
  const files = publication.chapters.map((c) => {
    try {
      const s = fs.statSync(path.resolve(root, c.file));
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-';
    }
  });
  return `${projectGeneration()}|${files.join(',')}`;
}
