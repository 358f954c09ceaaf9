/**
 * The rules of `npm run neu` without a build: which answers it takes, when it refuses (git is faked), and what it
 * writes (in a temporary folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPaths } from '../../../src/project.ts';
import { GitError, type Git } from '../../../src/versions/git.ts';
import { answerProblems, answerRule, createProject, preflight } from '../../../src/workplace/new-project.ts';
import { areaIds } from '../../../src/workplace/skeleton.ts';

const ANSWERS = { name: 'Landkreis Musterland', schluessel: '16099', land: 'Freistaat Thüringen', publikation: 'sozialbericht-2026', titel: 'Sozialbericht 2026' };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-neu-unit-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const fakeGit = (status: string | Error): Git => ({
  run: () => {
    if (status instanceof Error) throw status;
    return status;
  },
  bytes: () => new Uint8Array(),
});

const DEMO = { 'content/bericht/publikation.yaml': 'titel: A\nkreis: Landkreis Hainwald\ndatum: 2025-01-01\n', 'data/gebiete/gebiete.csv': 'id,name,ebene,eltern\n' };

describe('answers', () => {
  it('takes a five-digit key and a lower-case folder name; refuses others with the rule', () => {
    expect(answerRule('schluessel', '16099')).toBeNull();
    expect(answerRule('schluessel', '160990000000')).toBeNull();
    expect(answerRule('schluessel', '1609')).toBe('Der amtliche Schlüssel hat 5 Ziffern (Kreis), 8 (Gemeinde) oder 12 (Regionalschlüssel).');
    expect(answerRule('publikation', 'sozialbericht-2026')).toBeNull();
    expect(answerRule('publikation', 'Sozialbericht_2026')).not.toBeNull();
  });

  it('names every missing flag', () => {
    expect(answerProblems({ name: 'Landkreis Musterland' }).map((p) => p.file)).toEqual(['--schluessel', '--land', '--publikation', '--titel']);
  });

  it('area ids come from the names, without the kind', () => {
    expect(areaIds(ANSWERS)).toEqual({ land: 'thueringen', kreis: 'musterland' });
    expect(areaIds({ ...ANSWERS, name: 'Stadt Musterstadt', land: 'Land Brandenburg' })).toEqual({ land: 'brandenburg', kreis: 'musterstadt' });
  });
});

describe('when npm run neu refuses', () => {
  it('runs on the unchanged demo', () => {
    expect(preflight(projectPaths(project(DEMO)), fakeGit(''), false)).toEqual([]);
  });

  it('refuses unsaved changes in content/ or data/, naming the first file', () => {
    const problems = preflight(projectPaths(project(DEMO)), fakeGit(' M content/bericht/01-a.mdx\n?? data/werte/neu.csv\n'), false);
    expect(problems.map((p) => [p.code, p.file])).toEqual([['neu-ungesichert', 'content/bericht/01-a.mdx']]);
    expect(problems[0]!.message).toContain('(2 Dateien: content/bericht/01-a.mdx, data/werte/neu.csv)');
  });

  it('refuses a county’s own project; --erzwingen overrides both', () => {
    const own = project({ 'content/bericht/publikation.yaml': 'titel: A\nkreis: Landkreis Musterland\ndatum: 2025-01-01\n' });
    expect(preflight(projectPaths(own), fakeGit(' M content/x.mdx\n'), false).map((p) => p.code)).toEqual(['neu-kein-beispiel', 'neu-ungesichert']);
    expect(preflight(projectPaths(own), fakeGit(' M content/x.mdx\n'), true)).toEqual([]);
  });

  it('outside a git repository only the demo check counts', () => {
    expect(preflight(projectPaths(project(DEMO)), fakeGit(new GitError('fehlgeschlagen', 'not a git repository')), false)).toEqual([]);
  });
});

describe('what npm run neu writes', () => {
  it('copies the demo to beispiele/hainwald/ once and replaces content/ and data/ by the skeleton', () => {
    const dir = project({ ...DEMO, 'data/werte/a.csv': 'x\n' });
    expect(createProject(projectPaths(dir), ANSWERS, '2026-12-01')).toEqual({ archived: 'beispiele/hainwald' });
    expect(fs.readFileSync(path.join(dir, 'beispiele/hainwald/data/werte/a.csv'), 'utf8')).toBe('x\n');
    expect(fs.existsSync(path.join(dir, 'content/bericht'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'data/werte/a.csv'))).toBe(false);
    const written = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('beispiele') && fs.statSync(path.join(dir, f)).isFile());
    expect(written.map((f) => f.split(path.sep).join('/')).sort()).toEqual([
      'content/glossar.yaml',
      'content/literatur.json',
      'content/sozialbericht-2026/01-einleitung.mdx',
      'content/sozialbericht-2026/publikation.yaml',
      'content/website.yaml',
      'data/gebiete/gebiete.csv',
      'data/indikatoren/indikatoren.csv',
      'data/werte/.gitkeep',
    ]);
    const settings = fs.readFileSync(path.join(dir, 'content/sozialbericht-2026/publikation.yaml'), 'utf8');
    expect(settings).toContain('# Amtlicher Schlüssel des Kreises: 16099');
    expect(settings).toContain('datum: 2026-12-01');
    expect(settings).toContain('status: entwurf');
    expect(fs.readFileSync(path.join(dir, 'content/website.yaml'), 'utf8')).toContain('\nbeispielangaben: true\n');
  });
});
