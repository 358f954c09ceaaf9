/**
 * Runs in the print pages (passed to page.evaluate) once Paged.js is done, with the helpers of in-page.ts installed:
 * everything that changes the document before printing, in two calls, each followed by one layout, so the browser
 * restyles the publication once instead of after every step.
 *
 *   first tab, as soon as its part is laid out (settleOwnPages):
 *     its pages back → end marker dropped → its charts back → the style that keeps Chromium from cutting again
 *   first tab, when the later parts are taken out (finishDocument):
 *     their pages joined → their charts back → page numbers into the contents, the lists and the
 *     cross-references → links to the public site
 */
import type { PrintHelpers } from './in-page.ts';
import type { TakenPages } from './join-pages.ts';

export interface SettleArgs {
  /** Global that holds the helpers (HELPERS_GLOBAL). */
  helpers: string;
  /** Whether this part ends with an end marker (the first of several parts). */
  dropEnd: boolean;
  /** CSS added before printing. */
  css: string;
}

/**
 * The first part's own pages, as soon as Paged.js has laid them out (while later parts may still be at work): pages
 * back, end marker dropped, their charts back, the print CSS, one layout.
 */
export function settleOwnPages(args: SettleArgs): number {
  const h = (window as unknown as Record<string, PrintHelpers>)[args.helpers]!;
  const pages = h.reattachPages();
  if (args.dropEnd) h.dropPartEnd();
  h.putSvgContentsBack();
  const style = document.createElement('style');
  style.textContent = args.css;
  document.head.appendChild(style);
  void document.body.offsetHeight;
  return pages;
}

export interface FinishArgs {
  helpers: string;
  /** The pages of the later parts, in order (empty for a publication laid out in one part). */
  taken: TakenPages[];
  siteUrl: string | null;
}

export interface Finished {
  pages: number;
  /** Charts whose contents found no place on the pages (must be 0). */
  lostCharts: number;
}

/** Then: later parts' pages joined, their charts back, page numbers, links, one more layout (of what changed). */
export function finishDocument(args: FinishArgs): Finished {
  const h = (window as unknown as Record<string, PrintHelpers>)[args.helpers]!;
  const pages = h.joinPages(args.taken);
  const lostCharts = h.putSvgContentsBack();
  h.fillPageNumbers();
  h.retargetSiteLinks(args.siteUrl);
  void document.body.offsetHeight;
  return { pages, lostCharts };
}

/**
 * Runs in a later part's tab: its pages back, its end marker dropped, pages taken out. Their charts travel empty:
 * the first tab holds the contents of every chart and fills them after the join.
 */
export function takePart(args: { helpers: string; dropEnd: boolean }): TakenPages {
  const h = (window as unknown as Record<string, PrintHelpers>)[args.helpers]!;
  h.reattachPages();
  if (args.dropEnd) h.dropPartEnd();
  return h.takePages();
}
