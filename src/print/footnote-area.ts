/**
 * Runs in the print page (passed to page.evaluate) before Paged.js: a footnote area that lost its last note to the
 * next page takes no room on its page.
 *
 * Paged.js 0.4 first sizes a page's footnote area to end just below the line with the call, lays the page out, then
 * moves a note that does not fit there on to the next page and sizes the area again — with its padding and border
 * even when no note is left in it. When that is a pixel more than before, the page's last line (the one with the
 * call) no longer fits, and Chromium moves it into the overflow of the page, where nothing prints it: the demo
 * Sozialbericht lost a sentence and the call of its footnote 2 that way (p. 11). Paged.js' own handlers run first,
 * so this one sees the area as Paged.js left it.
 */
export function registerEmptyFootnoteAreas(): void {
  type Handler = new (...args: unknown[]) => object;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  class EmptyFootnoteAreas extends paged.Handler {
    afterPageLayout(pageElement: HTMLElement): void {
      const area = pageElement.querySelector<HTMLElement>('.pagedjs_area');
      const notes = pageElement.querySelector('.pagedjs_footnote_inner_content');
      if (!area || !notes || notes.childElementCount > 0) return;
      if (area.style.getPropertyValue('--pagedjs-footnotes-height')) area.style.setProperty('--pagedjs-footnotes-height', '0px');
    }
  }
  paged.registerHandlers(EmptyFootnoteAreas);
}
