/** The sources and glossary entries a publication really uses, sorted for their lists. */
import type { Publication } from '../publication/index.ts';
import { sortItems, type CslItem } from './bibliography.ts';
import { sortEntries, type GlossaryEntry } from './glossary.ts';
import { publicationMarks, publicationSources } from './sources.ts';

export function usedSources(publication: Publication): CslItem[] {
  const { bibliography } = publicationSources(publication);
  const keys = new Set(publicationMarks(publication).filter((m) => m.kind === 'zitat').map((m) => m.key));
  return sortItems([...keys].flatMap((k) => bibliography.get(k) ?? []));
}

export function usedTerms(publication: Publication): GlossaryEntry[] {
  const { glossary } = publicationSources(publication);
  const terms = new Set(publicationMarks(publication).filter((m) => m.kind === 'begriff').map((m) => m.key.toLowerCase()));
  return sortEntries([...terms].flatMap((t) => glossary.get(t) ?? []));
}
