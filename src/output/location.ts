/**
 * Where a build puts the website and the PDFs: `BERICHT_AUSGABE` (relative to the working folder) or `dist/` in
 * the project folder. `npm run build`, `npm run pdf`, `npm run preview` and astro.config.mjs all ask here.
 */
import path from 'node:path';
import type { ProjectPaths } from '../project.ts';

export const OUTPUT_ENV = 'BERICHT_AUSGABE';

export function outputDir(paths: Pick<ProjectPaths, 'root'>, env: Record<string, string | undefined> = process.env): string {
  const chosen = env[OUTPUT_ENV];
  return chosen ? path.resolve(chosen) : path.join(paths.root, 'dist');
}

/** The folder as the user knows it (`dist/`): relative to the working folder when inside it, with a final slash. */
export function shownDir(dir: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, dir);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
  return `${shown.split(path.sep).join('/')}/`;
}
