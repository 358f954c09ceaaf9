/**
 * data/stellungnahmen/*.csv → statements tied to a publication and a section of it.
 *
 * Which publication: the column `publikation` if given, else a publication that has the chapter named in
 * `abschnitt` (publications of `art: strategie` first; one whose chapter has the anchor wins). The chapter may be written as its address segment
 * (`massnahmen`) or as its file name without `.mdx` (`04-massnahmen`); an anchor after `#` must be one of the
 * chapter's heading anchors. Unknown chapters and anchors are warnings: the statement still appears, under
 * „Ohne Abschnitt“ or under its chapter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { processErrors } from '../errors/process.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { closest } from '../data/similar.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/load.ts';
import { chapterModel } from '../chapters/model.ts';
import { chapterHeadings } from './headings.ts';
import { csvFilesIn, readTable } from './read.ts';
import { STELLUNGNAHMEN_COLUMNS, stellungnahmeRow } from './schemas/stellungnahmen.ts';
import type { Stellungnahme } from './types.ts';

/** Anchors per chapter file, read once per check. */
function anchorsOf(paths: ProjectPaths, file: string, cache: Map<string, string[]>): string[] {
  let anchors = cache.get(file);
  if (!anchors) {
    const abs = path.join(paths.root, file);
    anchors = fs.existsSync(abs) ? chapterHeadings(chapterModel(paths.root, file)).map((h) => h.slug) : [];
    cache.set(file, anchors);
  }
  return anchors;
}

const chapterName = (file: string) => path.basename(file).replace(/\.mdx$/, '');

export function validateStellungnahmen(paths: ProjectPaths, publications: readonly Publication[], problems: Problem[]): Stellungnahme[] {
  const out: Stellungnahme[] = [];
  const anchors = new Map<string, string[]>();
  for (const file of csvFilesIn(paths, 'stellungnahmen')) {
    const t = readTable(paths, file, stellungnahmeRow, STELLUNGNAHMEN_COLUMNS, problems);
    const nrs = new Map<string, Location>();
    for (const row of t.rows) {
      const d = row.data;
      if (nrs.has(d.nr)) problems.push(processErrors.duplicateNr(row.at('nr'), d.nr));
      else nrs.set(d.nr, row.at('nr'));
      const at = t.contentAt(row.at('abschnitt'));
      const [kapitelText = '', ankerText] = d.abschnitt.split('#', 2).map((s) => s.trim());
      let candidates = publications;
      if (d.publikation) {
        candidates = publications.filter((p) => p.slug === d.publikation);
        if (candidates.length === 0) {
          problems.push(processErrors.unknownPublication(row.at('publikation'), d.publikation, closest(d.publikation, publications.map((p) => p.slug))));
        }
      }
      let publikation: string | null = candidates.length === 1 ? candidates[0]!.slug : null;
      let kapitel: string | null = null;
      let anker: string | null = null;
      let chapterFile: string | null = null;
      // Strategies first (statements are usually on the strategy draft); among those with the chapter, one whose
      // chapter has the anchor wins.
      const hits = [...candidates]
        .sort((a, b) => Number(b.settings.art === 'strategie') - Number(a.settings.art === 'strategie'))
        .flatMap((p) => p.chapters.filter((ch) => ch.slug === kapitelText || chapterName(ch.file) === kapitelText).map((c) => ({ p, c })));
      const hit = hits.find(({ c }) => ankerText && anchorsOf(paths, c.file, anchors).includes(ankerText)) ?? hits[0];
      if (hit) {
        publikation = hit.p.slug;
        kapitel = hit.c.slug;
        chapterFile = hit.c.file;
      }
      if (!kapitel) {
        const all = candidates.flatMap((p) => p.chapters.map((c) => c.slug));
        // a chapter with a syntax error is not in the publication yet; its syntax error says so once
        const unreadable = candidates.some((p) => p.unreadable?.some((u) => u.slug === kapitelText || chapterName(u.file) === kapitelText));
        if (!unreadable) problems.push(processErrors.unknownChapter(at, kapitelText, closest(kapitelText, all)));
      } else if (ankerText) {
        const known = anchorsOf(paths, chapterFile!, anchors);
        if (known.includes(ankerText)) anker = ankerText;
        else problems.push(processErrors.unknownAnchor({ ...at, column: at.column + kapitelText.length + 1 }, ankerText, kapitel, closest(ankerText, known)));
      }
      out.push({
        nr: d.nr,
        eingang: d.eingang,
        institution: d.institution,
        abschnitt: d.abschnitt,
        publikation,
        kapitel,
        anker,
        stellungnahme: d.stellungnahme,
        abwaegung: d.abwaegung,
        ergebnis: d.ergebnis,
        source: row.at('nr'),
      });
    }
  }
  return out;
}
