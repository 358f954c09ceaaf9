/**
 * The benchmark, phase by phase, on one synthetic project generated afresh in a temporary folder:
 *
 *   generate ─▶ validate ─▶ chart floor ─▶ rounds of (site cold ─▶ warm ─▶ edit, with the floor in between)
 *            ─▶ rounds of (PDF 300 ─▶ PDF 150 ─▶ plain ─▶ pagedjs-cli) ─▶ dev edit
 *
 * Every measurement runs `scale.runden` times (5 for the full benchmark; the PDFs `scale.pdfRunden`, 3) and counts
 * with its median: on a shared two-core machine single runs of the same build differed by a fifth. Disk writes are
 * flushed before each step.
 * Figures are in seconds unless their name says otherwise; `withRatios()` adds the ratios the targets are stated in,
 * each the median of the ratios within the rounds.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR_ENV } from '../charts/cache.ts';
import { checkData } from '../data/check.ts';
import { resetStoreCache } from '../data/index.ts';
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

    const rounds = scale.runden;
    const runs: Runs = {};
    const record = (key: string, value: number) => (runs[key] ??= []).push(value);
    const spread = (key: string, unit: string, digits = 2) => {
      const v = runs[key] ?? [];
      return v.length > 1 ? ` (Median aus ${v.map((x) => x.toFixed(digits)).join(' / ')} ${unit})` : '';
    };

    for (let r = 0; r < rounds; r++) {
      resetStoreCache(); // every round reads and checks all files again
      t = performance.now();
      const problems = await checkProject(paths);
      record('validate_s', (performance.now() - t) / 1000);
      const errors = problems.filter((p) => p.severity === 'fehler');
      if (errors.length > 0) throw new Error(`Das erzeugte Projekt hat Fehler: ${errors[0]!.message}`);
    }
    f['validate_s'] = median(runs['validate_s']!);
    log(`Prüfen: ${f['validate_s'].toFixed(2)} s${spread('validate_s', 's')}`);

    const inputs = await chartInputs(checkData(paths).store, project.content.charts);
    let cores = 1;
    for (let r = 0; r < rounds; r++) {
      const floor = await measureChartFloor(inputs);
      record('chart_floor_s', floor.seconds);
      cores = floor.cores;
    }
    f['chart_floor_s'] = median(runs['chart_floor_s']!);
    f['chart_count'] = inputs.length;
    log(`Diagramme direkt mit vega: ${inputs.length} in ${(f['chart_floor_s'] * cores).toFixed(2)} s, ÷ ${cores} Kerne = ${f['chart_floor_s'].toFixed(2)} s${spread('chart_floor_s', 's')}`);

    // Site builds in rounds of cold, warm, after an edit, and the floor, so a slow spell of the machine hits all
    // of them alike; each figure is the median of its rounds. The floor moves through the round (first, second, …)
    // so that no figure always follows the same step.
    const main = siteFolders(work, project.root, 'website');
    const bare = siteFolders(work, project.root, 'platzhalter');
    const edited = project.content.editChapter.file;
    const original = fs.readFileSync(edited, 'utf8');
    const site = async (label: string, key: string, run: () => Promise<SiteRun>) => {
      quietDisk();
      const res = await run();
      record(key, res.seconds);
      log(`Website ${label}: ${res.seconds.toFixed(2)} s (${res.text})`);
    };
    for (let r = 0; r < rounds; r++) {
      if (rounds > 1) log(`Runde ${r + 1} von ${rounds}`);
      const floor = async () => {
        makeCold(bare);
        await site('mit Platzhaltern statt Diagrammen (kalt)', 'site_floor_s', () => buildSiteChild(bare, { placeholders: true }));
      };
      const floorAt = r % 4;
      if (floorAt === 0) await floor();
      makeCold(main);
      await site('kalt', 'site_cold_s', () => buildSiteChild(main));
      if (floorAt === 1) await floor();
      await site('warm', 'site_warm_s', () => buildSiteChild(main));
      if (floorAt === 2) await floor();
      fs.writeFileSync(edited, original.replace(project.content.marker, `${project.content.marker} Ein neuer Satz (Runde ${r + 1}).`));
      try {
        await site('nach Änderung eines Kapitels', 'site_edit_s', () => buildSiteChild(main));
      } finally {
        fs.writeFileSync(edited, original);
      }
      if (floorAt === 3) await floor();
    }
    for (const key of ['site_cold_s', 'site_warm_s', 'site_edit_s', 'site_floor_s']) f[key] = median(runs[key]!);

    const browser = await browserPath();
    const [large, small] = project.content.publications;
    const progress = { info: (m: string) => log(`  ${m}`), warn: (m: string) => log(`  ${m}`), error: (m: string) => log(`  ${m}`) };
    const pdf = async (label: string, key: string, run: () => Promise<PdfFigure>): Promise<PdfFigure> => {
      quietDisk();
      const res = await run();
      record(key, res.perPage);
      record(`${key}_seiten`, res.pages);
      log(`PDF ${label}: ${res.pages} Seiten in ${res.seconds.toFixed(2)} s = ${res.perPage.toFixed(3)} s/Seite`);
      return res;
    };
    for (let r = 0; r < scale.pdfRunden; r++) {
      if (scale.pdfRunden > 1) log(`PDF-Runde ${r + 1} von ${scale.pdfRunden}`);
      await pdf(`${large} (Paged.js, unser Weg)`, 'pdf_s_per_page_300', () => ourPdf(main.dist, large, browser, progress));
      await pdf(`${small} (Paged.js, unser Weg)`, 'pdf_s_per_page_150', () => ourPdf(main.dist, small, browser, progress));
      await pdf(`${small} (Chromium ohne Paged.js)`, 'plain_print_s_per_page', () => plainPdf(main.dist, small, browser, path.join(work, 'plain.pdf')));
      await pdf(`${small} (pagedjs-cli)`, 'pagedjs_cli_s_per_page', () => pagedjsCliPdf(main.dist, small, browser, path.join(work, 'pagedjs-cli.pdf'), appRoot()));
    }
    for (const key of ['pdf_s_per_page_300', 'pdf_s_per_page_150', 'plain_print_s_per_page', 'pagedjs_cli_s_per_page']) f[key] = median(runs[key]!);
    f['pdf_pages_300'] = median(runs['pdf_s_per_page_300_seiten']!);
    f['pdf_pages_150'] = median(runs['pdf_s_per_page_150_seiten']!);
    f['rounds'] = rounds;
    f['pdf_rounds'] = scale.pdfRunden;

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
    return withRatios(f, runs);
  } finally {
    if (!keep) for (const dir of [work, projectDir]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every measurement of a figure, in the order of the rounds. */
