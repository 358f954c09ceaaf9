import { hasErrors, ProblemError } from '../errors/problem.ts';
import { projectGeneration } from '../project-generation.ts';
import { projectPaths } from '../project.ts';
import { loadPublications, type Publication } from './load.ts';
import { pagePath } from '../site/address.ts';

export type { Chapter, Publication } from './load.ts';
export { STATUS, STATUS_LABEL, type Settings, type Status } from './settings-schema.ts';

let cached: { publications: Publication[]; root: string; generation: number } | null = null;

/** The publications of the current project, read once (again after a change under the dev server, or for another project). */
export function getPublications(): Publication[] {
  const paths = projectPaths();
  if (cached?.root === paths.root && cached.generation === projectGeneration()) return cached.publications;
  const { publications, problems } = loadPublications(paths);
  if (hasErrors(problems)) throw new ProblemError(problems.filter((p) => p.severity === 'fehler'));
  cached = { publications, root: paths.root, generation: projectGeneration() };
  return publications;
}

export function getPublication(slug: string): Publication | undefined {
  return getPublications().find((p) => p.slug === slug);
}

export function publicationSettings(slug: string) {
  return getPublication(slug)?.settings;
}

/** The publication a page belongs to, from the first segment of its path (`/sozialbericht-2025/…`). */
export function publicationForUrl(url: URL): Publication | undefined {
  const first = pagePath(url.pathname).split('/').filter(Boolean)[0];
  return first ? getPublication(decodeURIComponent(first)) : undefined;
}
