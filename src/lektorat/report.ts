/**
 * The Lektorat's findings arranged for the authors' report page (report-page.ts): one table per publication, one
 * row per chapter in the publication's order, and the chapters that belong to no publication at the end.
 */
import type { Publication } from '../publication/load.ts';
import type { ChapterSummary } from './check.ts';

/** Where `npm run dev` serves the report page (src/integration/lektorat-page.ts); no page of the built site. */
export const REPORT_PATH = '/_lektorat/';

export interface ReportChapter {
  /** Anchor on the report page, also the target of the dev server's „Lektorat“ link of a chapter page. */
  id: string;
  titel: string;
  summary: ChapterSummary;
}

export interface ReportGroup {
  titel: string;
  chapters: ReportChapter[];
}

/** The anchor of a chapter on the report page: `lektorat-<publikation>-<kapitel>`. */
export function reportAnchor(publication: string, chapter: string): string {
  return `lektorat-${publication}-${chapter}`;
}

export function lektoratReport(summaries: readonly ChapterSummary[], publications: readonly Publication[]): ReportGroup[] {
  const byFile = new Map(summaries.map((s) => [s.file, s]));
  const groups: ReportGroup[] = [];
  for (const pub of publications) {
    const chapters: ReportChapter[] = [];
    for (const chapter of pub.chapters) {
      const summary = byFile.get(chapter.file);
      if (!summary) continue;
      byFile.delete(chapter.file);
      chapters.push({ id: reportAnchor(pub.slug, chapter.slug), titel: chapter.frontmatter.titel, summary });
    }
    if (chapters.length > 0) groups.push({ titel: pub.settings.titel, chapters });
  }
  const rest = [...byFile.values()];
  if (rest.length > 0) {
    groups.push({
      titel: 'Weitere Kapitel (ohne gültige Publikation)',
      chapters: rest.map((s) => ({ id: `lektorat-${s.file.replace(/[^A-Za-z0-9-]+/g, '-')}`, titel: s.file, summary: s })),
    });
  }
  return groups;
}
