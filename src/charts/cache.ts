/**
 * Disk cache of finished SVGs, keyed by `chartKey()` (sha256 of spec with data values, labels, locale, vega and
 * vega-lite versions and our code version). A rebuild with unchanged data renders no chart at all; the
 * counters say so in tests and in the build log. Identical charts within one run are rendered once.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { projectPaths } from '../project.ts';
import { claimCacheFolder, projectCacheKey } from '../project-cache.ts';
import { pooledRender } from './pool.ts';
import { chartKey, renderSvg, type RenderInput, type VegaWarn } from './render.ts';

export interface CacheStats {
  /** Charts taken from memory or disk. */
  hits: number;
  /** Charts rendered. */
  misses: number;
}

export interface ChartCache {
  /** The SVG for this input: from memory, from disk, or rendered and stored. */
  svg(input: RenderInput, warn?: VegaWarn): Promise<string>;
  /** Resolves with `pending`; meanwhile this thread draws charts that wait for a drawing thread (pool.ts). */
  whileWaiting<T>(pending: Promise<T>): Promise<T>;
  stats(): CacheStats;
  /** null when the cache keeps nothing on disk. */
  readonly dir: string | null;
}

export interface ChartCacheOptions {
  /** Folder for the SVG files; null keeps them in memory only. */
  dir: string | null;
  /** The renderer, replaceable in tests. */
  render?: (input: RenderInput, warn?: VegaWarn) => Promise<string>;
  /** Draws waiting charts on this thread until the promise settles (PooledRender.help). */
  help?: (until: Promise<unknown>) => Promise<void>;
}

/** Overrides the cache folder (the benchmark keeps its synthetic charts apart from the project's). */
export const CACHE_DIR_ENV = 'BERICHT_DIAGRAMME_CACHE';

/**
 * `<base>/node_modules/.cache/bericht-diagramme/<projekt>-<hash>/`: one folder per project (project-cache.ts), so a
 * chart drawn for one project is never taken for another. `BERICHT_DIAGRAMME_CACHE` names the folder itself (the
 * benchmark owns its own).
 */
export function defaultCacheDir(projectRoot: string, base: string = process.cwd()): string {
  return process.env[CACHE_DIR_ENV] || path.join(base, 'node_modules', '.cache', 'bericht-diagramme', projectCacheKey(projectRoot));
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes via a temporary file and rename, so a parallel build never reads half a file. */
async function writeAtomic(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(tmp, text, 'utf8');
  await fs.rename(tmp, file);
}

export function createChartCache(opts: ChartCacheOptions): ChartCache {
  const render = opts.render ?? renderSvg;
  const memory = new Map<string, Promise<string>>();
  const stats: CacheStats = { hits: 0, misses: 0 };

  async function load(key: string, input: RenderInput, warn?: VegaWarn): Promise<string> {
    const file = opts.dir ? path.join(opts.dir, `${key}.svg`) : null;
    const stored = file ? await readIfExists(file) : undefined;
    if (stored !== undefined) {
      stats.hits++;
      return stored;
    }
    stats.misses++;
    const svg = await render(input, warn);
    if (file) await writeAtomic(file, svg).catch(() => {}); // a cache that cannot be written only costs time
    return svg;
  }

  return {
    dir: opts.dir,
    stats: () => ({ ...stats }),
    async whileWaiting(pending) {
      await opts.help?.(pending);
      return pending;
    },
    svg(input, warn) {
      const key = chartKey(input);
      const known = memory.get(key);
      if (known) {
        stats.hits++;
        return known;
      }
      const pending = load(key, input, warn);
      memory.set(key, pending);
      pending.catch(() => memory.delete(key));
      return pending;
    },
  };
}

const SHARED = Symbol.for('bericht.diagramme.cache');
type Shared = { [SHARED]?: Map<string, ChartCache> };

/**
 * One cache per project folder and process, shared by all components of a build (kept on globalThis because Astro
 * may load this module more than once). Misses are drawn on worker threads (pool.ts). `sharedCacheStats()` reads its counters for the build log.
 */
export function sharedChartCache(projectRoot: string = projectPaths().root): ChartCache {
  const g = globalThis as Shared;
  const all = (g[SHARED] ??= new Map());
  const dir = defaultCacheDir(projectRoot);
  let cache = all.get(dir);
  if (!cache) {
    if (!process.env[CACHE_DIR_ENV]) {
      try {
        claimCacheFolder(dir, projectRoot);
      } catch {
        // a cache folder that cannot be written only costs time
      }
    }
    const render = pooledRender();
    cache = createChartCache({ dir, render, help: render.help });
    all.set(dir, cache);
  }
  return cache;
}

/** Counters of all shared caches of this process, e.g. for the build log. */
export function sharedCacheStats(): CacheStats {
  const all = (globalThis as Shared)[SHARED];
  const sum: CacheStats = { hits: 0, misses: 0 };
  for (const c of all?.values() ?? []) {
    const s = c.stats();
    sum.hits += s.hits;
    sum.misses += s.misses;
  }
  return sum;
}

/** `Diagramme: 2 neu gezeichnet, 14 aus dem Zwischenspeicher.` */
export function formatCacheStats(s: CacheStats): string {
  return `Diagramme: ${s.misses} neu gezeichnet, ${s.hits} aus dem Zwischenspeicher.`;
}
