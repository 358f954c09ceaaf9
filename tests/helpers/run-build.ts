/**
 * Runs `npm run build` (node scripts/build.ts) for a project in a child process, as planners do, and copies of
 * fixture projects to build. Also hashes every file of a folder, to prove a failed build changed nothing, and
 * starts `npm run dev` on a project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './build-fixture.ts';

export interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Environment for a build of `project`: no vitest, no inherited output folder. */
export function buildEnv(project: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BERICHT_PROJEKT: project, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra };
  delete env.VITEST;
  if (!extra.BERICHT_AUSGABE) delete env.BERICHT_AUSGABE;
  return env;
}

/**
 * Starts the build; `onOutput` sees the output so far after each chunk and may kill the process.
 * Resolves when the process has ended.
 */
export function runBuild(
  project: string,
  extra: Record<string, string> = {},
  onOutput?: (output: string, child: ReturnType<typeof spawn>) => void,
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.ts')], { cwd: REPO_ROOT, env: buildEnv(project, extra) });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      onOutput?.(output, child);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** A copy of tests/fixtures/<name> in a new temporary folder; returns the project folder. */
export function copyFixture(name: string, into = fs.mkdtempSync(path.join(os.tmpdir(), `bericht-${name}-`))): string {
  const project = path.join(into, name);
  fs.cpSync(path.join(REPO_ROOT, 'tests', 'fixtures', name), project, { recursive: true });
  return project;
}

/** sha256 of every file below `dir`, by path relative to it (sorted). */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out[rel.split(path.sep).join('/')] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

export interface DevServer {
  process: ChildProcess;
  /** `http://localhost:<port>` once it listens. */
  origin: string;
}

/** Starts `npm run dev` (node scripts/dev.ts) on `project`; resolves once it says where it listens. */
export function startDev(project: string): Promise<DevServer> {
  const child = spawn(process.execPath, ['scripts/dev.ts'], { cwd: REPO_ROOT, env: buildEnv(project, { NODE_ENV: 'development' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Vorschau läuft: (http:\/\/localhost:\d+)\//.exec(output);
      if (m) resolve({ process: child, origin: m[1]! });
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`npm run dev endete (${code}):\n${output}`)));
  });
}
