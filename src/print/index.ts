/**
 * The print step: one PDF per publication from the built site.
 *
 *   dist/<slug>/druck/index.html ─┐
 *   find browser ─ start server ──┼→ one browser, publications 2 at a time, a long one in parts, a tab each
 *                                  └→ Paged.js → pages joined → page.pdf() → dist/<slug>/<slug>.neu-<pid>.pdf
 *   all publications done → each renamed to dist/<slug>/<slug>.pdf; any failure → none renamed, the old PDFs stay
 *
 * Every tab is a renderer process of its own: the cores are shared out as publications at once × parts each.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { printErrors } from '../errors/print.ts';
import { ProblemError, type Problem } from '../errors/problem.ts';
import type { Logger } from '../log.ts';
import { shownDir } from '../output/location.ts';
import { isRunning } from '../output/staging.ts';
import { inSite } from '../site/address.ts';
import { sitePaths } from '../site/links.ts';
import { chooseBrowser } from './browser.ts';
import { launchBrowser } from './launch.ts';
import { pdfMetaFromSettings, type PdfSettings } from './pdf-ua/index.ts';
import { findPolyfill } from './polyfill.ts';
import { renderPublication, type PdfResult, type PublicationJob } from './render-publication.ts';
import { printPageScripts } from './page-scripts.ts';
import { startServer } from './server.ts';

export type { PdfResult } from './render-publication.ts';

export interface RenderPdfsOptions {
  /** The built site, e.g. `/work/main/dist`. */
  distDir: string;
  /** How messages name the site's folder (`dist/`) when `distDir` is a staging folder; default: `distDir` itself. */
  shownDir?: string;
  /** `slug`, and the settings for the PDF's metadata (title, date, Drucksache) when given. */
  publications: readonly { slug: string; settings?: PdfSettings }[];
  logger: Logger;
  /** Browser executable; default: `BERICHT_BROWSER` or the usual install paths. */
  browserPath?: string;
  /** Publications rendering at once. Default 2. */
  concurrency?: number;
  /**
   * Parts a long publication is laid out in, in parallel. Default: the cores left per publication (cores ÷
   * publications at once); 1 lays every publication out in one tab.
   */
  parts?: number;
  /** Estimated pages each part must have at least (default 30: shorter ones are not worth a tab of their own). */
  minPagesPerPart?: number;
  /**
   * Public address of the website's domain (`https://kreis.example/`), for links in the PDF to other pages of the
   * site; the paths carry the base already. Without it such links lose their target.
   */
  siteUrl?: string;
  /** The site's base path (`/sozialplanung/`, default `/`): the print pages are served below it, as in public. */
  base?: string;
  env?: Record<string, string | undefined>;
  clock?: () => number;
}

export async function renderPdfs(options: RenderPdfsOptions): Promise<PdfResult[]> {
  const distDir = path.resolve(options.distDir);
  const shown = options.shownDir ?? shownDir(distDir);
  const base = options.base ?? '/';
  const jobs = options.publications.map((p) => jobFor(distDir, shown, p.slug, base, p.settings));
  checkBuilt(distDir, shown, jobs);
  if (jobs.length === 0) return [];
  for (const job of jobs) removeStalePdfs(job.finalFile);
  try {
    const results = await renderAll(distDir, jobs, options);
    // every publication succeeded: only now do the new PDFs replace the old ones
    for (const job of jobs) fs.renameSync(job.outFile, job.finalFile);
    return results.map((r) => ({ ...r, file: jobs.find((j) => j.slug === r.slug)!.finalFile }));
  } finally {
    for (const job of jobs) fs.rmSync(job.outFile, { force: true });
  }
}

async function renderAll(distDir: string, jobs: readonly PdfJob[], options: RenderPdfsOptions): Promise<PdfResult[]> {
  const choice = options.browserPath
    ? { executablePath: options.browserPath, bundled: false }
    : await chooseBrowser({ env: options.env ?? process.env });
  if (choice.bundled) options.logger.info('PDF: kein installierter Browser gefunden, nutze das mitgelieferte Chromium.');
  const polyfillFile = findPolyfill();
  const clock = options.clock ?? (() => performance.now());

  const server = await startServer(distDir, printPageScripts(polyfillFile), options.base ?? '/');
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(choice.executablePath, choice.env);
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
    const ctx = {
      browser,
      maxParts: options.parts ?? Math.max(1, Math.floor(os.availableParallelism() / concurrency)),
      ...(options.minPagesPerPart ? { minPagesPerPart: options.minPagesPerPart } : {}),
      origin: server.origin,
      polyfillFile,
      logger: options.logger,
      clock,
      siteUrl: options.siteUrl,
    };
    const settled = await pool(jobs, concurrency, (job) => renderPublication(job, ctx));
    const problems: Problem[] = [];
    const results: PdfResult[] = [];
    for (const s of settled) {
      if (s.status === 'fulfilled') results.push(s.value);
      else if (s.reason instanceof ProblemError) problems.push(...s.reason.problems);
      else throw s.reason;
    }
    if (problems.length > 0) throw new ProblemError(problems);
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** A publication's print job; the PDF is written to `outFile` first and becomes `finalFile` when all succeeded. */
interface PdfJob extends PublicationJob {
  finalFile: string;
}

const STALE = /^(.+)\.neu-(\d+)\.pdf$/;

function jobFor(distDir: string, shown: string, slug: string, base: string, settings: PdfSettings | undefined): PdfJob {
  const rel = sitePaths.pdf(slug).slice(1);
  const printPath = sitePaths.print(slug);
  const finalFile = path.join(distDir, rel);
  return {
    slug,
    path: inSite(printPath, base),
    htmlFile: path.join(distDir, printPath, 'index.html'),
    outFile: finalFile.replace(/\.pdf$/, `.neu-${process.pid}.pdf`),
    finalFile,
    displayFile: `${shown}${rel}`,
    ...(settings ? { meta: pdfMetaFromSettings(settings) } : {}),
  };
}

/** Removes `<slug>.neu-<pid>.pdf` files that a killed run left next to this PDF. */
function removeStalePdfs(finalFile: string): void {
  const dir = path.dirname(finalFile);
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const name of names) {
    const m = STALE.exec(name);
    if (m && `${m[1]}.pdf` === path.basename(finalFile) && (Number(m[2]) === process.pid || !isRunning(Number(m[2])))) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

function checkBuilt(distDir: string, shown: string, jobs: readonly PublicationJob[]): void {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new ProblemError([printErrors.distMissing(shown)]);
  }
  const missing = jobs.filter((j) => !fs.existsSync(j.htmlFile));
  if (missing.length > 0) {
    throw new ProblemError(missing.map((j) => printErrors.printPageMissing(j.slug, `${shown.replace(/\/$/, '')}${sitePaths.print(j.slug)}index.html`)));
  }
}

/** Runs `work` over `items` with at most `limit` at once; keeps input order in the result. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: 'fulfilled', value: await work(items[i]!) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
