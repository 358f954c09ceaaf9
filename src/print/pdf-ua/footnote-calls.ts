/**
 * Runs in the print page (passed to page.evaluate) once the pages are joined: what notes.ts needs to turn footnotes
 * into Notes. Per page, the ids of the footnotes Paged.js put at its foot (`[data-footnote-marker]`, id
 * `note-<ref>`); per footnote call (`a[data-footnote-call]`, a link to `#note-<ref>`), whether the paragraph around it
 * goes on on the next page (Paged.js marks its first part `data-split-to`). Self-contained.
 */
export function footnoteFacts(): { continued: Record<string, boolean>; pages: string[][] } {
  const pages = Array.from(document.querySelectorAll('.pagedjs_pages > .pagedjs_page')).map((page) => {
    const ids = Array.from(page.querySelectorAll('.pagedjs_footnote_inner_content [data-footnote-marker]')).map((n) => n.id);
    return ids.filter((id, i) => id && ids.indexOf(id) === i);
  });
  const continued: Record<string, boolean> = {};
  for (const call of Array.from(document.querySelectorAll('a[data-footnote-call]'))) {
    const id = decodeURIComponent((call.getAttribute('href') ?? '').replace(/^#/, ''));
    if (!id) continue;
    const block = call.parentElement?.closest('p, li, dd, dt, td, th, blockquote, figcaption, caption, h1, h2, h3, h4, h5, h6');
    continued[id] = block?.hasAttribute('data-split-to') ?? false;
  }
  return { continued, pages };
}
