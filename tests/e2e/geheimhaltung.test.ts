/**
 * Statistical confidentiality across two Fassungen, in every output a reader gets: a tiny project in a throwaway git
 * repository (tests/unit/versions/scenario-geheimhaltung.ts: Kreis 925 → 915, Birkenstein 31 → 31, Schönborn
 * 12 → 2, Erlengrund 0, mindestfallzahl 3), built as the second Fassung with Astro, indexed by Pagefind and printed
 * to PDF. Schönborn's 2 must not appear nor be computable: not from the chapter's HTML (<Wert>, <Tabelle>), its CSV
 * download, the search index, the PDF text or the changes page – alone or together.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { renderPdfs } from '../../src/print/index.ts';
import { indexSite } from '../../src/search/index-site.ts';
import { isolatedGitEnv, type TestRepo } from '../helpers/git-repo.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { geheimhaltungRepo, TAG_B } from '../unit/versions/scenario-geheimhaltung.ts';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

let repo: TestRepo;
let dist: string;
let pdfText = '';
const page = (p: string) => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0|\u202f/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  repo = geheimhaltungRepo();
  dist = path.join(repo.dir, '..', `${path.basename(repo.dir)}-dist`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...isolatedGitEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production',
    // The footer prints the build time; pinned (2026-12-01 10:00 UTC) so that a clock reading like 02:33 can never
    // look like one of the sums checked below.
    SOURCE_DATE_EPOCH: '1796119200' };
  delete env.VITEST;
  delete env.BERICHT_AUSGABE;
  await run(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/astro-build.ts'), repo.dir, dist, `${dist}-cache`], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: Error & { stderr?: string }) => {
    throw new Error(`Build fehlgeschlagen:\n${e.stderr ?? e.message}`);
  });
  const logger = memoryLogger();
  await indexSite({ distDir: dist, logger });
  await renderPdfs({ distDir: dist, publications: [{ slug: 'bericht' }], logger });
  pdfText = (await readPdf(path.join(dist, 'bericht', 'bericht.pdf'))).pages.join('\n').replace(/\s+/g, ' ');
}, 240_000);

afterAll(() => {
  repo?.cleanup();
  if (dist) for (const d of [dist, `${dist}-cache`]) fs.rmSync(d, { recursive: true, force: true });
});

/** The CSV downloads offered on a page, decoded. */
function csvDownloads(html: string): string[] {
  return [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&amp;/g, '&')));
}

/** Text of every page fragment in the Pagefind index (gzip, after Pagefind's 12-byte signature). */
function searchIndexText(): string {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return fs
    .readdirSync(dir)
    .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, ''))
    .map((json) => (JSON.parse(json) as { content: string }).content)
    .join('\n');
}

describe('Geheimhaltung über zwei Fassungen', () => {
  it('<Wert> und <Tabelle> zeigen Schönborn und Birkenstein als *, den Kreis und die übrigen Gemeinden als Zahl', () => {
    const t = text(page('bericht/hilfen'));
    expect(t).toContain('Im Jahr 2024 gab es in Schönborn * Fälle, in Birkenstein * und im Landkreis 915 .');
    expect(t).toContain('Gebiet 2024 Landkreis Hainwald 915 Hainwald 400 Eichenau 300 Talbrück 182 Erlengrund 0 Birkenstein * Schönborn *');
  });

  it('die CSV-Downloads enthalten dieselben Werte, Schönborn und Birkenstein als *', () => {
    const csvs = csvDownloads(page('bericht/hilfen'));
    expect(csvs.length).toBeGreaterThan(0);
    for (const csv of csvs) {
      const rows = csv.split(/\r?\n/);
      expect(rows.find((r) => r.includes('Schönborn')), csv).toMatch(/;\*(;|$)/);
      expect(rows.find((r) => r.includes('Birkenstein')), csv).toMatch(/;\*(;|$)/);
      expect(rows.find((r) => r.includes('Erlengrund')), csv).toMatch(/;0(;|$)/);
      expect(csv).not.toMatch(/Schönborn[^\n]*;(2|12)(;|$)/m);
    }
  });

  it('der Suchindex enthält den Satz mit * statt der Zahl', () => {
    const idx = searchIndexText();
    expect(idx).toContain('Schönborn * Fälle');
    expect(idx).not.toMatch(/Schönborn 2\b/);
    expect(idx).not.toMatch(/Birkenstein 31\b/);
  });

  it('das PDF zeigt dasselbe wie die Website', () => {
    expect(pdfText).toContain('Schönborn * Fälle, in Birkenstein * und im Landkreis 915');
    expect(pdfText).not.toMatch(/Schönborn 2\b/);
    expect(pdfText).toMatch(/Erlengrund 0\b/);
  });

  it('die Änderungsseite zeigt nur den Kreis 925 → 915: kein alter Wert von Birkenstein oder Schönborn', () => {
    for (const p of ['bericht/aenderungen', `bericht/aenderungen/${TAG_B}`]) {
      const html = page(p);
      const table = /<table class="aenderungen__werte[^"]*"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
      expect(text(table).trim()).toBe('Geänderte Werte (1) Indikator Gebiet Jahr Bisher Neu Hilfefälle Landkreis Hainwald 2024 Bisher: 925 Neu: 915');
      expect(html.match(/<table class="aenderungen__werte/g)).toHaveLength(1);
      expect(text(html)).not.toContain('Birkenstein');
      expect(text(html)).not.toContain('Schönborn');
    }
  });

  it('zusammen genommen lässt sich Schönborns 2 nicht errechnen', () => {
    // Everything published, by hand: Fassung 2 shows Kreis 915, Hainwald 400, Eichenau 300, Talbrück 182,
    // Erlengrund 0; the changes page adds only Kreis 925 for Fassung 1. So Birkenstein + Schönborn = 915 − 882 = 33
    // now, and 925 − 882 = 43 before (if the others did not change): two unknowns in each sum, each of them 1 … 32
    // now. Below: the published numbers of every output really are only these.
    const csv = csvDownloads(page('bericht/hilfen'))[0] ?? '';
    const shown = Object.fromEntries(
      ['Hainwald', 'Eichenau', 'Talbrück', 'Erlengrund', 'Birkenstein', 'Schönborn'].map((g) => {
        // Indikator;Gebietskennung;Gebiet;Jahr;Wert;Einheit;Zeichen – the number, else the symbol
        const f = csv.split(/\r?\n/).find((r) => r.split(';')[2] === g)?.split(';') ?? [];
        return [g, f[4] || f[6]];
      }),
    );
    expect(shown).toEqual({ Hainwald: '400', Eichenau: '300', Talbrück: '182', Erlengrund: '0', Birkenstein: '*', Schönborn: '*' });
    const outputs = [text(page('bericht/hilfen')), ...csvDownloads(page('bericht/hilfen')), searchIndexText(), pdfText, text(page('bericht/aenderungen'))].join('\n');
    for (const name of ['Birkenstein', 'Schönborn']) {
      expect(outputs).not.toMatch(new RegExp(`${name}[ ;:]+(2|12|31)\\b`));
    }
    expect(outputs).not.toMatch(/\b(33|43)\b/);
  });
});
