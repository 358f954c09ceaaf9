/**
 * Charts and maps in the demo's PDFs, as a councillor reads them on paper: no chart or map text smaller than 7 pt,
 * and every printed map carries the names of its places as text (on the map or in its key), with the values.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { renderPdfs } from '../../src/print/index.ts';
import { loadPublications } from '../../src/publication/load.ts';
import { projectPaths } from '../../src/project.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { readPdfCharts, type PdfChartText, type PdfPageText } from '../helpers/pdf-charts.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-charts-pdf-'));
const dist = path.join(tmp, 'dist');
const { publications } = loadPublications(projectPaths(REPO_ROOT));
const read = new Map<string, { charts: PdfChartText[]; pages: PdfPageText[] }>();

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/browser-build.ts'), REPO_ROOT, dist], {
    cwd: REPO_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    maxBuffer: 32 * 1024 * 1024,
  });
  const results = await renderPdfs({ distDir: dist, publications, logger: memoryLogger() });
  for (const r of results) read.set(r.slug, await readPdfCharts(r.file));
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The Gemeinden of the demo (data/gebiete/gebiete.csv), as the maps name them. */
const GEMEINDEN = ['Hainwald (Kreisstadt)', 'Eichenau', 'Talbrück', 'Bad Sulzbrunn', 'Rodenberg', 'Lindenthal', 'Kirchheide', 'Wiesenfeld', 'Erlengrund', 'Auenstedt', 'Birkenstein', 'Schönborn'];
const squash = (s: string) => s.replace(/\s+/g, '');

describe('Sozialbericht 2025 on paper', () => {
  it('has chart text at all (the Figure tagging is found)', () => {
    const { charts } = read.get('sozialbericht-2025')!;
    // Axis labels of the SGB-II chart and names on the maps.
    expect(charts.map((c) => c.text)).toEqual(expect.arrayContaining(['2015', '2024', 'Eichenau', 'Lindenthal']));
  });

  it('sets no chart or map text below 7 pt', () => {
    for (const slug of read.keys()) {
      const small = read.get(slug)!.charts.filter((c) => c.pt < 7).map((c) => `S. ${c.page}: ${c.text} (${c.pt.toFixed(2)} pt)`);
      expect(small, slug).toEqual([]);
    }
  });

  it('names every Gemeinde with its value on each of its five map pages', () => {
    const { pages } = read.get('sozialbericht-2025')!;
    const mapPages = pages.filter((p) => p.joined.includes('Kartengrundlage'));
    expect(mapPages).toHaveLength(5);
    for (const p of mapPages) {
      const missing = GEMEINDEN.filter((name) => !p.joined.includes(squash(name)));
      expect(missing, `Seite ${p.page}`).toEqual([]);
    }
    // The SGB-II map (2024): Eichenau 9,5 % and Auenstedt 5,4 % (data/werte) stand on the map itself.
    const sgb2 = mapPages.find((p) => p.joined.includes('SGB-II-Quote2024'))!;
    // (pdf.js may split a word into runs, „A“ + „uenstedt“, so the runs are joined.)
    const onMap = squash(['', ...read.get('sozialbericht-2025')!.charts.filter((c) => c.page === sgb2.page).map((c) => c.text), ''].join('|'));
    expect(onMap).toContain('|Eichenau|');
    expect(onMap).toMatch(/\|A\|?uenstedt\|/);
    expect(onMap).toContain('|9,5');
    expect(onMap).toContain('|5,4');
  });
});
