/**
 * One browser tab with a publication's print page, ready for Paged.js, and its layout run.
 *
 *   open /<slug>/druck/ with its content hidden until Paged.js takes it (hidden-load.ts; only the local server
 *   may be contacted)
 *   → inject Paged.js with PagedConfig.auto = false, and our in-page helpers (in-page.ts) → register our handlers:
 *     repeated table headers, sub-pixel overflow, empty footnote areas, headings kept with what follows, soft-hyphen
 *     breaks → reserve room for the page numbers of
 *     cross-references
 *   … the caller fills the lists of figures, sets the charts' contents aside (setChartsAside), keeps one part …
 *   → layOut: finished pages set aside while Paged.js works (detach-pages.ts), no waiting for frames
 *     (paged-queue.ts), fewer overflow checks (overflow-checks.ts), preview()
 *
 * Each tab opened with `browser.newPage()` has its own context and renderer process, so tabs lay out in parallel.
 */
import type { Browser, Page } from 'playwright-core';
import { printErrors } from '../errors/print.ts';
import { formatProblem, ProblemError } from '../errors/problem.ts';
import type { Logger } from '../log.ts';
import { PAGES_KEPT, registerPageDetaching } from './detach-pages.ts';
import { registerEmptyFootnoteAreas } from './footnote-area.ts';
import { HIDDEN_LOAD_QUERY, HIDDEN_LOAD_STYLE_ID } from './hidden-load.ts';
import { registerKeepWithNext } from './keep-with-next.ts';
import { HELPERS_PATH, POLYFILL_PATH } from './page-scripts.ts';
import { checkOverflowLessOften, OVERFLOW_CHECK_FACTOR } from './overflow-checks.ts';
import { runPagedQueueWithoutFrames } from './paged-queue.ts';
import { reserveCrossReferencePages, RESERVED_PAGE_NUMBER } from './page-numbers.ts';
import { registerSoftHyphenBreaks } from './soft-hyphen-breaks.ts';
import { registerSubpixelOverflow } from './subpixel-overflow.ts';
import { setSvgContentsAside } from './svg-contents.ts';
import { registerRepeatingTableHeaders } from './table-headers.ts';

export interface TabContext {
  browser: Browser;
  origin: string;
  polyfillFile: string;
  logger: Logger;
  /** Addresses already reported (missing files, blocked requests), shared by the tabs of one publication. */
  reported: Set<string>;
}

export interface PrintTab {
  page: Page;
  /** Errors the page reported (script errors, console errors). */
  errors: string[];
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

/** Opens the print page at `printPath` in a new tab; `onPage` hears the count of pages laid out so far. */
export async function openPrintTab(slug: string, printPath: string, ctx: TabContext, onPage: (count: number) => void): Promise<PrintTab> {
  const page = await ctx.browser.newPage();
  const errors: string[] = [];
  try {
    await guardRequests(page, slug, ctx);
    page.on('console', (m) => {
      // failed loads are reported below (local) or by the request guard (third party), with their address
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() < 400 || ctx.reported.has(r.url())) return;
      ctx.reported.add(r.url());
      ctx.logger.warn(formatProblem(printErrors.assetMissing(slug, r.url().replace(ctx.origin, ''), r.status())));
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.exposeFunction('__berichtSeite', onPage);
    await page.addInitScript(() => {
      (window as unknown as PagedWindow).PagedConfig = { auto: false };
    });
    const response = await page.goto(`${ctx.origin}${printPath}?${HIDDEN_LOAD_QUERY}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new ProblemError([printErrors.printPageMissing(slug, printPath)]);
    // from the page's own origin: its Content-Security-Policy allows no other script (page-scripts.ts)
    await page.addScriptTag({ url: `${ctx.origin}${POLYFILL_PATH}` });
    await page.addScriptTag({ url: `${ctx.origin}${HELPERS_PATH}` });
    await page.evaluate(registerRepeatingTableHeaders);
    await page.evaluate(registerSubpixelOverflow);
    await page.evaluate(registerEmptyFootnoteAreas);
    await page.evaluate(registerKeepWithNext);
    await page.evaluate(reserveCrossReferencePages, RESERVED_PAGE_NUMBER);
    await page.evaluate(registerSoftHyphenBreaks);
    return { page, errors };
  } catch (err) {
    await page.close();
    throw err;
  }
}

/**
 * Empties the charts of the whole print page (svg-contents.ts), before a tab keeps its part: every tab numbers the
 * charts alike, so the first tab, which keeps all their contents, can fill the charts of every part's pages.
 */
export async function setChartsAside(tab: PrintTab): Promise<number> {
  return tab.page.evaluate(setSvgContentsAside);
}

/**
 * Paged.js lays the tab's content out into pages (charts already emptied), finished pages set aside, without waiting
 * for frames. The pages stay set aside: finish-document.ts brings them back with everything else.
 */
export async function layOut(tab: PrintTab, slug: string): Promise<void> {
  await tab.page.evaluate(registerPageDetaching, PAGES_KEPT);
  await tab.page.evaluate(runPagedQueueWithoutFrames);
  await tab.page.evaluate(checkOverflowLessOften, OVERFLOW_CHECK_FACTOR);
  try {
    await tab.page.evaluate(async (hiddenStyle) => {
      const w = window as unknown as PagedWindow;
      let count = 0;
      w.PagedPolyfill.on('page', () => void w.__berichtSeite(++count));
      // shown and taken by Paged.js in one go: the browser never lays out the unpaginated page
      document.getElementById(hiddenStyle)?.remove();
      await w.PagedPolyfill.preview();
    }, HIDDEN_LOAD_STYLE_ID);
  } catch (err) {
    const detail = String((err as Error).message ?? err).replace(/^page\.evaluate: (Error: )?/, '');
    throw new ProblemError([printErrors.pagedFailed(slug, detail, tab.errors)]);
  }
}

/** Only the local server may be contacted; anything else is aborted and reported once. */
async function guardRequests(page: Page, slug: string, ctx: TabContext): Promise<void> {
  const local = ctx.origin + '/';
  await page.route((url) => !url.href.startsWith(local), (route) => {
    const url = route.request().url();
    if (!ctx.reported.has(url)) {
      ctx.reported.add(url);
      ctx.logger.warn(formatProblem(printErrors.blockedRequest(slug, url)));
    }
    return route.abort('blockedbyclient');
  });
}
