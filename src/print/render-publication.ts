/**
 * Paginates one publication's print page with Paged.js in a browser tab and saves it as PDF.
 *
 *   open /<slug>/druck/ with its content hidden (hidden-load.ts; only the local server may be contacted)
 *   → inject Paged.js with PagedConfig.auto = false → fill the lists of figures and tables, repeat table headers,
 *     reserve room for the page numbers of cross-references
 *   → set the charts' contents aside (svg-contents.ts) → preview() (progress per page), finished pages set aside
 *     (detach-pages.ts) → all pages back → the charts back
 *   → page numbers into the table of contents, the lists and the cross-references (page-numbers.ts)
 *   → point links to other site pages at the public site (or drop them) → lay out once → page.pdf()
 */
import type { Browser, Page } from 'playwright-core';
import { printErrors } from '../errors/print.ts';
import { formatProblem, ProblemError } from '../errors/problem.ts';
import type { Logger } from '../log.ts';
import { fillFigureLists } from './figure-lists.ts';
import { pdfProgress } from './progress.ts';
import { HIDDEN_LOAD_QUERY, HIDDEN_LOAD_STYLE_ID, showContent } from './hidden-load.ts';
import { PAGES_KEPT, reattachPages, registerPageDetaching } from './detach-pages.ts';
import { fillPageNumbers, reserveCrossReferencePages, RESERVED_PAGE_NUMBER } from './page-numbers.ts';
import { registerSoftHyphenBreaks } from './soft-hyphen-breaks.ts';
import { registerSubpixelOverflow } from './subpixel-overflow.ts';
import { putSvgContentsBack, setSvgContentsAside } from './svg-contents.ts';
import { registerRepeatingTableHeaders } from './table-headers.ts';

/** Runs in the page: takes the build-time hyphenation out of the text again. */
function removeSoftHyphens(): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeValue?.includes('\u00AD')) n.nodeValue = n.nodeValue.replace(/\u00AD/g, '');
  }
}

const PRINT_AS_PAGINATED = `
  .pagedjs_page_content * { break-before: auto !important; break-after: auto !important; break-inside: auto !important; }
`;

export interface PublicationJob {
  slug: string;
  /** Path of the print page on the server, e.g. `/mini-bericht/druck/`. */
  path: string;
  /** Absolute path of the PDF to write. */
  outFile: string;
  /** Path of the PDF for messages, e.g. `dist/mini-bericht/mini-bericht.pdf`. */
  displayFile: string;
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
  /**
   * False for the Chromium bundled with @sparticuz/chromium: it writes every soft hyphen into the PDF's text as a
   * space („Sta tis tiken“), which screen readers and search would read. There the print goes without hyphenation.
   */
  softHyphens?: boolean;
}

export interface PdfResult {
  slug: string;
  file: string;
  pages: number;
  seconds: number;
}

/** What the page's window holds once Paged.js is injected (kept local: no global augmentation). */
interface PagedWindow {
  PagedConfig?: { auto: boolean };
  PagedPolyfill: {
    on(event: 'page', fn: () => void): void;
    preview(): Promise<{ total: number }>;
  };
  __berichtSeite(count: number): void;
}

