import path from 'node:path';

/**
 * Where a report project lives: `content/` (what planners write) and `data/` (what they deliver).
 * The repository itself is the demo project; tests point BERICHT_PROJEKT at small fixture projects.
 */
export interface ProjectPaths {
  root: string;
  content: string;
  data: string;
}

export const PROJECT_ENV = 'BERICHT_PROJEKT';

export function projectPaths(root = process.env[PROJECT_ENV] ?? process.cwd()): ProjectPaths {
  const abs = path.resolve(root);
  return { root: abs, content: path.join(abs, 'content'), data: path.join(abs, 'data') };
}

/** Path relative to the project root with forward slashes, for messages. */
export function relativeToProject(paths: ProjectPaths, file: string): string {
  return path.relative(paths.root, file).split(path.sep).join('/');
}
