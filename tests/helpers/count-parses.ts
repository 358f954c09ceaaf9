/**
 * Child-process entry: runs the check phase and the Astro build of a project in one process, as `npm run build`
 * does, and prints how many times a chapter was parsed (chapters/model.ts) as `PARSES <n>`.
 * Usage: node tests/helpers/count-parses.ts <project dir> <out dir> <cache dir>
 */
import path from 'node:path';
import { build } from 'astro';
import { useAstroState } from '../../src/astro-state.ts';
import { chapterParseCount } from '../../src/chapters/model.ts';
import { checkProject } from '../../src/pipeline.ts';
import { projectPaths } from '../../src/project.ts';

const [projectDir, outDir, cacheDir] = process.argv.slice(2);
if (!projectDir || !outDir || !cacheDir) throw new Error('usage: count-parses.ts <project> <outDir> <cacheDir>');

process.env.BERICHT_PROJEKT = path.resolve(projectDir);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
await checkProject(projectPaths(path.resolve(projectDir)));
console.log(`CHECK ${chapterParseCount()}`);
const release = await useAstroState(repoRoot, path.resolve(projectDir), { kind: 'bau' });
await build({ root: repoRoot, outDir: path.resolve(outDir), cacheDir: path.resolve(cacheDir), logLevel: 'warn' });
release();
console.log(`PARSES ${chapterParseCount()}`);
