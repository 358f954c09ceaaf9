/**
 * A chapter with code never reaches the published site: `npm run build` stops at its check phase, and an Astro build
 * that skips the check (as the dev server's rendering does) refuses to compile the chapter. The chapter would read
 * a file of the build machine into the page; the test plants a secret there and looks for it.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectWith } from '../helpers/check-project.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const secretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'geheim-'));
const SECRET = path.join(secretDir, 'geheim.txt');
fs.writeFileSync(SECRET, 'STRENG-GEHEIM-4711');

const chapter = `---\ntitel: Leck\n---\n\nimport fs from 'node:fs'\n\nInhalt: {fs.readFileSync(${JSON.stringify(SECRET)}, 'utf8')}\n`;

describe('Kapitel mit Programmcode werden nicht veröffentlicht', () => {
  const dirs = [secretDir];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('npm run build bricht in der Prüfung ab, mit Ort und ohne Website', () => {
    const project = projectWith('mini', { 'content/mini-bericht/04-leck.mdx': chapter });
    dirs.push(project);
    let output = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['scripts/build.ts'], { cwd: REPO, env: { ...process.env, BERICHT_PROJEKT: project, BERICHT_AUSGABE: path.join(project, 'dist') }, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      code = err.status;
      output = err.stdout + err.stderr;
    }
    expect(code).toBe(1);
    expect(output).toContain('content/mini-bericht/04-leck.mdx:5:1: fehler: Ein Kapitel darf kein „import“ enthalten');
    expect(output).toContain('content/mini-bericht/04-leck.mdx:7:10: fehler: Hier steht ein Funktionsaufruf in geschweiften Klammern');
    expect(output).not.toContain('2/3 Erzeuge die Website');
    expect(fs.existsSync(path.join(project, 'dist'))).toBe(false);
  });

  it('auch ohne Prüfung übersetzt Astro das Kapitel nicht, und das Geheimnis steht in keiner Datei', async () => {
    const project = projectWith('mini', { 'content/mini-bericht/04-leck.mdx': chapter });
    dirs.push(project);
    const out = path.join(project, 'out');
    const env: NodeJS.ProcessEnv = { ...process.env, BERICHT_PROJEKT: project, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
    delete env.VITEST;
    const failure = await promisify(execFile)(process.execPath, ['tests/helpers/astro-build.ts', project, out, path.join(project, 'cache')], { cwd: REPO, env, maxBuffer: 16 << 20 }).then(
      () => null,
      (e: { stdout: string; stderr: string }) => e.stdout + e.stderr,
    );
    expect(failure).toContain('Kapitel mit Programmcode werden nicht übersetzt');
    expect(failure).toContain('content/mini-bericht/04-leck.mdx:5:1: fehler: Ein Kapitel darf kein „import“ enthalten');
    const files = fs.existsSync(out) ? (fs.readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]) : [];
    const leaked = files.filter((f) => fs.statSync(path.join(out, f)).isFile() && fs.readFileSync(path.join(out, f), 'utf8').includes('STRENG-GEHEIM-4711'));
    expect(leaked).toEqual([]);
  }, 240_000);
});
