/** The title of a heading in a chapter, from its anchor (for the Abwägungstabelle's group headings). */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/load.ts';
import { mdxHeadings } from './headings.ts';

export function sectionTitles(paths: ProjectPaths, publication: Publication): (kapitel: string, anker: string) => string | undefined {
  const cache = new Map<string, Map<string, string>>();
  return (kapitel, anker) => {
    let map = cache.get(kapitel);
    if (!map) {
      const chapter = publication.chapters.find((c) => c.slug === kapitel);
      const abs = chapter ? path.join(paths.root, chapter.file) : '';
      const source = abs && fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : '';
      map = new Map(mdxHeadings(source).map((h) => [h.slug, h.text]));
      cache.set(kapitel, map);
    }
    return map.get(anker);
  };
}