export async function renderPublication(job: PublicationJob, ctx: RenderContext): Promise<PdfResult> {
  const progress = pdfProgress(job.slug, ctx.logger, ctx.clock, ctx.progressIntervalMs);
  const page = await ctx.browser.newPage();
  const pageErrors: string[] = [];
  try {
    await guardRequests(page, job.slug, ctx);
    page.on('console', (m) => {
      // failed loads are reported below (local) or by the request guard (third party), with their address
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
    });
    const missing = new Set<string>();
    page.on('response', (r) => {
      if (r.status() < 400 || missing.has(r.url())) return;
      missing.add(r.url());
      ctx.logger.warn(formatProblem(printErrors.assetMissing(job.slug, r.url().replace(ctx.origin, ''), r.status())));
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.exposeFunction('__berichtSeite', (count: number) => progress.page(count));
    await page.addInitScript(() => {
      (window as unknown as PagedWindow).PagedConfig = { auto: false };
    });
    const response = await page.goto(`${ctx.origin}${job.path}?${HIDDEN_LOAD_QUERY}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new ProblemError([printErrors.printPageMissing(job.slug, job.path)]);
    await page.addScriptTag({ path: ctx.polyfillFile });
    await page.evaluate(showContent, HIDDEN_LOAD_STYLE_ID);
    await page.evaluate(fillFigureLists);
    await page.evaluate(registerRepeatingTableHeaders);
    await page.evaluate(registerSubpixelOverflow);
    await page.evaluate(reserveCrossReferencePages, RESERVED_PAGE_NUMBER);
    if (ctx.softHyphens === false) await page.evaluate(removeSoftHyphens);
    else await page.evaluate(registerSoftHyphenBreaks);
    await page.evaluate(setSvgContentsAside);
    await page.evaluate(registerPageDetaching, PAGES_KEPT);

    const layoutStart = ctx.clock();
    progress.started();
    let pages: number;
    try {
      pages = await page.evaluate(async () => {
        const w = window as unknown as PagedWindow;
        let count = 0;
        w.PagedPolyfill.on('page', () => void w.__berichtSeite(++count));
        const flow = await w.PagedPolyfill.preview();
        return flow.total;
      });
    } catch (err) {
      const detail = String((err as Error).message ?? err).replace(/^page\.evaluate: (Error: )?/, '');
      throw new ProblemError([printErrors.pagedFailed(job.slug, detail, pageErrors)]);
    }
    for (const e of pageErrors) ctx.logger.warn(`PDF ${job.slug}: Meldung der Druckseite: ${e}`);
    await page.evaluate(reattachPages);
    const lostCharts = await page.evaluate(putSvgContentsBack);
    if (lostCharts > 0) throw new ProblemError([printErrors.chartsLost(job.slug, lostCharts)]);

    await page.evaluate(fillPageNumbers);
    await page.evaluate(retargetSiteLinks, ctx.siteUrl ?? null);
    // Paged.js has already cut the pages. Chromium's printing must not cut again: a figure that Paged.js placed at
    // the foot of a page, kept whole by `break-inside: avoid`, would otherwise be pushed to a new sheet by the
    // browser and clipped away there (seen with the demo strategy's Abbildung 1).
    await page.addStyleTag({ content: PRINT_AS_PAGINATED });
    // Lay the finished document out once on screen: Chromium's print step then starts from computed styles. Left
    // to page.pdf(), the same work took a second longer for 165 pages (measured with the benchmark's publications).
    await page.evaluate(() => document.body.offsetHeight);
    const pdfStart = ctx.clock();
    await page.pdf({ path: job.outFile, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const seconds = progress.finished(pages, job.displayFile, {
      layout: (pdfStart - layoutStart) / 1000,
      pdf: (ctx.clock() - pdfStart) / 1000,
    });
    return { slug: job.slug, file: job.outFile, pages, seconds };
  } finally {
    await page.close();
  }
}

/** Only the local server may be contacted; anything else is aborted and reported once. */
async function guardRequests(page: Page, slug: string, ctx: RenderContext): Promise<void> {
  const reported = new Set<string>();
  const local = ctx.origin + '/';
  await page.route((url) => !url.href.startsWith(local), (route) => {
    const url = route.request().url();
    if (!reported.has(url)) {
      reported.add(url);
      ctx.logger.warn(formatProblem(printErrors.blockedRequest(slug, url)));
    }
    return route.abort('blockedbyclient');
  });
}

/**
 * Runs in the page: links to other pages of the local server would end up in the PDF as
 * http://127.0.0.1:… addresses. They point at the public site instead, or lose their target.
 */
function retargetSiteLinks(siteUrl: string | null): void {
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) continue;
    if (url.pathname === location.pathname && url.hash) continue;
    if (siteUrl) a.href = new URL(url.pathname.replace(/^\//, '') + url.search + url.hash, siteUrl.replace(/\/?$/, '/')).href;
    else a.removeAttribute('href');
  }
}
