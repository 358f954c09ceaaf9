/**
 * The planners' handbook (handbuch/, a project owned by the tool) built the way a planner builds it:
 * `npm run check -- --projekt handbuch` and `npm run handbuch` (into a temporary folder, so handbuch/dist/ stays
 * untouched). Built once; the tests read its website and PDF. Expected texts come from the handbook's own example
 * data (handbuch/data/), formatted by hand here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../src/components/schemas/index.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { buildEnv } from '../helpers/run-build.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf-text.ts';

const HANDBOOK = path.join(REPO_ROOT, 'handbuch');

/** Chapter title and web address, as the handbook's table of contents promises them. */
const CHAPTERS: [string, string][] = [
  ['Erste Schritte', 'erste-schritte'],
  ['Kapitel schreiben', 'kapitel-schreiben'],
  ['Bausteine', 'bausteine'],
  ['Datenformate', 'datenformate'],
  ['Fassungen und Beschluss', 'fassungen-und-beschluss'],
  ['Veröffentlichen', 'veroeffentlichen'],
  ['Häufige Fehler und ihre Behebung', 'haeufige-fehler'],
];

/**
 * What each component shows in the handbook's chapter „Bausteine“, from handbuch/data/. A component without an
 * entry here fails the test: a new component needs its section in the handbook.
 */
const RENDERED: Record<string, (section: string, text: string) => void> = {
  Wert: (_s, t) => expect(t).toContain('Ergebnis: Im Jahr 2024 lag die SGB-II-Quote bei 8,7 %.'),
  Tabelle: (s) => {
    // data/werte/werte.csv: bevoelkerung;mh;2024;48.213 and the three Gemeinden, which add up to it
    for (const cell of ['48.213', '21.118', '15.702', '11.393']) expect(s).toMatch(new RegExp(`<td[^>]*>\\s*${cell.replace('.', '\\.')}\\s*</td>`));
    expect(s).toMatch(/<th[^>]*>\s*Westerfeld\s*<\/th>/);
  },
  Diagramm: (s, t) => {
    expect(s).toMatch(/<figure[\s\S]*<svg/);
    expect(t).toContain('Abbildung 1: SGB-II-Quote 2020–2024');
    expect(t).toContain('2024: Musterland 8,1 %, Landkreis Musterhausen 8,7 % und Nordheim 10,4 %');
    // the free chart on data/frei/kita-plaetze.csv
    expect(t).toContain('Belegte Kita-Plätze 2024');
  },
  Karte: (s, t) => {
    expect(s).toMatch(/<svg[\s\S]*Südtal[\s\S]*<\/svg>/);
    expect(t).toContain('höchster Wert in Nordheim (10,4 %), niedrigster in Westerfeld (6,5 %)');
  },
  Verweis: (s) => expect(s).toMatch(/Den Verlauf zeigt <a [^>]*href="[^"]*#[^"]+"[^>]*>Abbildung 1<\/a>/),
  Zitat: (_s, t) => expect(t).toContain('(Landratsamt Musterhausen 2025, S. 12)'),
  Begriff: (s, t) => {
    expect(t).toContain('Gezählt wird jede Bedarfsgemeinschaft nur einmal.');
    // the explanation from handbuch/content/glossar.yaml travels with the term
    expect(s).toContain('gemeinsam wirtschaften');
  },
  Beteiligung: (_s, t) => {
    expect(t).toContain('Steuerungsgruppe einrichten');
    expect(t).toContain('Jobcenter/Agentur für Arbeit (in dieser Phase beteiligt)');
  },
  Beteiligungsmatrix: (s, t) => {
    expect(s).toContain('<table');
    expect(t).toMatch(/Freie Wohlfahrtspflege \(P\) ● empfohlen und beteiligt/);
  },
  Termine: (_s, t) => expect(t).toContain('24. Juni 2025 Datenwerkstatt: Lebenslagen in Zahlen'),
  Zielerreichung: (_s, t) => {
    expect(t).toContain('9,8 % (2020)');
    expect(t).toContain('höchstens 7,5 % bis 2030');
    expect(t).toContain('Zielwert noch nicht erreicht');
  },
  Massnahmen: (_s, t) => {
    expect(t).toContain('Soziallotsen in den Gemeinden');
    expect(t).toContain('Kosten 412.000 €');
    // 412.000 + 58.000
    expect(t).toContain('470.000 €');
  },
  Abwaegungstabelle: (_s, t) => {
    expect(t).toContain('Jobcenter Musterhausen');
    expect(t).toMatch(/nicht berücksichtigt 1/);
    expect(t).toMatch(/Insgesamt 2/);
  },
};

