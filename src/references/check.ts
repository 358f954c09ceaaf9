/**
 * Check phase for everything the print version refers to: `<Verweis ziel>` targets, duplicate `marke`s,
 * `<Zitat quelle>` keys, `<Begriff>` terms, the bibliography and glossary files, the cover logo, and every link
 * target planners write (link-check.ts).
 * Every problem names file:line:column of the offending value. Called from src/pipeline.ts checkProject.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lineIndex } from '../data/read/positions.ts';
import { closest } from '../data/similar.ts';
import { referenceErrors } from '../errors/print.ts';
import type { Location, Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/index.ts';
import { logoDataUrl } from '../print/logo.ts';
import { yamlKeyLocation } from '../process/yaml-location.ts';
import { projectFile } from '../publication/project-file.ts';
import { checkLinks } from './link-check.ts';
import { publicationItems } from './registry.ts';
import { publicationMarks, publicationSources } from './sources.ts';

export function checkReferences(paths: ProjectPaths, publications: readonly Publication[]): Problem[] {
  const problems: Problem[] = [];
  const positions = new Map<string, (offset: number) => { line: number; column: number }>();
  const at = (file: string, offset: number): Location => {
    let pos = positions.get(file);
    if (!pos) {
      pos = lineIndex(fs.readFileSync(path.join(paths.root, file), 'utf8'));
      positions.set(file, pos);
    }
    return { file, ...pos(offset) };
  };
  const reportedFiles = new Set<string>();
  for (const publication of publications) {
    const items = publicationItems(publication, paths.root);
    const marken = new Map<string, string>();
    for (const item of items) {
      if (!item.marke) continue;
      const first = marken.get(item.marke);
      if (first) problems.push(referenceErrors.duplicateMarke(at(item.file, item.markeOffset ?? item.offset), item.marke, first));
      else marken.set(item.marke, item.file);
    }
    const sources = publicationSources(publication, paths.root);
    for (const err of [sources.bibliographyError, sources.glossaryError]) {
      if (!err || reportedFiles.has(err.file)) continue;
      reportedFiles.add(err.file);
      const { message, ...loc } = err;
      problems.push(err === sources.bibliographyError ? referenceErrors.badBibliography(loc, message) : referenceErrors.badGlossary(loc, message));
    }
    for (const mark of publicationMarks(publication, paths.root)) {
      const loc = at(mark.file, mark.offset);
      if (mark.kind === 'verweis' && !marken.has(mark.key)) {
        // the target may be in a chapter that cannot be parsed; its syntax error says so once
        if (publication.unreadable?.length) continue;
        problems.push(referenceErrors.unknownTarget(loc, mark.key, [...marken.keys()], closest(mark.key, marken.keys())));
      } else if (mark.kind === 'zitat' && !sources.bibliography.has(mark.key) && !sources.bibliographyError) {
        problems.push(referenceErrors.unknownSource(loc, mark.key, sources.bibliographyFile, closest(mark.key, sources.bibliography.keys())));
      } else if (mark.kind === 'begriff' && !sources.glossary.has(mark.key.toLowerCase()) && !sources.glossaryError) {
        const terms = [...sources.glossary.values()].map((e) => e.begriff);
        problems.push(referenceErrors.unknownTerm(loc, mark.key, sources.glossaryFile, closest(mark.key, terms)));
      }
    }
    const logo = publication.settings.logo;
    if (logo) {
      const found = projectFile(paths.content, path.join(paths.content, publication.slug), logo);
      const at = yamlKeyLocation(paths, publication.slug, 'logo');
      if (!found.ok && found.reason !== 'fehlt') problems.push(referenceErrors.logoOutside(at, logo, found.reason));
      else if (!logoDataUrl(paths.content, path.join(paths.content, publication.slug), logo)) problems.push(referenceErrors.logoMissing(at, logo));
    }
  }
  problems.push(...checkLinks(paths));
  return problems;
}
