/**
 * Astro keeps generated files in `<tool>/.astro/` (types, and a list of the content modules it loads). They
 * belong to one project: building or previewing another one (a test fixture, the benchmark, a second county)
 * with the leftovers of the last makes Astro load chapters that are not there. So the folder remembers whose
 * it is and is emptied when the project changes. Astro's cache folder (content layer data store) is the
 * project's own anyway (project-cache.ts); claiming marks it and clears those of vanished projects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { astroCacheDir, claimCacheFolder } from './project-cache.ts';

export function claimAstroState(appRoot: string, projectRoot: string): void {
  claimCacheFolder(astroCacheDir(appRoot, projectRoot), projectRoot);
  const dir = path.join(appRoot, '.astro');
  const marker = path.join(dir, 'sozialbericht-projekt.txt');
  const owner = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : null;
  if (owner === projectRoot) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(marker, projectRoot);
}
