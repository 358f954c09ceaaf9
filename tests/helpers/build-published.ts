/**
 * Builds a project with `npm run build` as a county would (check → site → PDFs), with the flags of the README:
 * `--projekt`, `--ausgabe`, `--adresse`. In a child process with a clean environment: no CI variables, so the
 * address is the one given.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './build-fixture.ts';

const run = promisify(execFile);

export interface PublishedBuild {
  dist: string;
  seconds: number;
  log: string;
  cleanup(): void;
}

export async function buildPublished(project: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<PublishedBuild> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-publish-'));
  const dist = path.join(tmp, 'dist');
  // its own content-layer cache, so a temporary project never mixes into the demo's
  const clean: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', BERICHT_ASTRO_CACHE: path.join(tmp, 'cache'), ...env };
  for (const k of ['BERICHT_AUSGABE', 'BERICHT_ADRESSE', 'BERICHT_VORSCHAU', 'BERICHT_PROJEKT', 'BERICHT_ARCHIV', 'VITEST', 'GITLAB_CI', 'CI_PAGES_URL', 'GITHUB_ACTIONS', 'GITHUB_REPOSITORY']) {
    if (!(k in env)) delete clean[k];
  }
  const started = performance.now();
  try {
    const r = await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.ts'), '--projekt', project, '--ausgabe', dist, ...args], {
      cwd: REPO_ROOT,
      env: clean,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { dist, seconds: (performance.now() - started) / 1000, log: r.stdout + r.stderr, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`npm run build of ${project} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
}
