/**
 * Where each indicator is used: which chapters of which publications name it in a data component.
 * Feeds the indicator appendix ("verwendet in …").
 */
import { componentUses } from '../chapters/components.ts';
import { chapterModel } from '../chapters/model.ts';
import type { Publication } from '../publication/load.ts';
import type { ProjectPaths } from '../project.ts';
import { DATA_COMPONENTS } from './references/chapter-references.ts';

export interface IndicatorUse {
  publication: Publication;
  chapter: Publication['chapters'][number];
}

export function indicatorUsage(paths: ProjectPaths, publications: readonly Publication[]): Map<string, IndicatorUse[]> {
  const usage = new Map<string, IndicatorUse[]>();
  for (const publication of publications) {
    for (const chapter of publication.chapters) {
      const ids = new Set<string>();
      for (const use of componentUses(chapterModel(paths.root, chapter.file), DATA_COMPONENTS)) {
        const attr = use.attrs.get('indikator');
        if (attr?.kind === 'text') ids.add(attr.value.trim());
      }
      for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), { publication, chapter }]);
    }
  }
  return usage;
}
