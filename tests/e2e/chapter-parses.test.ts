/**
 * Every chapter is parsed once per build: the check phase, the MDX guard, figure numbers, marks, headings and the
 * indicator appendix of the rendered pages all read the same model (chapters/model.ts).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const MINI = path.join(REPO, 'tests/fixtures/mini');

describe('ein Kapitelmodell je Build', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parses-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('liest jedes Kapitel des Projekts genau einmal, von der Prüfung bis zur letzten Seite', async () => {
    // tests/fixtures/mini: mini-bericht has 3 chapters, mini-beschluss 1
    const chapters = 4;
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
    delete env.VITEST;
    const { stdout } = await promisify(execFile)(process.execPath, ['tests/helpers/count-parses.ts', MINI, path.join(tmp, 'dist'), path.join(tmp, 'cache')], {
      cwd: REPO,
      env,
      maxBuffer: 16 << 20,
    });
    expect(stdout).toContain(`CHECK ${chapters}\n`);
    expect(stdout).toContain(`PARSES ${chapters}\n`);
    expect(fs.existsSync(path.join(tmp, 'dist', 'mini-bericht', 'einkommen', 'index.html'))).toBe(true);
  }, 240_000);
});
