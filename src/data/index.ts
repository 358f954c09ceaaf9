/**
 * The data layer's public API. Components call `getStore()`; the check command calls `checkData()` and
 * `checkChapterReferences()` and prints the problems.
 */
import { hasErrors, ProblemError } from '../errors/problem.ts';
import { projectGeneration } from '../project-generation.ts';
import { projectPaths, type ProjectPaths } from '../project.ts';
import { checkData } from './check.ts';
import { byStamp, forgetAll } from './shared-cache.ts';
import type { DataStore } from './types.ts';

export { checkData, type CheckResult } from './check.ts';
export { checkChapterReferences, DATA_COMPONENTS } from './references/chapter-references.ts';
export { tabelleView, wertView, gebieteLabel, type BindOptions, type TabelleView, type TableCellView, type WertView } from './bind.ts';
export { formatCell, formatNumber, parseIds, parseYears, PropError, unitLabel, withUnit, PERCENT_SPACE, UNIT_SPACE } from './format.ts';
export { DEFAULT_MINDESTFALLZAHL, isCount } from './confidentiality.ts';
export { legendFor, parseSymbol, SYMBOL_LEGEND, TABLE_SYMBOLS } from './symbols.ts';
export { yearRanges } from './years.ts';
export type * from './types.ts';

/**
 * The validated data of the project, loaded once per process (per project root) and shared with every other
 * copy of this module (Astro's bundle reuses what the check phase loaded). Reloaded when a data file changes
 * (size, time or inode) or the dev server bumps the project generation. Throws a ProblemError with all errors if
 * any file has one: the build must not publish from broken data. Warnings are left to the check.
 */
export function getStore(paths: ProjectPaths = projectPaths()): DataStore {
  const cached = byStamp(paths.root, paths.data, projectGeneration());
  const result = cached ?? checkData(paths);
  if (hasErrors(result.problems)) throw new ProblemError(result.problems.filter((p) => p.severity === 'fehler'));
  return result.store;
}

/** Forget loaded data (tests, dev server after a data change). */
export function resetStoreCache(): void {
  forgetAll();
}
