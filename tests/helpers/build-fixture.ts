/**
 * Builds the website of a fixture project (tests/fixtures/<name>/) into a temporary folder and returns where.
 * The fixture gets its own content-layer cache so the demo content of the repository never mixes in.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuiltFixture {
  /** The fixture project folder (content/, data/). */
  project: string;
  /** The built site. */
  dist: string;
  /** Temporary folder holding dist/ and the cache; remove it with `cleanup()`. */
  tmp: string;
  seconds: number;
  cleanup(): void;
}

export async function buildFixture(name: string): Promise<BuiltFixture> {
  const project = path.join(REPO_ROOT, 'tests', 'fixtures', name);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bericht-${name}-`));
  const dist = path.join(tmp, 'dist');
  const start = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, BERICHT_PROJEKT: project, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.BERICHT_AUSGABE;
  delete env.VITEST;
  try {
    await run(process.execPath, [path.join(REPO_ROOT, 'tests', 'helpers', 'astro-build.ts'), project, dist, path.join(tmp, 'cache')], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    throw new Error(`Astro build of fixture ${name} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
  return {
    project,
    dist,
    tmp,
    seconds: (performance.now() - start) / 1000,
    cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}
