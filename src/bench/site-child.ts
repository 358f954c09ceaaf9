/**
 * Child process of the benchmark: one site build (Astro + Pagefind) of a project, timed from inside.
 *   node src/bench/site-child.ts <project> <outDir> <astroCacheDir>
 * The parent chooses the chart cache folder through BERICHT_DIAGRAMME_CACHE.
 */
import path from 'node:path';
import { formatCacheStats, sharedCacheStats } from '../charts/cache.ts';
import { silentLogger } from '../log.ts';
import { buildSite } from '../pipeline.ts';
import { projectPaths } from '../project.ts';
import { reportResult } from './child.ts';

const [project, outDir, cacheDir] = process.argv.slice(2);
if (!project || !outDir || !cacheDir) throw new Error('usage: site-child.ts <project> <outDir> <cacheDir>');
const start = performance.now();
await buildSite({ paths: projectPaths(project), outDir: path.resolve(outDir), cacheDir: path.resolve(cacheDir), logger: silentLogger });
const seconds = (performance.now() - start) / 1000;
const stats = sharedCacheStats();
reportResult({ seconds, ...stats, text: formatCacheStats(stats) });
