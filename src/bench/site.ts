/**
 * Site builds of the synthetic project, each in its own process (like `npm run build`): cold (no chart cache, no
 * Astro cache, no dist), warm (nothing changed), after editing one chapter, and the floor (charts replaced by
 * placeholders through the benchmark switch of src/charts/figure.ts, from a cold Astro cache like the cold build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR_ENV } from '../charts/cache.ts';
import { PLACEHOLDER_ENV } from '../charts/figure.ts';
import { appRoot } from '../pipeline.ts';
import { runChild } from './child.ts';

export interface SiteRun {
  seconds: number;
  hits: number;
  misses: number;
  text: string;
}

export interface SiteFolders {
  project: string;
  dist: string;
  astroCache: string;
  /** The chart cache of these builds (BERICHT_DIAGRAMME_CACHE), apart from the tool's own. */
  chartCache: string;
}

export function siteFolders(work: string, project: string, name: string): SiteFolders {
  return {
    project,
    dist: path.join(work, `dist-${name}`),
    astroCache: path.join(work, `astro-cache-${name}`),
    chartCache: path.join(work, `diagramme-${name}`),
  };
}

/** Empties the chart cache, the Astro cache and the output of these folders. */
export function makeCold(f: SiteFolders): void {
  for (const dir of [f.chartCache, f.astroCache, f.dist]) fs.rmSync(dir, { recursive: true, force: true });
}

export function buildSiteChild(f: SiteFolders, opts: { placeholders?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<SiteRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    [CACHE_DIR_ENV]: f.chartCache,
  };
  delete env['BERICHT_AUSGABE'];
  delete env['VITEST'];
  delete env[PLACEHOLDER_ENV];
  if (opts.placeholders) env[PLACEHOLDER_ENV] = '1';
  // The working folder is the tool's: Astro's prerendered chunks resolve the tool's packages from there.
  return runChild<SiteRun>('site-child.ts', [f.project, f.dist, f.astroCache], { cwd: appRoot(), env });
}
