/** A copy of a fixture project with extra or replaced files, and `npm run check` run on it (warnings and errors, then the rest; exit code). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');

export function projectWith(fixture: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapitel-'));
  fs.cpSync(path.join(repo, 'tests/fixtures', fixture), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export function runCheck(project: string, args: string[] = []): { code: number; output: string } {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: repo,
    env: { ...process.env, BERICHT_PROJEKT: project },
    encoding: 'utf8',
  });
  return { code: r.status ?? 1, output: r.stderr + r.stdout };
}
