/**
 * Paginates one publication's print page with Paged.js and saves it as PDF.
 *
 *   plan the parts from the print page's HTML (print-parts.ts; one part for a short publication)
 *   → a tab per part, all loading at once (print-tab.ts); every tab numbers the items the completeness check
 *     looks for (content-marks.ts); the first fills the lists of figures and tables
 *   → every tab empties all charts, then keeps its part (keep-part.ts) → Paged.js lays the parts out in parallel
 *   → the later parts' pages are taken out, their charts still empty (join-pages.ts)
 *   → the first tab, as soon as its part is done, switches to print media and settles its own pages; then joins
 *     the later parts' pages, fills their charts, page numbers and links (finish-document.ts)
 *   → soft hyphens out, a real hyphen and a space where lines end (line-ends.ts) → random ids numbered
 *     (stable-ids.ts) → charts named by title and
 *     description (pdf-ua/chart-labels.ts) → page.pdf()
 *   → at once: PDF/UA post-processing (pdf-ua/; it proves that it changes nothing painted) and, in a worker thread
 *     started while Chromium prints, the check of Chromium's PDF: every chart, map, table and footnote painted on its page
 *     (completeness.ts, completeness-thread.ts) → file, only when the check found nothing
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { printErrors } from '../errors/print.ts';
import { ProblemError } from '../errors/problem.ts';
import type { Logger } from '../log.ts';
import { startCompletenessThread } from './completeness-thread.ts';
import { findPlacements, markContent } from './content-marks.ts';
import { fillFigureLists } from './figure-lists.ts';
import { finishDocument, settleOwnPages, takePart } from './finish-document.ts';
import { HELPERS_GLOBAL } from './in-page.ts';
import type { TakenPages } from './join-pages.ts';
import { keepPart } from './keep-part.ts';
import { settleLineEnds } from './line-ends.ts';
import { stabilizeIds } from './stable-ids.ts';
import { PART_ATTRIBUTE, planParts, type PartRange } from './print-parts.ts';
import { layOut, openPrintTab, setChartsAside, type PrintTab, type TabContext } from './print-tab.ts';
import { labelChartsForPdf } from './pdf-ua/chart-labels.ts';
import { footnoteFacts } from './pdf-ua/footnote-calls.ts';
import { accessibleOrAsPrinted, type PdfMeta } from './pdf-ua/index.ts';
import { pdfProgress } from './progress.ts';

/** Attribute that numbers the charts, tables and footnotes for the completeness check (content-marks.ts). */
const MARK_ATTRIBUTE = 'data-vollstaendig';

/**
 * Paged.js has already cut the pages. Chromium's printing must not cut again: a figure that Paged.js placed at the
 * foot of a page, kept whole by `break-inside: avoid`, would otherwise be pushed to a new sheet by the browser and
 * clipped away there (seen with the demo strategy's Abbildung 1).
 */
const PRINT_AS_PAGINATED = `
  .pagedjs_page_content * { break-before: auto !important; break-after: auto !important; break-inside: auto !important; }
`;

export interface PublicationJob {
  slug: string;
  /** Path of the print page on the server, e.g. `/mini-bericht/druck/`. */
  path: string;
  /** The print page's file, e.g. `<dist>/mini-bericht/druck/index.html`. */
  htmlFile: string;
  /** Absolute path of the PDF to write. */
  outFile: string;
  /** Path of the PDF for messages, e.g. `dist/mini-bericht/mini-bericht.pdf`. */
  displayFile: string;
  /** Title, date, Drucksache … for the PDF/UA metadata; without it, the title of the print page. */
  meta?: PdfMeta;
}

export interface RenderContext {
  browser: Browser;
  origin: string;
  polyfillFile: string;
  logger: Logger;
  clock: () => number;
  /** Public address of the website; links to other pages of the site point there in the PDF. */
  siteUrl?: string;
  progressIntervalMs?: number;
  /** At most this many parts are laid out at once (tabs, each on its own core); 1 lays out the whole in one tab. */
  maxParts?: number;
  /** Estimated pages a part must have at least (default MIN_PAGES_PER_PART; tests split short publications). */
  minPagesPerPart?: number;
}

export interface PdfResult {
  slug: string;
  file: string;
  pages: number;
  /** Parts laid out in parallel. */
  parts: number;
  seconds: number;
}

