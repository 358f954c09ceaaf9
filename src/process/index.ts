/**
 * The planning process for the components: `getProcess()` loads data/beteiligung, data/strategie and
 * data/stellungnahmen once per project and stops the build on errors (the check names them first).
 */
import { getStore } from '../data/index.ts';
import { hasErrors, ProblemError } from '../errors/problem.ts';
import { projectGeneration } from '../project-generation.ts';
import { projectPaths, type ProjectPaths } from '../project.ts';
import { getPublications } from '../publication/index.ts';
import { loadProcess } from './check.ts';
import type { ProcessData } from './types.ts';

export { checkProcess, loadProcess } from './check.ts';
export { PHASE_LABEL, PHASEN, isPhase, type Phase } from './phases.ts';
export type * from './types.ts';

const cache = new Map<string, { data: ProcessData; generation: number }>();

/** Loaded once per project root; reloaded when the dev server saw a change to the planners' files. */
export function getProcess(paths: ProjectPaths = projectPaths()): ProcessData {
  const cached = cache.get(paths.root);
  if (cached && cached.generation === projectGeneration()) return cached.data;
  const r = loadProcess(paths, { store: getStore(paths), publications: getPublications() });
  if (hasErrors(r.problems)) throw new ProblemError(r.problems.filter((p) => p.severity === 'fehler'));
  cache.set(paths.root, { data: r.data, generation: projectGeneration() });
  return r.data;
}

export function resetProcessCache(): void {
  cache.clear();
}
