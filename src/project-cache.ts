/**
 * Where the tool keeps what it caches on disk. Every cache belongs to exactly one project: its folder is named for
 * the project's root (folder name plus a hash of the absolute path), so building another project — a test
 * fixture, a second county, a copy in a temporary folder — never reads what was cached for this one. Inside its
 * folder each cache keys its entries by content (Astro: a digest per chapter; charts: chartKey()).
 *
 *   <tool>/node_modules/.astro/<projekt>-<hash>/                      Astro's cacheDir (content layer data store, Vite)
 *   <cwd>/node_modules/.cache/bericht-diagramme/<projekt>-<hash>/     finished chart SVGs (charts/cache.ts)
 *   <tool>/.astro/                                                    Astro's generated types; cannot be moved, so
 *                                                                     astro-state.ts empties it when the project changes
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** `mini-3f2a…`: readable in a folder listing, unique per absolute project root. */
export function projectCacheKey(projectRoot: string): string {
  const abs = path.resolve(projectRoot);
  const name = path.basename(abs).replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'projekt';
  return `${name}-${createHash('sha256').update(abs).digest('hex').slice(0, 16)}`;
}

/** Astro's cacheDir for this project (set in astro.config.mjs, so build, dev server and `astro check` all use it). */
export function astroCacheDir(toolRoot: string, projectRoot: string): string {
  return path.join(toolRoot, 'node_modules', '.astro', projectCacheKey(projectRoot));
}

const OWNER_FILE = 'projekt.txt';

/**
 * Marks `dir` as the cache of `projectRoot` and removes the caches beside it whose project folder is gone (test
 * projects in temporary folders, a moved project), so that the per-project folders do not pile up.
 * Folders without a mark (the benchmark's, older ones) are left alone.
 */
export function claimCacheFolder(dir: string, projectRoot: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const owner = path.join(dir, OWNER_FILE);
  if (!fs.existsSync(owner)) fs.writeFileSync(owner, path.resolve(projectRoot));
  const parent = path.dirname(dir);
  for (const name of fs.readdirSync(parent)) {
    const other = path.join(parent, name);
    if (other === dir) continue;
    let root: string;
    try {
      root = fs.readFileSync(path.join(other, OWNER_FILE), 'utf8');
    } catch {
      continue;
    }
    if (!fs.existsSync(root)) fs.rmSync(other, { recursive: true, force: true });
  }
}