export async function renderPublication(job: PublicationJob, ctx: RenderContext): Promise<PdfResult> {
  const progress = pdfProgress(job.slug, ctx.logger, ctx.clock, ctx.progressIntervalMs);
  const { parts } = planParts(fs.readFileSync(job.htmlFile, 'utf8'), ctx.maxParts ?? 1, ctx.minPagesPerPart);
  const tabContext: TabContext = { ...ctx, reported: new Set() };
  const counts = parts.map(() => 0);
  const onPage = (part: number) => (count: number) => {
    counts[part] = count;
    progress.page(counts.reduce((a, b) => a + b, 0));
  };
  const opened = await Promise.allSettled(parts.map((_, i) => openPrintTab(job.slug, job.path, tabContext, onPage(i))));
  const tabs = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  try {
    const failed = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    const [first, ...later] = tabs as [PrintTab, ...PrintTab[]];
    const [items = []] = await Promise.all(tabs.map((tab) => tab.page.evaluate(markContent, MARK_ATTRIBUTE)));
    await first.page.evaluate(fillFigureLists);
    await Promise.all(tabs.map((tab) => setChartsAside(tab)));
    if (parts.length > 1) await Promise.all(tabs.map((tab, i) => tab.page.evaluate(keepPart, keptPart(parts, i))));

    const layoutStart = ctx.clock();
    progress.started();
    const laterParts = Promise.all(later.map((tab, i) => layOutLater(tab, job.slug, i + 1 < later.length)));
    laterParts.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
    await layOut(first, job.slug);
    // Print media from here on: switched while only the last few pages are in the document, it costs nothing; left
    // to page.pdf(), the whole publication was styled a second time (0.7 s for 165 pages). The first part's own
    // pages are made ready while the later parts may still be laid out.
    await first.page.emulateMedia({ media: 'print' });
    await first.page.evaluate(settleOwnPages, { helpers: HELPERS_GLOBAL, dropEnd: later.length > 0, css: PRINT_AS_PAGINATED });
    const taken = await laterParts;
    for (const e of tabs.flatMap((t) => t.errors)) ctx.logger.warn(`PDF ${job.slug}: Meldung der Druckseite: ${e}`);
    await Promise.all(later.map((tab) => tab.page.close()));
    const { pages, lostCharts } = await first.page.evaluate(finishDocument, { helpers: HELPERS_GLOBAL, taken, siteUrl: ctx.siteUrl ?? null });
    if (lostCharts > 0) throw new ProblemError([printErrors.chartsLost(job.slug, lostCharts)]);
    // the text layer: soft hyphens out, a hyphen and a space where lines end (line-ends.ts); the pages stay as they are
    await first.page.evaluate(settleLineEnds, '.pagedjs_pages');
    const placed = await first.page.evaluate(findPlacements, MARK_ATTRIBUTE);
    // random ids (Paged.js' footnotes) numbered in order: the same Fassung gives the same PDF (stable-ids.ts)
    await first.page.evaluate(stabilizeIds);
    await first.page.evaluate(labelChartsForPdf);
    const footnotes = await first.page.evaluate(footnoteFacts);
    const pdfStart = ctx.clock();
    const checker = startCompletenessThread();
    let printed: Uint8Array;
    try {
      printed = await first.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } catch (err) {
      await checker.close();
      throw err;
    }
    const uaStart = ctx.clock();
    // Chromium's file is checked in a worker thread while this thread makes it accessible; the PDF/UA step proves
    // that it paints exactly what Chromium's file paints (pdf-ua/index.ts), or the file is written as printed.
    const checked = checker.check({ bytes: printed, slug: job.slug, items, placed });
    checked.catch(() => {}); // awaited below
    const meta = job.meta ?? { title: await first.page.title(), language: 'de-DE' };
    const accessible = await accessibleOrAsPrinted(printed, meta, { footnotes }, { slug: job.slug, file: job.displayFile, logger: ctx.logger });
    const checkStart = ctx.clock();
    const { problems } = await checked;
    // an incomplete PDF must not be handed on as if it were the publication (nor an earlier one left in its place)
    if (problems.length > 0) {
      fs.rmSync(job.outFile, { force: true });
      throw new ProblemError(problems);
    }
    fs.writeFileSync(job.outFile, accessible);
    const seconds = progress.finished(pages, job.displayFile, {
      layout: (pdfStart - layoutStart) / 1000,
      pdf: (uaStart - pdfStart) / 1000,
      accessible: (checkStart - uaStart) / 1000,
      // what the check, running alongside, took beyond the PDF/UA step
      check: (ctx.clock() - checkStart) / 1000,
      parts: parts.length,
    });
    return { slug: job.slug, file: job.outFile, pages, parts: parts.length, seconds };
  } finally {
    await Promise.all(tabs.map((tab) => tab.page.close().catch(() => {})));
  }
}

function keptPart(parts: readonly PartRange[], i: number) {
  return { ...parts[i]!, first: i === 0, last: i === parts.length - 1, attribute: PART_ATTRIBUTE };
}

/** A later part: laid out, its end marker dropped (unless it is the last), pages taken out (charts still empty). */
async function layOutLater(tab: PrintTab, slug: string, dropEnd: boolean): Promise<TakenPages> {
  await layOut(tab, slug);
  return tab.page.evaluate(takePart, { helpers: HELPERS_GLOBAL, dropEnd });
}
