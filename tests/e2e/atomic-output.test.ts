/**
 * A failed build never costs the last good website: a copy of the fixture „mini“ is built once, then broken in
 * four ways (no browser, a chart that fails while the site is rendered, an MDX syntax error, the build process
 * killed during the site phase). After each, every file of dist/ has the same bytes as before and the build says
 * so in German. `npm run pdf` that fails for one publication keeps both old PDFs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { buildEnv, copyFixture, hashTree, runBuild } from '../helpers/run-build.ts';

const run = promisify(execFile);

let project: string;
let dist: string;
let before: Record<string, string>;

const chapterFile = () => path.join(project, 'content', 'mini-bericht', '02-einkommen.mdx');
const siblings = () => fs.readdirSync(project).filter((n) => n.startsWith('dist.'));

/** Runs `change`, builds, undoes the change; returns the build's output. */
async function brokenBuild(change: () => () => void, extra: Record<string, string> = {}): Promise<string> {
  const undo = change();
  try {
    const result = await runBuild(project, extra);
    expect(result.code, result.output).toBe(1);
    return result.output;
  } finally {
    undo();
  }
}

/** The line `text` gets when appended by appendToChapter: after the file's last line and an empty one. */
function appendedLine(): number {
  return fs.readFileSync(chapterFile(), 'utf8').split('\n').length - 1 + 2;
}

/** Appends `text` to the chapter 02-einkommen.mdx until undone. */
function appendToChapter(text: string): () => () => void {
  return () => {
    const original = fs.readFileSync(chapterFile(), 'utf8');
    fs.writeFileSync(chapterFile(), `${original}\n${text}\n`);
    return () => fs.writeFileSync(chapterFile(), original);
  };
}

const kept = () => `Die bisherige Website in ${dist}/ bleibt unverändert.`;

beforeAll(async () => {
  project = copyFixture('mini');
  dist = path.join(project, 'dist');
  fs.mkdirSync(path.join(project, 'data', 'frei'));
  fs.writeFileSync(path.join(project, 'data', 'frei', 'faelle.csv'), 'jahr,faelle\n2023,12\n2024,15\n');
  const first = await runBuild(project);
  expect(first.code, first.output).toBe(0);
  before = hashTree(dist);
}, 120_000);

afterAll(() => fs.rmSync(path.dirname(project), { recursive: true, force: true }));

