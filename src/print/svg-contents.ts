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
  __berichtSvgInhalte?: DocumentFragment[];
}

/** Empties every outermost `<svg>`, keeping its contents aside; returns how many. */
export function setSvgContentsAside(): number {
  const store: DocumentFragment[] = [];
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

/** Puts the contents back into the `<svg>` elements on the laid-out pages; returns how many were missing. */
export function putSvgContentsBack(): number {
  const store = (window as unknown as SvgStoreWindow).__berichtSvgInhalte ?? [];
  const filled = new Set<number>();
  for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('.pagedjs_pages svg[data-svg-inhalt]'))) {
    const index = Number(svg.getAttribute('data-svg-inhalt'));
    const contents = store[index];
    svg.removeAttribute('data-svg-inhalt');
    if (!contents || filled.has(index)) continue;
    svg.appendChild(contents);
    filled.add(index);
  }
  return store.length - filled.size;
}
