/**
 * Child-process entry for build-fixture.ts: builds the site of a fixture project with Astro's programmatic API.
 * Usage: node tests/helpers/astro-build.ts <fixture dir> <out dir> <cache dir>
 * Runs in its own process so that vitest's NODE_ENV=test and module cache cannot leak into the Astro build.
 */
import path from 'node:path';
import { build } from 'astro';
import { useAstroState } from '../../src/astro-state.ts';

const [fixtureDir, outDir, cacheDir] = process.argv.slice(2);
if (!fixtureDir || !outDir || !cacheDir) throw new Error('usage: astro-build.ts <fixture> <outDir> <cacheDir>');

process.env.BERICHT_PROJEKT = path.resolve(fixtureDir);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const release = await useAstroState(repoRoot, path.resolve(fixtureDir), { kind: 'bau' });
await build({ root: repoRoot, outDir: path.resolve(outDir), cacheDir: path.resolve(cacheDir), logLevel: 'warn' });
release();
