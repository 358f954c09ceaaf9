/**
 * The functions of ours that run inside the print page, installed once per tab as `window.__berichtDruck`. Each is
 * self-contained (it only uses the DOM and its arguments), so its source text can be sent to the page as it is.
 *
 * Why installed rather than passed to page.evaluate one by one: between two evaluate calls the browser may draw a
 * frame, and every frame lays the whole document out again. After pagination the steps that change the document
 * (pages back, charts back, page numbers, links) run in one call, followed by one layout (finish-document.ts).
 */
import { reattachPages } from './detach-pages.ts';
import { joinPages, takePages } from './join-pages.ts';
import { dropPartEnd } from './keep-part.ts';
import { fillPageNumbers } from './page-numbers.ts';
import { retargetSiteLinks } from './site-links.ts';
import { putSvgContentsBack } from './svg-contents.ts';

const HELPERS = { reattachPages, dropPartEnd, joinPages, takePages, putSvgContentsBack, fillPageNumbers, retargetSiteLinks };

export type PrintHelpers = typeof HELPERS;

/** Name of the global that holds the helpers in the page. */
export const HELPERS_GLOBAL = '__berichtDruck';

/** The script that defines `window.__berichtDruck`. */
export function helperScript(): string {
  const entries = Object.entries(HELPERS).map(([name, fn]) => `  ${name}: ${fn.toString()}`);
  return `window.${HELPERS_GLOBAL} = {\n${entries.join(',\n')}\n};`;
}
