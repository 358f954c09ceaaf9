/** content/website.yaml: the demo file, and the messages a planner sees for mistakes, with file:line:column. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { loadWebsite } from '../../../src/site/website.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DEMO = fs.readFileSync(path.join(ROOT, 'content', 'website.yaml'), 'utf8');
const dirs: string[] = [];

function project(yaml?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'website-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'content'));
  if (yaml !== undefined) fs.writeFileSync(path.join(dir, 'content', 'website.yaml'), yaml);
  return loadWebsite(projectPaths(dir));
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Line number (1-based) of the first line of `text` that starts with `needle` (comments do not count). */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(needle)) + 1;

describe('content/website.yaml', () => {
  it('the demo is valid and only warns that it holds example values', () => {
    const { website, problems } = project(DEMO);
    expect(website?.impressum.herausgeber).toBe('Landkreis Hainwald');
    expect(website?.barrierefreiheit.stand).toBe('teilweise');
    expect(problems.map(formatProblem)).toEqual([
      `content/website.yaml:${lineOf(DEMO, 'beispielangaben: true')}:18: warnung: content/website.yaml enthält noch Beispielangaben („beispielangaben: true“).\n` +
        '  → Ersetzen Sie die Angaben durch die Ihres Kreises und löschen Sie die Zeile „beispielangaben: true“, bevor Sie veröffentlichen.',
    ]);
  });

  it('a missing file is a warning; the site still builds', () => {
    const { website, problems } = project();
    expect(website).toBeNull();
    expect(problems).toMatchObject([{ severity: 'warnung', code: 'website-fehlt', file: 'content/website.yaml' }]);
  });

  it('names the bad value and its place for a wrong Vereinbarkeit', () => {
    const yaml = DEMO.replace('stand: teilweise', 'stand: teils');
    const { website, problems } = project(yaml);
    expect(website).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/website.yaml',
      line: lineOf(yaml, 'stand: teils'),
      column: 10,
      severity: 'fehler',
      code: 'website-ungueltig',
      message: '„barrierefreiheit → stand“ hat den Wert „teils“, der nicht erlaubt ist.',
      hint: 'Erlaubt sind: vollstaendig, teilweise, nicht.',
    });
  });

  it('says which key is missing, in website.yaml', () => {
    const yaml = DEMO.replace(/^ {2}vertretung: .*\n/m, '');
    const { problems } = project(yaml);
    expect(problems.find((p) => p.severity === 'fehler')?.message).toBe('Der Schlüssel „impressum → vertretung“ fehlt in website.yaml.');
  });

  it('an unknown key points to the handbook section of this file', () => {
    const yaml = DEMO.replace('  vertretung:', '  vertreten:');
    const p = project(yaml).problems.find((x) => x.message.includes('vertreten'));
    expect(p).toMatchObject({ line: lineOf(yaml, 'vertreten:'), message: 'Unbekannter Schlüssel „vertreten“ in website.yaml.' });
    expect(p?.hint).toContain('Website: Impressum, Datenschutz, Barrierefreiheit');
  });

  it('requires the known gaps unless the site is fully accessible', () => {
    const yaml = DEMO.replace(/ {2}maengel:\n(?: {4}.*\n| {6}.*\n| {8}.*\n)+/, '');
    const { problems } = project(yaml);
    expect(problems.filter((p) => p.severity === 'fehler')).toMatchObject([
      { code: 'barrierefreiheit-maengel-fehlen', line: lineOf(yaml, 'stand: teilweise'), message: '„barrierefreiheit → stand“ ist „teilweise“, aber unter „maengel“ ist kein Mangel genannt.' },
    ]);
    expect(project(yaml.replace('stand: teilweise', 'stand: vollstaendig')).problems.filter((p) => p.severity === 'fehler')).toEqual([]);
  });

  it('rejects a review date before the creation date', () => {
    const yaml = DEMO.replace('geprueft_am: 2026-11-02', 'geprueft_am: 2026-10-01');
    expect(project(yaml).problems).toContainEqual(expect.objectContaining({ code: 'barrierefreiheit-datum', line: lineOf(yaml, 'geprueft_am') }));
  });
});
