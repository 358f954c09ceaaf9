/**
 * Runs in the print page (passed to page.evaluate) after Paged.js has laid out all pages: writes the page number of
 * each entry's target into the table of contents and the lists of figures and tables (`a[data-seitenzahl]`, shown
 * by `content: attr(data-seite)` in print.css, in a box of fixed width reserved during layout).
 *
 * Why not CSS `target-counter()` as for cross-references: Paged.js resolves every target-counter while it lays out
 * pages, each time with a style-sheet change that restyles the whole document so far, which makes long documents
 * slow (time per page grows with the page count). One pass at the end costs next to nothing.
 */
export function fillPageNumbers(): number {
  let filled = 0;
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-seitenzahl]'))) {
    const id = decodeURIComponent(a.getAttribute('href')?.slice(1) ?? '');
    const target = id ? document.getElementById(id) : null;
    const page = target?.closest<HTMLElement>('.pagedjs_page');
    const number = page?.dataset['pageNumber'];
    if (number) {
      a.dataset['seite'] = number;
      filled++;
    }
  }
  return filled;
}
