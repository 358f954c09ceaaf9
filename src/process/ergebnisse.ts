/** Stellungnahmen grouped for the Abwägungstabelle: counts per result, and by chapter and section in reading order. */
import type { Publication } from '../publication/load.ts';
import { ERGEBNISSE, ERGEBNIS_LABEL, type Ergebnis } from './schemas/stellungnahmen.ts';
import type { Stellungnahme } from './types.ts';

export { ERGEBNIS_LABEL, ERGEBNISSE, type Ergebnis };

export function countByErgebnis(list: readonly Stellungnahme[]): Record<Ergebnis, number> {
  const counts = Object.fromEntries(ERGEBNISSE.map((e) => [e, 0])) as Record<Ergebnis, number>;
  for (const s of list) counts[s.ergebnis]++;
  return counts;
}

export interface AbwaegungGroup {
  /** `kapitel#anker`, `kapitel`, or '' for unknown sections. */
  key: string;
  /** Chapter title (and section), or „Ohne Abschnitt“. */
  titel: string;
  kapitel: string | null;
  anker: string | null;
  items: Stellungnahme[];
}

/** The publication's statements grouped by section, chapters in publication order, numbers ascending. */
export function groupBySection(publication: Publication, list: readonly Stellungnahme[], headingTitle: (kapitel: string, anker: string) => string | undefined): AbwaegungGroup[] {
  const mine = list.filter((s) => s.publikation === publication.slug);
  const order = new Map(publication.chapters.map((c, i) => [c.slug, i]));
  const groups = new Map<string, AbwaegungGroup>();
  for (const s of mine) {
    const key = s.kapitel ? (s.anker ? `${s.kapitel}#${s.anker}` : s.kapitel) : '';
    let g = groups.get(key);
    if (!g) {
      const chapter = publication.chapters.find((c) => c.slug === s.kapitel);
      const section = s.kapitel && s.anker ? headingTitle(s.kapitel, s.anker) : undefined;
      const titel = chapter ? (section ? `${chapter.frontmatter.titel}: ${section}` : chapter.frontmatter.titel) : 'Ohne Abschnitt';
      groups.set(key, (g = { key, titel, kapitel: s.kapitel, anker: s.anker, items: [] }));
    }
    g.items.push(s);
  }
  const rank = (g: AbwaegungGroup) => (g.kapitel === null ? Number.MAX_SAFE_INTEGER : (order.get(g.kapitel) ?? 0));
  const num = (s: Stellungnahme) => Number(s.nr) || 0;
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b) || Math.min(...a.items.map(num)) - Math.min(...b.items.map(num)))
    .map((g) => ({ ...g, items: g.items.sort((a, b) => num(a) - num(b)) }));
}
