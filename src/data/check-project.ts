/**
 * Phase „check“ for data: all problems in data/ and in chapters' references to it, for src/pipeline.ts.
 * When the data has errors, rows were left out of the store, so „no value for year …“ in a chapter is most
 * likely a consequence: those reference problems wait until the data is fixed; unknown ids are still reported.
 */
import { hasErrors, sortProblems, type Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import { checkData } from './check.ts';
import { checkChapterReferences } from './references/chapter-references.ts';
import { checkKennzahlenReferences } from './references/kennzahlen-references.ts';

const CONSEQUENTIAL = new Set(['verweis-jahr-ohne-wert', 'verweis-jahre-ohne-wert']);

export function checkProjectData(paths: ProjectPaths): Problem[] {
  const { store, problems } = checkData(paths);
  let references = [...checkChapterReferences(paths, store), ...checkKennzahlenReferences(paths, store)];
  if (hasErrors(problems)) references = references.filter((p) => !CONSEQUENTIAL.has(p.code));
  return sortProblems([...problems, ...references]);
}
