/**
 * Child-process entry for browser-site.ts: builds a project's website with the real pipeline (Astro, then the
 * Pagefind search index) — the same phase `npm run build` runs, without the PDFs.
 * Usage: node tests/helpers/browser-build.ts <project dir> <out dir>
 */
import path from 'node:path';
import { silentLogger } from '../../src/log.ts';
import { buildSite } from '../../src/pipeline.ts';
import { projectPaths } from '../../src/project.ts';

const [projectDir, outDir] = process.argv.slice(2);
if (!projectDir || !outDir) throw new Error('usage: browser-build.ts <project> <outDir>');
await buildSite({ paths: projectPaths(path.resolve(projectDir)), outDir: path.resolve(outDir), logger: silentLogger });