describe('a failed build keeps the previous dist/ byte for byte', () => {
  it('has a complete site to lose: pages and both PDFs', () => {
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'mini-bericht/mini-bericht.pdf', 'mini-beschluss/mini-beschluss.pdf']));
  });

  it('when no browser is found for the PDFs', async () => {
    const output = await brokenBuild(() => () => {}, { BERICHT_BROWSER: '/nonexistent' });
    expect(hashTree(dist)).toEqual(before);
    expect(output).toContain('3/3 Erzeuge die PDFs');
    expect(output).toContain(kept());
    expect(siblings()).toEqual([]);
  });

  it('when a chart fails while the site is rendered', async () => {
    // passes the check (a valid spec shape, known fields) but vega cannot parse the filter expression
    const chart = '<Diagramm daten="frei/faelle" titel="Fälle" spec={{ transform: [{ filter: "datum.jahr >" }], mark: "bar", encoding: { x: { field: "jahr", type: "ordinal" }, y: { field: "faelle", type: "quantitative" } } }} />';
    const line = appendedLine();
    const output = await brokenBuild(appendToChapter(chart));
    expect(hashTree(dist)).toEqual(before);
    expect(output).toContain('2/3 Erzeuge die Website');
    expect(output).toContain(`content/mini-bericht/02-einkommen.mdx:${line}:1: fehler: Das Diagramm konnte nicht gezeichnet werden`);
    expect(output).toContain(kept());
    expect(siblings()).toEqual([]);
  });

  it('when a free chart links somewhere (encoding.href): a located German message, no crash', async () => {
    const chart = '<Diagramm daten="frei/faelle" titel="Fälle" spec={{ mark: "bar", encoding: { x: { field: "jahr", type: "ordinal" }, y: { field: "faelle", type: "quantitative" }, href: { field: "jahr" } } }} />';
    const line = appendedLine();
    const output = await brokenBuild(appendToChapter(chart));
    expect(hashTree(dist)).toEqual(before);
    expect(output).toContain(
      `content/mini-bericht/02-einkommen.mdx:${line}:1: fehler: Die Diagrammbeschreibung (spec) enthält „encoding.href“: Verknüpfungen (href) in Diagrammen sind nicht erlaubt.`,
    );
    expect(output).not.toContain('TypeError');
    expect(output).toContain(kept());
  });

  it('when a chapter has an MDX syntax error', async () => {
    const line = appendedLine();
    const output = await brokenBuild(appendToChapter('Ein Satz mit <Kaputt offenem Tag und { offener Klammer.'));
    expect(hashTree(dist)).toEqual(before);
    // the check phase finds it (one chapter model, remark-mdx) before anything is built
    expect(output).toMatch(new RegExp(`content/mini-bericht/02-einkommen\\.mdx:${line}:\\d+: fehler: Das Kapitel lässt sich hier nicht lesen \\(MDX-Syntaxfehler`));
    expect(output).toContain(kept());
    expect(siblings()).toEqual([]);
  });

  it('when the build is killed (kill -9) during the site phase; the next build clears what it left', async () => {
    const names = new Set(Object.keys(before));
    /** Something was written: a staging folder with content, or dist/ itself changed. */
    const writing = () =>
      siblings().some((n) => fs.readdirSync(path.join(project, n)).length > 0) ||
      !fs.existsSync(dist) ||
      fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).length !== fs.readdirSync(dist, { recursive: true }).length ||
      Object.keys(hashTree(dist)).some((f) => !names.has(f)) ||
      Object.keys(hashTree(dist)).length !== names.size;
    let killed = false;
    const result = await runBuild(project, {}, (output, child) => {
      if (killed || !output.includes('2/3 Erzeuge die Website')) return;
      killed = true;
      const poll = () => {
        if (child.exitCode !== null) return;
        if (writing()) child.kill('SIGKILL');
        else setImmediate(poll);
      };
      poll();
    });
    expect(result.signal, result.output).toBe('SIGKILL');
    expect(fs.existsSync(dist) ? hashTree(dist) : {}).toEqual(before);
    const left = siblings();
    expect(left.length).toBeGreaterThan(0);

    const next = await runBuild(project);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toContain('Reste abgebrochener Läufe aufgeräumt');
    expect(siblings()).toEqual([]);
    expect(Object.keys(hashTree(dist)).sort()).toEqual(Object.keys(before).sort());
    before = hashTree(dist);
  }, 120_000);
});

describe('npm run pdf', () => {
  it('keeps both old PDFs when one publication fails, and clears what a killed run left', async () => {
    const pdfs = () => Object.fromEntries(Object.entries(hashTree(dist)).filter(([f]) => f.endsWith('.pdf')));
    const old = pdfs();
    expect(Object.keys(old)).toHaveLength(2);
    // the print page of mini-beschluss gets a script that breaks Paged.js; mini-bericht prints fine
    const druck = path.join(dist, 'mini-beschluss', 'druck', 'index.html');
    const html = fs.readFileSync(druck, 'utf8');
    fs.writeFileSync(path.join(dist, 'kaputt.js'), "Object.defineProperty(window, 'PagedPolyfill', { get() { throw new Error('Seitensatz kaputt'); }, set() {} });");
    fs.writeFileSync(druck, html.replace('<head>', '<head><script src="/kaputt.js"></script>'));
    // what a killed `npm run pdf` leaves behind (process 999999 does not run): removed by the next run
    fs.writeFileSync(path.join(dist, 'mini-bericht', 'mini-bericht.neu-999999.pdf'), 'halb geschrieben');
    const result = await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'pdf.ts')], { cwd: REPO_ROOT, env: buildEnv(project) }).then(
      () => ({ code: 0, output: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: `${e.stdout}${e.stderr}` }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain('PDF mini-bericht: fertig');
    expect(result.output).toContain(`Die bisherigen PDFs in ${dist}/ bleiben unverändert.`);
    expect(pdfs()).toEqual(old);
    expect(fs.readdirSync(path.join(dist, 'mini-bericht')).filter((f) => f.includes('.neu-'))).toEqual([]);
  }, 120_000);
});
