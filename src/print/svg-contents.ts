/**
 * Runs in the print page (passed to page.evaluate), around Paged.js' layout: charts and maps are set aside while
 * Paged.js cuts the pages, and put back before printing.
 *
 * Paged.js copies every node into the pages one by one and measures after each step, so Chromium restyles and lays
 * out every path, line and label of every chart again and again. The size of an `<svg>` never depends on what is
 * inside it (only on its width, height and viewBox), so an emptied `<svg>` takes exactly the same room: the pages
 * come out the same, and in the large benchmark Paged.js needed less than half the time.
 */

interface SvgStoreWindow {
  /** Contents by chart number; an entry is emptied once its chart has it back. */
  __berichtSvgInhalte?: (DocumentFragment | null)[];
}

/** Empties every outermost `<svg>`, keeping its contents aside; returns how many. */
export function setSvgContentsAside(): number {
  const store: (DocumentFragment | null)[] = [];
  (window as unknown as SvgStoreWindow).__berichtSvgInhalte = store;
  for (const svg of Array.from(document.body.querySelectorAll('svg'))) {
    if (svg.parentElement?.closest('svg') || !svg.firstChild) continue;
    const contents = document.createDocumentFragment();
    while (svg.firstChild) contents.appendChild(svg.firstChild);
    svg.setAttribute('data-svg-inhalt', String(store.length));
    store.push(contents);
  }
  return store.length;
}

/**
 * Puts the contents back into the `<svg>` elements now on the laid-out pages (it may be called again when more pages
 * join); returns how many charts still wait for theirs.
 */
export function putSvgContentsBack(): number {
  const store = (window as unknown as SvgStoreWindow).__berichtSvgInhalte ?? [];
  for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('.pagedjs_pages svg[data-svg-inhalt]'))) {
    const index = Number(svg.getAttribute('data-svg-inhalt'));
    const contents = store[index];
    svg.removeAttribute('data-svg-inhalt');
    if (!contents) continue;
    svg.appendChild(contents);
    store[index] = null;
  }
  return store.filter((c) => c !== null).length;
}
