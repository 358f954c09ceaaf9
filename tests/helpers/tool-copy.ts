/**
 * A county's checkout of the tool for tests: the repository's files (tracked and new, not ignored) copied to a
 * temporary folder with node_modules linked, made a fresh git repository with one commit „Werkzeug“ on `main`.
 * Scripts run there as planners run them (`node scripts/<name>.ts`, project = the copy).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './build-fixture.ts';
import { isolatedGitEnv } from './git-repo.ts';
import { buildEnv } from './run-build.ts';

export interface ToolCopy {
  /** The checkout. */
  dir: string;
  git(...args: string[]): string;
  /** `node scripts/<name>.ts args` in the checkout; `project` sets BERICHT_PROJEKT (default: the checkout). */
  script(name: string, args?: string[], project?: string): { code: number | null; output: string };
  cleanup(): void;
}

export function copyTool(): ToolCopy {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-kreis-'));
  const dir = path.join(tmp, 'kreis');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(REPO_ROOT, file);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...isolatedGitEnv('2026-12-01T10:00:00Z') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Werkzeug');
  return {
    dir,
    git,
    script(name, args = [], project) {
      const env = buildEnv(dir);
      if (project) env.BERICHT_PROJEKT = project;
      else delete env.BERICHT_PROJEKT;
      const r = spawnSync(process.execPath, [path.join('scripts', `${name}.ts`), ...args], { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}
