/** The title of a heading in a chapter, from its anchor (for the Abwägungstabelle's group headings). */
import { chapterModel } from '../chapters/model.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/load.ts';
import { chapterHeadings } from './headings.ts';

export function sectionTitles(paths: ProjectPaths, publication: Publication): (kapitel: string, anker: string) => string | undefined {
  const cache = new Map<string, Map<string, string>>();
  return (kapitel, anker) => {
    let map = cache.get(kapitel);
    if (!map) {
      const chapter = publication.chapters.find((c) => c.slug === kapitel);
      map = new Map(chapter ? chapterHeadings(chapterModel(paths.root, chapter.file)).map((h) => [h.slug, h.text]) : []);
      cache.set(kapitel, map);
    }
    return map.get(anker);
  };
}
