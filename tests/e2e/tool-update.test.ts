/**
 * A county takes a new version of the tool with `git merge`: its own changes live only in content/, data/ and
 * beispiele/ (written by `npm run neu`), so a change of the tool merges without conflicts and leaves the county's
 * chapters as they were. Git sees the demo copied to beispiele/hainwald/ as moved there: a demo chapter the tool
 * changes follows it; a new demo chapter stops the merge once („file location“), settled with
 * `git add -A && git commit` (handbook, „Neue Versionen des Werkzeugs übernehmen“). The handbook (handbuch/) belongs to
 * the tool: a new version of it merges like any tool file and never lands in the county's content/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTool, type ToolCopy } from '../helpers/tool-copy.ts';

let tool: ToolCopy;
const FLAGS = ['--name', 'Landkreis Musterland', '--schluessel', '16099', '--land', 'Freistaat Thüringen', '--publikation', 'sozialbericht-2026', '--titel', 'Sozialbericht 2026'];
const CHAPTER = 'content/sozialbericht-2026/01-einleitung.mdx';
const HANDBOOK_CHAPTER = 'handbuch/content/handbuch/01-erste-schritte.mdx';
const OWN_TEXT = '\nDer Kreistag hat den Bericht im März beauftragt.\n';

beforeAll(() => {
  tool = copyTool();
  tool.git('checkout', '-q', '-b', 'kreis');
  const r = tool.script('neu', FLAGS);
  expect(r.code, r.output).toBe(0);
  fs.appendFileSync(path.join(tool.dir, CHAPTER), OWN_TEXT);
  tool.git('add', '-A');
  tool.git('commit', '-q', '-m', 'Landkreis Musterland: erstes Kapitel');
}, 60_000);

afterAll(() => tool?.cleanup());

describe('the county merges a new version of the tool', () => {
  it('a change of a tool file (src/, package.json, README.md, the handbook) merges without conflict; the county’s chapter stays', () => {
    tool.git('checkout', '-q', 'main');
    fs.appendFileSync(path.join(tool.dir, 'src', 'log.ts'), '\n// Werkzeug 1.1\n');
    fs.appendFileSync(path.join(tool.dir, HANDBOOK_CHAPTER), '\nNeu im Handbuch 1.1.\n');
    fs.appendFileSync(path.join(tool.dir, 'README.md'), '\nNeu in Version 1.1.\n');
    const pkg = path.join(tool.dir, 'package.json');
    fs.writeFileSync(pkg, fs.readFileSync(pkg, 'utf8').replace('"version": "0.1.0"', '"version": "0.2.0"'));
    tool.git('commit', '-q', '-am', 'Werkzeug 1.1');
    tool.git('checkout', '-q', 'kreis');
    tool.git('merge', '-q', '--no-edit', 'main');
    expect(tool.git('status', '--porcelain')).toBe('');
    expect(fs.readFileSync(path.join(tool.dir, 'src', 'log.ts'), 'utf8')).toContain('// Werkzeug 1.1');
    expect(fs.readFileSync(path.join(tool.dir, 'package.json'), 'utf8')).toContain('"version": "0.2.0"');
    expect(fs.readFileSync(path.join(tool.dir, HANDBOOK_CHAPTER), 'utf8')).toContain('Neu im Handbuch 1.1.');
    const chapter = fs.readFileSync(path.join(tool.dir, CHAPTER), 'utf8');
    expect(chapter).toContain('Der Kreistag hat den Bericht im März beauftragt.');
    expect(fs.readdirSync(path.join(tool.dir, 'content')).sort()).toEqual(['glossar.yaml', 'literatur.json', 'sozialbericht-2026', 'website.yaml']);
  });

  it('a change of a demo chapter in the tool follows the demo into beispiele/hainwald/ (git sees the copy as a rename)', () => {
    tool.git('checkout', '-q', 'main');
    fs.appendFileSync(path.join(tool.dir, 'content', 'sozialbericht-2025', '01-einleitung.mdx'), '\nEin neuer Satz im Beispiel.\n');
    tool.git('commit', '-q', '-am', 'Beispiel ergänzt');
    tool.git('checkout', '-q', 'kreis');
    tool.git('merge', '-q', '--no-edit', 'main');
    expect(tool.git('status', '--porcelain')).toBe('');
    expect(fs.existsSync(path.join(tool.dir, 'content', 'sozialbericht-2025'))).toBe(false);
    const example = fs.readFileSync(path.join(tool.dir, 'beispiele', 'hainwald', 'content', 'sozialbericht-2025', '01-einleitung.mdx'), 'utf8');
    expect(example).toContain('Ein neuer Satz im Beispiel.');
    expect(fs.readFileSync(path.join(tool.dir, CHAPTER), 'utf8')).toContain('Der Kreistag hat den Bericht im März beauftragt.');
  });

  it('a new demo chapter of the tool stops the merge once („file location“); git add and commit settle it as the handbook says', () => {
    tool.git('checkout', '-q', 'main');
    fs.writeFileSync(path.join(tool.dir, 'content', 'sozialbericht-2025', '10-ausblick.mdx'), '---\ntitel: Ausblick\n---\n\nEin neues Beispielkapitel.\n');
    tool.git('add', '-A');
    tool.git('commit', '-q', '-m', 'Neues Beispielkapitel');
    tool.git('checkout', '-q', 'kreis');
    let message = '';
    try {
      tool.git('merge', '--no-edit', 'main');
    } catch (e) {
      message = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(message).toContain('CONFLICT (file location)');
    // the handbook's recipe
    tool.git('add', '-A');
    tool.git('commit', '-q', '--no-edit');
    expect(tool.git('status', '--porcelain')).toBe('');
    expect(fs.existsSync(path.join(tool.dir, 'beispiele', 'hainwald', 'content', 'sozialbericht-2025', '10-ausblick.mdx'))).toBe(true);
    expect(fs.readdirSync(path.join(tool.dir, 'content')).sort()).toEqual(['glossar.yaml', 'literatur.json', 'sozialbericht-2026', 'website.yaml']);
    expect(fs.readFileSync(path.join(tool.dir, CHAPTER), 'utf8')).toContain('Der Kreistag hat den Bericht im März beauftragt.');
  });
});
