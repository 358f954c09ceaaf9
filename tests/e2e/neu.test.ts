/**
 * `npm run neu` as a county would run it: a copy of the tool's git-tracked files (node_modules linked) in a fresh
 * git repository, then `npm run neu` with flags, `npm run check` and `npm run build`. The result must be a valid
 * one-publication site and PDF for the new county with nothing of the demo county left in it, while the demo stays
 * buildable from beispiele/hainwald/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf-text.ts';
import { copyTool, type ToolCopy } from '../helpers/tool-copy.ts';

let tool: ToolCopy;
let copy: string;
const FLAGS = ['--name', 'Landkreis Musterland', '--schluessel', '16099', '--land', 'Freistaat Thüringen', '--publikation', 'sozialbericht-2026', '--titel', 'Sozialbericht 2026'];
const git = (...args: string[]) => tool.git(...args);
const script = (name: string, args: string[] = [], project?: string) => tool.script(name, args, project);

function allFiles(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

beforeAll(() => {
  tool = copyTool();
  copy = tool.dir;
}, 60_000);

afterAll(() => tool?.cleanup());

describe('npm run neu in a copy of the tool', () => {
  it('refuses while content/ has unsaved changes, naming the file', () => {
    const chapter = path.join(copy, 'content', 'sozialbericht-2025', '01-einleitung.mdx');
    const before = fs.readFileSync(chapter, 'utf8');
    fs.appendFileSync(chapter, '\nNoch nicht gesichert.\n');
    const r = script('neu', FLAGS);
    fs.writeFileSync(chapter, before);
    expect(r.code).toBe(1);
    expect(r.output).toContain('content/sozialbericht-2025/01-einleitung.mdx: fehler: In content/ oder data/ gibt es Änderungen');
    expect(fs.existsSync(path.join(copy, 'beispiele'))).toBe(false);
  });

  it('refuses a folder name with capitals and spaces', () => {
    const r = script('neu', FLAGS.map((f) => (f === 'sozialbericht-2026' ? 'Sozialbericht 2026' : f)));
    expect(r.code).toBe(1);
    expect(r.output).toContain('„Sozialbericht 2026“ ist als „--publikation“ nicht möglich');
  });

  it('creates the project; check and build give one publication for the new county and no trace of Hainwald', async () => {
    const neu = script('neu', FLAGS);
    expect(neu.code, neu.output).toBe(0);
    expect(fs.readdirSync(path.join(copy, 'content')).sort()).toEqual(['glossar.yaml', 'literatur.json', 'sozialbericht-2026', 'website.yaml']);
    expect(fs.readFileSync(path.join(copy, 'data', 'gebiete', 'gebiete.csv'), 'utf8')).toBe(
      'id,name,ebene,eltern\nthueringen,Freistaat Thüringen,land,\nmusterland,Landkreis Musterland,kreis,thueringen\n',
    );
    // the demo is kept as an example, complete
    expect(fs.existsSync(path.join(copy, 'beispiele', 'hainwald', 'content', 'sozialbericht-2025', '01-einleitung.mdx'))).toBe(true);
    expect(fs.existsSync(path.join(copy, 'beispiele', 'hainwald', 'data', 'werte', 'arbeit.csv'))).toBe(true);

    const check = script('check');
    expect(check.code, check.output).toBe(0);
    // the legal pages are still placeholders, and check says so
    expect(check.output).toMatch(/content\/website\.yaml:\d+:\d+: warnung: content\/website\.yaml enthält noch Beispielangaben/);

    const build = script('build');
    expect(build.code, build.output).toBe(0);
    const dist = path.join(copy, 'dist');
    const publications = fs.readdirSync(dist).filter((d) => fs.existsSync(path.join(dist, d, `${d}.pdf`)));
    expect(publications).toEqual(['sozialbericht-2026']);
    const chapter = fs.readFileSync(path.join(dist, 'sozialbericht-2026', 'einleitung', 'index.html'), 'utf8');
    expect(chapter).toContain('Landkreis Musterland');
    for (const file of allFiles(dist, '.html')) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/Hainwald/i);
    // the PDF's text as pdf.js reads it (pdftotext is not on every machine that runs the tests)
    const pdfText = (await readPdf(path.join(dist, 'sozialbericht-2026', 'sozialbericht-2026.pdf'))).pages.join('\n').replace(/\s+/g, ' ');
    expect(pdfText).toContain('Sozialbericht 2026');
    expect(pdfText).toContain('Landkreis Musterland');
    expect(pdfText).not.toMatch(/Hainwald/i);
  }, 300_000);

  it('the demo in beispiele/hainwald/ still passes the check', () => {
    const r = script('check', [], 'beispiele/hainwald');
    expect(r.code, r.output).toBe(0);
  }, 120_000);

  it('refuses a second run: content/ is no longer the demo', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'Neues Projekt');
    const r = script('neu', FLAGS);
    expect(r.code).toBe(1);
    expect(r.output).toContain('content/: fehler: content/ enthält nicht mehr das Beispielprojekt „Landkreis Hainwald“');
  });
});
