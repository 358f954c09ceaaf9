/**
 * Runs in the print page (passed to page.evaluate) once Paged.js has laid out every part, with the helpers of
 * in-page.ts installed: everything that changes the document before printing, in one call and followed by one
 * layout, so the browser restyles the whole publication once instead of after every step.
 *
 *   all pages back → a later part's end marker dropped → later parts' pages joined → all charts back
 *   → page numbers into the contents, the lists and the cross-references → links to the public site
 *   → the style that keeps Chromium from cutting pages again → one layout
 */
import type { PrintHelpers } from './in-page.ts';
import type { TakenPages } from './join-pages.ts';

export interface FinishArgs {
  /** Global that holds the helpers (HELPERS_GLOBAL). */
  helpers: string;
  /** The pages of the later parts, in order (empty for a publication laid out in one part). */
  taken: TakenPages[];
  /** Whether this part ends with an end marker (the first of several parts). */
  dropEnd: boolean;
  siteUrl: string | null;
  /** CSS added before printing. */
  css: string;
}

export interface Finished {
  pages: number;
  /** Charts whose contents found no place on the pages (must be 0). */
  lostCharts: number;
}

export function finishDocument(args: FinishArgs): Finished {
  const h = (window as unknown as Record<string, PrintHelpers>)[args.helpers]!;
  h.reattachPages();
  if (args.dropEnd) h.dropPartEnd();
  const pages = h.joinPages(args.taken);
  const lostCharts = h.putSvgContentsBack();
  h.fillPageNumbers();
  h.retargetSiteLinks(args.siteUrl);
  const style = document.createElement('style');
  style.textContent = args.css;
  document.head.appendChild(style);
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
