/**
 * Runs in the print page (passed to page.evaluate), around Paged.js' layout: finished pages leave the document
 * while Paged.js lays out the next ones, and come back, in order, before printing.
 *
 * Paged.js measures after every step (getBoundingClientRect), and each measurement makes Chromium restyle and lay
 * out the document. With every finished page still in it, that work grew with the pages already laid out: in the
 * 338-page benchmark publication the last pages took more than twice as long as the first. Paged.js itself looks
 * back one page only (an element split across pages continues from the page before), so all but the last few pages
 * wait in a fragment, with their resize listeners off (a finished page is not laid out again).
 */

interface DetachWindow {
  __berichtAbgelegteSeiten?: DocumentFragment;
}

/** Pages that stay in the document: the page being laid out and the ones before it that Paged.js may look at. */
export const PAGES_KEPT = 3;

/** Registers the handler; call after Paged.js is injected and before preview(). */
export function registerPageDetaching(keep: number): void {
  type Handler = new (...args: unknown[]) => object;
  interface PagedPage {
    element?: Element;
    removeListeners(): void;
  }
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  const held = document.createDocumentFragment();
  (window as unknown as DetachWindow).__berichtAbgelegteSeiten = held;
  class DetachPages extends paged.Handler {
    afterPageLayout(pageElement: Element, _page: unknown, _token: unknown, chunker: { pages: PagedPage[] }): void {
      const area = pageElement.parentElement;
      if (!area) return;
      while (area.childElementCount > Math.max(2, keep) && area.firstElementChild !== pageElement) {
        const oldest = area.firstElementChild!;
        chunker.pages.find((p) => p.element === oldest)?.removeListeners();
        held.appendChild(oldest);
      }
    }
  }
  paged.registerHandlers(DetachPages);
}

/** Puts the set-aside pages back in front of the ones still in the document; returns the number of pages. */
export function reattachPages(): number {
  const held = (window as unknown as DetachWindow).__berichtAbgelegteSeiten;
  const area = document.querySelector('.pagedjs_pages');
  if (!area) return 0;
  if (held) area.insertBefore(held, area.firstChild);
  return area.childElementCount;
}
