/**
 * Runs in the print page (passed to page.evaluate) once the pages are joined: for every footnote call Paged.js left
 * in the text (`a[data-footnote-call]`, a link to `#note-<ref>`), whether the paragraph around it goes on on the next
 * page (Paged.js marks its first part `data-split-to`). notes.ts then puts the Note behind the whole paragraph.
 * Self-contained.
 */
export function footnoteCalls(): Record<string, boolean> {
  const calls: Record<string, boolean> = {};
  for (const call of Array.from(document.querySelectorAll('a[data-footnote-call]'))) {
    const id = decodeURIComponent((call.getAttribute('href') ?? '').replace(/^#/, ''));
    if (!id) continue;
    const block = call.parentElement?.closest('p, li, dd, dt, td, th, blockquote, figcaption, caption, h1, h2, h3, h4, h5, h6');
    calls[id] = block?.hasAttribute('data-split-to') ?? false;
  }
  return calls;
}
