/**
 * Runs in the print page (passed to page.evaluate): page numbers of link targets, for the table of contents, the
 * lists of figures and tables (`a[data-seitenzahl]`, shown by `content: attr(data-seite)` in a box of fixed width)
 * and cross-references („Abbildung 3, S. 14“: `a.verweis`, shown by `content: ', S. ' attr(data-seite)`).
 *
 * Why not CSS `target-counter()`: Paged.js resolves every target-counter while it lays out pages, each time with a
 * style-sheet change that restyles the whole document so far (time per page grew with the page count), and it only
 * finds targets on pages still in the document (detach-pages.ts sets finished pages aside). One pass at the end
 * costs next to nothing.
 */

/** Widest page number a cross-reference can get; reserved while Paged.js lays out the lines. */
export const RESERVED_PAGE_NUMBER = '000';

/**
 * Before Paged.js: cross-references hold a placeholder as wide as a three-digit page number (the print uses
 * tabular figures), so a line never grows when the real number comes in: it can only become shorter.
 */
export function reserveCrossReferencePages(placeholder: string): number {
  const refs = Array.from(document.querySelectorAll<HTMLAnchorElement>('a.verweis[data-seitenzahl][href^="#"]'));
  for (const a of refs) a.dataset['seite'] = placeholder;
  return refs.length;
}

/** After Paged.js, with all pages in the document: writes each target's page number; returns how many. */
export function fillPageNumbers(): number {
  let filled = 0;
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-seitenzahl]'))) {
    const id = decodeURIComponent(a.getAttribute('href')?.replace(/^[^#]*#?/, '') ?? '');
    const target = id ? document.getElementById(id) : null;
    const page = target?.closest<HTMLElement>('.pagedjs_page');
    const number = page?.dataset['pageNumber'];
    // the number is written as text of the link, not only shown by `content: attr(data-seite)`: generated content
    // is painted without a tag, so it would be missing from the PDF's structure tree (print.css hides the ::after)
    let text = a.querySelector<HTMLElement>(':scope > .seitenzahl');
    if (number) {
      a.dataset['seite'] = number;
      if (!text) {
        text = document.createElement('span');
        text.className = 'seitenzahl';
        a.append(text);
      }
      text.textContent = a.classList.contains('verweis') ? `, S. ${number}` : number;
      filled++;
    } else {
      delete a.dataset['seite'];
      text?.remove();
    }
  }
  return filled;
}
