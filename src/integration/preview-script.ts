/**
 * The script that turns the print page into a paginated preview in the browser (`npm run dev`,
 * /<publikation>/druck/?vorschau): the same steps, in the same order, as the PDF build of a publication laid out in
 * one part (src/print/print-tab.ts, render-publication.ts), made of the same self-contained functions, so the
 * preview shows the pages of the PDF. Only the steps for the PDF file itself (print media, page.pdf()) are left out.
 *
 *   Paged.js and our helpers loaded from /_druckwerkzeug/ → handlers registered (table headers, sub-pixel
 *   overflow, room for page numbers, soft-hyphen breaks) → lists of figures filled, charts set aside
 *   → laid out (pages set aside while at work, no waiting for frames) → pages and charts back, page numbers
 *   → a note with the page count; the page scrolls to the chapter asked for (#kapitel-…)
 */
import { previewMessages } from '../errors/workplace.ts';
import { registerPageDetaching, PAGES_KEPT } from '../print/detach-pages.ts';
import { fillFigureLists } from '../print/figure-lists.ts';
import { finishDocument, settleOwnPages } from '../print/finish-document.ts';
import { HELPERS_GLOBAL } from '../print/in-page.ts';
import { checkOverflowLessOften, OVERFLOW_CHECK_FACTOR } from '../print/overflow-checks.ts';
import { HELPERS_PATH, POLYFILL_PATH, TOOL_SCRIPT_DIR } from '../print/page-scripts.ts';
import { reserveCrossReferencePages, RESERVED_PAGE_NUMBER } from '../print/page-numbers.ts';
import { runPagedQueueWithoutFrames } from '../print/paged-queue.ts';
import { registerSoftHyphenBreaks } from '../print/soft-hyphen-breaks.ts';
import { registerSubpixelOverflow } from '../print/subpixel-overflow.ts';
import { setSvgContentsAside } from '../print/svg-contents.ts';
import { registerRepeatingTableHeaders } from '../print/table-headers.ts';

export const PREVIEW_SCRIPT_PATH = `${TOOL_SCRIPT_DIR}vorschau.js`;
/** The query that asks for the preview: /<publikation>/druck/?vorschau */
export const PREVIEW_QUERY = 'vorschau';
/** Set on <html> when the preview is done: the number of pages (tests and the note read it). */
export const PAGES_ATTRIBUTE = 'data-vorschau-seiten';

/** Screen only, added after the layout (Paged.js never sees it): pages as sheets on a grey desk. */
const DESK_CSS = `
@media screen {
  html, body { background: #d9d9d9; }
  .pagedjs_pages { display: flex; flex-direction: column; align-items: center; gap: 12px; padding: 48px 0 24px; }
  .pagedjs_page { background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
  [id] { scroll-margin-top: 48px; }
  .bericht-vorschau-hinweis { position: fixed; top: 0; left: 0; right: 0; z-index: 10; margin: 0; padding: 8px 16px;
    background: #1d4f7a; color: #fff; font: 15px/1.4 system-ui, sans-serif; }
}`;

const fn = (f: (...args: never[]) => unknown) => f.toString();

/** The preview script, as served at PREVIEW_SCRIPT_PATH. */
export function previewScript(): string {
  return `// Druckvorschau (npm run dev): setzt diese Seite wie der PDF-Bau, mit denselben Schritten.
var __name = (f) => f; // bundlers may wrap named functions; the browser needs no names
window.PagedConfig = { auto: false };
(async () => {
  const note = document.createElement('p');
  note.className = 'bericht-vorschau-hinweis';
  note.setAttribute('role', 'status');
  note.setAttribute('data-pagedjs-ignore', '');
  note.textContent = ${JSON.stringify(previewMessages.working)};
  const load = (src) => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error('Nicht geladen: ' + src));
    document.head.appendChild(s);
  });
  try {
    if (document.readyState !== 'complete') await new Promise((r) => window.addEventListener('load', r, { once: true }));
    await load(${JSON.stringify(POLYFILL_PATH)});
    await load(${JSON.stringify(HELPERS_PATH)});
    (${fn(registerRepeatingTableHeaders)})();
    (${fn(registerSubpixelOverflow)})();
    (${fn(reserveCrossReferencePages)})(${JSON.stringify(RESERVED_PAGE_NUMBER)});
    (${fn(registerSoftHyphenBreaks)})();
    (${fn(fillFigureLists)})();
    (${fn(setSvgContentsAside)})();
    (${fn(registerPageDetaching)})(${PAGES_KEPT});
    (${fn(runPagedQueueWithoutFrames)})();
    (${fn(checkOverflowLessOften)})(${OVERFLOW_CHECK_FACTOR});
    await window.PagedPolyfill.preview();
    (${fn(settleOwnPages)})({ helpers: ${JSON.stringify(HELPERS_GLOBAL)}, dropEnd: false, css: '' });
    const done = (${fn(finishDocument)})({ helpers: ${JSON.stringify(HELPERS_GLOBAL)}, taken: [], siteUrl: null });
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(DESK_CSS)};
    document.head.appendChild(style);
    note.textContent = (${previewMessages.done.toString()})(String(done.pages));
    document.body.prepend(note);
    document.documentElement.setAttribute(${JSON.stringify(PAGES_ATTRIBUTE)}, String(done.pages));
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
  } catch (err) {
    console.error(err);
    note.textContent = ${JSON.stringify(previewMessages.failed)};
    document.body.prepend(note);
    document.documentElement.setAttribute(${JSON.stringify(PAGES_ATTRIBUTE)}, 'fehler');
  }
})();
`;
}
