/** A copy of a fixture project with extra or replaced files, and `npm run check` run on it (output and exit code). */
import { execFileSync } from 'node:child_process';
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
  try {
    const stdout = execFileSync(process.execPath, ['scripts/check.ts', ...args], {
      cwd: repo,
      env: { ...process.env, BERICHT_PROJEKT: project },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: err.stdout + err.stderr };
  }
}
