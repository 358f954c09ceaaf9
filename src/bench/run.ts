/**
 * The benchmark, phase by phase, on one synthetic project generated afresh in a temporary folder:
 *
 *   generate ─▶ validate ─▶ chart floor ─▶ site cold ─▶ warm ─▶ edit ─▶ floor ─▶ PDF 300 ─▶ PDF 150 ─▶ plain ─▶ pagedjs-cli ─▶ dev edit
 *
 * Every figure is in seconds unless its name says otherwise; `figures()` adds the ratios the targets are stated in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR_ENV } from '../charts/cache.ts';
import { checkData } from '../data/check.ts';
import { appRoot, checkProject } from '../pipeline.ts';
import { projectPaths } from '../project.ts';
import { chartInputs, measureChartFloor } from './chart-floor.ts';
import { measureDevEdit } from './dev.ts';
import { generateProject } from './generate.ts';
import { browserPath, ourPdf, pagedjsCliPdf, plainPdf, type PdfFigure } from './pdf.ts';
import type { BenchScale } from './scale.ts';
import { buildSiteChild, makeCold, siteFolders, type SiteRun } from './site.ts';

export interface BenchOptions {
  scale: BenchScale;
  /** Progress lines (German). */
  log: (line: string) => void;
  /** Keep the temporary folder (for inspection). */
  keep?: boolean;
}

export type Figures = Record<string, number>;

export async function runBench({ scale, log, keep }: BenchOptions): Promise<Figures> {
  // The project lives in the temporary folder; the builds' output inside the tool's folder, because Astro puts its
  // prerendered chunks next to an outDir only when that lies below the working folder (else into the shared
  // <tool>/.astro/.prerender/, where parallel builds would overwrite each other).
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), `bericht-bench-${scale.name}-`));
  const cache = path.join(appRoot(), 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const work = fs.mkdtempSync(path.join(cache, `bericht-bench-${scale.name}-`));
  const f: Figures = {};
  try {
    let t = performance.now();
    const project = generateProject(projectDir, scale);
    const paths = projectPaths(project.root);
    log(`Projekt erzeugt in ${secs(performance.now() - t)}: ${project.content.chapters.length} Kapitel, ${project.content.charts.length} Diagramme und Karten, ${project.data.werte.toLocaleString('de-DE')} Werte → ${projectDir}, Ausgabe in ${work}`);

    t = performance.now();
    const problems = await checkProject(paths);
    f['validate_s'] = (performance.now() - t) / 1000;
    const errors = problems.filter((p) => p.severity === 'fehler');
    if (errors.length > 0) throw new Error(`Das erzeugte Projekt hat Fehler: ${errors[0]!.message}`);
    log(`Prüfen: ${f['validate_s'].toFixed(2)} s`);

    const inputs = await chartInputs(checkData(paths).store, project.content.charts);
    const floor = await measureChartFloor(inputs);
    f['chart_floor_s'] = floor.seconds;
    f['chart_count'] = floor.charts;
    log(`Diagramme direkt mit vega: ${floor.charts} in ${floor.sequentialSeconds.toFixed(2)} s, ÷ ${floor.cores} Kerne = ${floor.seconds.toFixed(2)} s`);

    const main = siteFolders(work, project.root, 'website');
    makeCold(main);
    const site = async (label: string, key: string, run: () => Promise<SiteRun>) => {
      const r = await run();
      f[key] = r.seconds;
      log(`Website ${label}: ${r.seconds.toFixed(2)} s (${r.text})`);
    };
    await site('kalt', 'site_cold_s', () => buildSiteChild(main));
    await site('warm', 'site_warm_s', () => buildSiteChild(main));
    const edited = project.content.editChapter.file;
    const original = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, original.replace(project.content.marker, `${project.content.marker} Ein neuer Satz.`));
    try {
      await site('nach Änderung eines Kapitels', 'site_edit_s', () => buildSiteChild(main));
    } finally {
      fs.writeFileSync(edited, original);
    }
    const bare = siteFolders(work, project.root, 'platzhalter');
    makeCold(bare);
    await site('mit Platzhaltern statt Diagrammen (kalt)', 'site_floor_s', () => buildSiteChild(bare, { placeholders: true }));

    const browser = await browserPath();
    const [large, small] = project.content.publications;
    const pdf = async (label: string, run: () => Promise<PdfFigure>): Promise<PdfFigure> => {
      const r = await run();
      log(`PDF ${label}: ${r.pages} Seiten in ${r.seconds.toFixed(2)} s = ${r.perPage.toFixed(3)} s/Seite`);
      return r;
    };
    const progress = { info: (m: string) => log(`  ${m}`), warn: (m: string) => log(`  ${m}`), error: (m: string) => log(`  ${m}`) };
    const big = await pdf(`${large} (Paged.js, unser Weg)`, () => ourPdf(main.dist, large, browser, progress));
    const mid = await pdf(`${small} (Paged.js, unser Weg)`, () => ourPdf(main.dist, small, browser, progress));
    const plain = await pdf(`${small} (Chromium ohne Paged.js)`, () => plainPdf(main.dist, small, browser, path.join(work, 'plain.pdf')));
    const cli = await pdf(`${small} (pagedjs-cli)`, () => pagedjsCliPdf(main.dist, small, browser, path.join(work, 'pagedjs-cli.pdf'), appRoot()));
    f['pdf_pages_300'] = big.pages;
    f['pdf_pages_150'] = mid.pages;
    f['pdf_s_per_page_300'] = big.perPage;
    f['pdf_s_per_page_150'] = mid.perPage;
    f['plain_print_s_per_page'] = plain.perPage;
    f['pagedjs_cli_s_per_page'] = cli.perPage;

    const dev = await measureDevEdit({
      project: project.root,
      cacheDir: path.join(work, 'astro-cache-dev'),
      cwd: appRoot(),
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [CACHE_DIR_ENV]: main.chartCache },
      chapterFile: edited,
      pagePath: `/${small}/${project.content.editChapter.slug}/`,
      marker: project.content.marker,
    });
    f['dev_edit_ms'] = dev.ms;
    log(`Entwicklungsserver: erste Seite nach ${(dev.firstLoadMs / 1000).toFixed(1)} s, Änderung sichtbar nach ${dev.runs.map((r) => r.toFixed(0)).join(' / ')} ms`);
    return withRatios(f);
  } finally {
    if (!keep) for (const dir of [work, projectDir]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function withRatios(f: Figures): Figures {
  const r = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : NaN);
  return {
    ...f,
    pdf_vs_plain: r(f['pdf_s_per_page_150'], f['plain_print_s_per_page']),
    pdf_vs_pagedjs_cli: r(f['pdf_s_per_page_150'], f['pagedjs_cli_s_per_page']),
    pdf_growth: r(f['pdf_s_per_page_300'], f['pdf_s_per_page_150']),
    site_cold_vs_floor: r(f['site_cold_s'], (f['site_floor_s'] ?? NaN) + (f['chart_floor_s'] ?? NaN)),
    site_warm_vs_floor: r(f['site_warm_s'], f['site_floor_s']),
  };
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