let tmp: string;
let dist: string;
let check: { code: number | null; output: string };
let build: { code: number | null; output: string };
let pdf: PdfFacts;

function run(script: string, args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', script), ...args], {
    cwd: REPO_ROOT,
    env: buildEnv(HANDBOOK, extra),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Text as a reader sees it: tags dropped, entities decoded, every kind of space one space. */
function readerText(html: string): string {
  return html
    .replace(/<(style|script|pre)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .replace(/ ([.,)])/g, '$1')
    .replace(/\( /g, '(');
}

/** The part of the chapter „Bausteine“ from `<h2 id="…">` to the next component's section (or the closing section). */
function section(html: string, id: string): string {
  const start = html.indexOf(`<h2 id="${id}"`);
  if (start < 0) return '';
  const ends = [...COMPONENT_NAMES.map((n) => n.toLowerCase()), 'was-ohne-baustein-entsteht']
    .map((other) => html.indexOf(`<h2 id="${other}"`))
    .filter((i) => i > start);
  return html.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-handbuch-'));
  dist = path.join(tmp, 'dist');
  check = run('check.ts', []);
  // as a planner types it: npm run handbuch (here with --ausgabe, so handbuch/dist/ stays as it is)
  build = run('handbuch.ts', ['--ausgabe', dist]);
  if (build.code === 0) pdf = await readPdf(path.join(dist, 'handbuch', 'handbuch.pdf'));
}, 240_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the planners’ handbook', () => {
  it('passes its own check without errors and without warnings (Lektorat included)', () => {
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('Prüfung bestanden');
    expect(check.output).not.toMatch(/: (fehler|warnung): /);
  });

  it('builds with npm run handbuch without warnings, website and PDF in the chosen folder', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/: (fehler|warnung): /);
    // the start page says what it is (startseite: in handbuch/content/website.yaml)
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>\s*Handbuch für Planerinnen und Planer\s*<\/h1>/);
    expect(fs.statSync(path.join(dist, 'handbuch', 'handbuch.pdf')).size).toBeGreaterThan(10_000);
  });

  it('has a web page for every chapter, headed by its title', () => {
    const chapterFiles = fs.readdirSync(path.join(HANDBOOK, 'content', 'handbuch')).filter((f) => f.endsWith('.mdx'));
    expect(chapterFiles).toHaveLength(CHAPTERS.length);
    for (const [title, slug] of CHAPTERS) {
      const file = path.join(dist, 'handbuch', slug, 'index.html');
      expect(fs.existsSync(file), slug).toBe(true);
      expect(readerText(fs.readFileSync(file, 'utf8'))).toContain(title);
    }
  });

  it('shows every component of the tool with its code and its rendered output', () => {
    const html = fs.readFileSync(path.join(dist, 'handbuch', 'bausteine', 'index.html'), 'utf8');
    expect(COMPONENT_NAMES.length).toBeGreaterThanOrEqual(13);
    for (const name of COMPONENT_NAMES) {
      const s = section(html, name.toLowerCase());
      expect(s, `section ## ${name}`).not.toBe('');
      // the example as the planner types it, in a code block
      expect(s, `code example of <${name}>`).toMatch(new RegExp(`<pre[\\s\\S]*&lt;${name}[\\s>/][\\s\\S]*</pre>`));
      const check = RENDERED[name];
      expect(check, `rendered output of <${name}> asserted in this test`).toBeDefined();
      check!(s, readerText(s));
    }
  });

  it('names, in the PDF, every chapter title and the example table’s numbers', () => {
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const [title] of CHAPTERS) expect(text).toContain(title);
    expect(text).toContain('48.213');
    expect(pdf.info.Title).toContain('Handbuch');
  });

  it('has every handbook section the error messages point to', () => {
    const headings = fs
      .readdirSync(path.join(dist, 'handbuch'))
      .map((d) => path.join(dist, 'handbuch', d, 'index.html'))
      .filter((f) => fs.existsSync(f))
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map((m) => readerText(m[1]!).trim()));
    const catalogue = fs.readdirSync(path.join(REPO_ROOT, 'src', 'errors')).map((f) => fs.readFileSync(path.join(REPO_ROOT, 'src', 'errors', f), 'utf8')).join('\n');
    const named = new Set([...catalogue.matchAll(/(?:Abschnitt|Handbuch) „([^“]+)“/g)].map((m) => m[1]!));
    expect(named.size).toBeGreaterThanOrEqual(3);
    for (const name of named) expect(headings, `heading „${name}“`).toContain(name);
  });
});

describe('README.md', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  it('keeps the two commands and points to the handbook', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('npm run handbuch');
    expect(readme).toContain('handbuch/dist/handbuch/handbuch.pdf');
  });
});