export type Runs = Record<string, number[]>;

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ratios the targets are stated in. Each is taken within a round, from measurements made one after the other,
 * and the median of the rounds counts: a slow spell of the machine then weighs on both sides of a ratio alike.
 */
export function withRatios(f: Figures, runs: Runs): Figures {
  /** Median over the rounds of top ÷ (sum of bottom); a figure without runs counts with its value in every round. */
  const ratio = (top: string, ...bottom: string[]) => {
    const lengths = [top, ...bottom].flatMap((k) => (runs[k] ? [runs[k].length] : []));
    const rounds = lengths.length > 0 ? Math.max(1, Math.min(...lengths)) : 1;
    const at = (key: string, i: number) => runs[key]?.[i] ?? f[key] ?? NaN;
    const values = Array.from({ length: rounds }, (_, i) => at(top, i) / bottom.reduce((sum, k) => sum + at(k, i), 0));
    return median(values.filter(Number.isFinite));
  };
  return {
    ...f,
    pdf_vs_plain: ratio('pdf_s_per_page_150', 'plain_print_s_per_page'),
    pdf_vs_pagedjs_cli: ratio('pdf_s_per_page_150', 'pagedjs_cli_s_per_page'),
    pdf_growth: ratio('pdf_s_per_page_300', 'pdf_s_per_page_150'),
    site_cold_vs_floor: ratio('site_cold_s', 'site_floor_s', 'chart_floor_s'),
    site_warm_vs_floor: ratio('site_warm_s', 'site_floor_s'),
  };
}

/** Writes of the step before are flushed first, so that no step pays for another's disk work (Linux, macOS). */
function quietDisk(): void {
  try {
    execFileSync('sync', { stdio: 'ignore', timeout: 30_000 });
  } catch {
    // no sync command (Windows): measure as it is
  }
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
