/**
 * Runs in the print page (passed to page.evaluate), for the completeness check (completeness.ts): before Paged.js,
 * every chart, map, image, table and footnote gets a number; once the pages are finished, where each of them (and
 * each footnote call) landed: on which page, in which box, and whether inside the page at all.
 *
 * Every tab of a publication laid out in parts numbers the whole print page alike (before it keeps its part), so the
 * numbers mean the same in every part's pages.
 */

export interface MarkedItem {
  kind: 'grafik' | 'bild' | 'tabelle' | 'fussnote';
  /** How a reader finds it: „Abbildung 1: Kinder in …“, „Fußnote 3 („Die Abfrage …“)“. */
  label: string;
  /** Title of the chapter or appendix it stands in; empty in the front matter. */
  chapter: string;
  /**
   * Painted marks (paths, images, text runs) its box must hold at least: 1 for an image, for a drawing its shapes
   * and texts up to 3 (so that a chart's empty frame alone does not count).
   */
  minMarks: number;
  /**
   * Text the PDF must show on the item's first page (completeness.ts reads it back): a table's first header cell and
   * the first cell of its first body row, a footnote's first words.
   */
  texts?: string[];
}

/** Numbers the print page's charts, maps, images, tables and footnotes (attribute value = index); returns them. */
export function markContent(attribute: string): MarkedItem[] {
  const clean = (text: string | null | undefined, max = 90) => {
    const t = (text ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
  };
  const captionOf = (el: Element): string => {
    const figure = el.closest('figure');
    const caption =
      figure?.querySelector('.diagramm__titel') ?? figure?.querySelector('figcaption, caption') ?? el.closest('table')?.querySelector('caption');
    return clean(caption?.textContent);
  };
  const chapterOf = (el: Element): string => {
    const section = el.closest('section[data-druckteil]');
    return clean(section?.querySelector('h1')?.textContent);
  };
  const items: MarkedItem[] = [];
  let footnotes = 0;
  for (const el of Array.from(document.body.querySelectorAll('svg, img, table, .fussnote'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'svg' && el.parentElement?.closest('svg')) continue;
    let kind: MarkedItem['kind'];
    let label: string;
    let minMarks = 1;
    let texts: string[] = [];
    if (el.classList.contains('fussnote')) {
      kind = 'fussnote';
      label = `Fußnote ${++footnotes} („${clean(el.textContent, 50)}“)`;
      texts = [clean(el.textContent).split(' ').slice(0, 6).join(' ')];
    } else if (tag === 'table') {
      kind = 'tabelle';
      label = captionOf(el) || `Tabelle „${clean(el.querySelector('tr')?.textContent, 50)}“`;
      const firstText = (cells: Element[]) => cells.map((c) => clean(c.textContent, 40)).find((t) => t !== '') ?? '';
      const own = (selector: string) => Array.from(el.querySelectorAll(selector)).filter((c) => c.closest('table') === el);
      const rows = own('tr');
      const headRow = rows.find((r) => r.closest('thead')) ?? rows.find((r) => r.querySelector('th')) ?? null;
      const bodyRow = rows.find((r) => r !== headRow && !r.closest('thead') && r.querySelector('td')) ?? null;
      texts = [firstText(headRow ? Array.from(headRow.children) : []), firstText(bodyRow ? Array.from(bodyRow.children) : [])];
    } else {
      kind = tag === 'img' ? 'bild' : 'grafik';
      if (kind === 'grafik') minMarks = Math.max(1, Math.min(3, el.querySelectorAll('path, line, rect, circle, ellipse, polyline, polygon, text, image').length));
      const row = el.closest('tr');
      if (row) {
        const table = captionOf(el) || clean(el.closest('table')?.querySelector('tr')?.textContent, 50);
        label = `Verlaufsgrafik in Zeile „${clean(row.querySelector('th, td')?.textContent, 50)}“ der Tabelle „${table}“`;
      } else {
        label = captionOf(el) || clean(el.getAttribute('alt') ?? el.getAttribute('aria-label')) || (kind === 'bild' ? 'Bild' : 'Grafik');
      }
    }
    el.setAttribute(attribute, String(items.length));
    texts = texts.map((t) => t.replace(/…$/, '')).filter((t) => t !== '');
    items.push({ kind, label, chapter: chapterOf(el), minMarks, ...(texts.length > 0 ? { texts } : {}) });
  }
  return items;
}

export interface Placement {
  /** Index of the item (markContent). */
  item: number;
  /** 1-based page. */
  page: number;
  /** The box in CSS pixels, relative to the page's top left corner: left, top, right, bottom. */
  box: [number, number, number, number];
  /** Whether the box lies on the page (not in the overflow that nothing prints). */
  onPage: boolean;
  /** A footnote's call in the text, rather than the note. */
  call?: boolean;
}

export interface Placements {
  /** Size of a page in CSS pixels. */
  pageSize: [number, number];
  placements: Placement[];
  /** Text that ended up in a page's overflow, where nothing prints it: page and the text's beginning. */
  overflow: { page: number; text: string }[];
  /**
   * Items not shown at all (display: none, e.g. in a part of the page that print hides) and images that did not load
   * (reported as missing files while loading): not expected in the PDF.
   */
  hidden: number[];
}

/** After the pages are finished (print media): where every marked item and footnote call stands. */
export function findPlacements(attribute: string): Placements {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page'));
  const placements: Placement[] = [];
  const overflow: Placements['overflow'] = [];
  const hidden: number[] = [];
  const noteOfRef = new Map<string, number>();
  for (const note of Array.from(document.querySelectorAll<HTMLElement>(`.pagedjs_pages [data-note="footnote"][${attribute}]`))) {
    noteOfRef.set(note.dataset['ref'] ?? '', Number(note.getAttribute(attribute)));
  }
  let pageSize: [number, number] = [0, 0];
  pages.forEach((page, i) => {
    // the page box: in print media the page element itself is only as high as the window
    const p = (page.querySelector('.pagedjs_pagebox') ?? page).getBoundingClientRect();
    pageSize = [p.width, p.height];
    const place = (el: Element, item: number, call: boolean) => {
      const r = el.getBoundingClientRect();
      const unloaded = el instanceof HTMLImageElement && el.complete && el.naturalWidth === 0;
      if (el.getClientRects().length === 0 || unloaded) {
        if (!call) hidden.push(item);
        return;
      }
      const onPage = r.left >= p.left - 1 && r.right <= p.right + 1 && r.top >= p.top - 1 && r.bottom <= p.bottom + 1;
      placements.push({ item, page: i + 1, box: [r.left - p.left, r.top - p.top, r.right - p.left, r.bottom - p.top], onPage, ...(call ? { call } : {}) });
    };
    for (const el of Array.from(page.querySelectorAll(`[${attribute}]`))) place(el, Number(el.getAttribute(attribute)), false);
    for (const call of Array.from(page.querySelectorAll<HTMLElement>('a[data-footnote-call]'))) {
      const item = noteOfRef.get(call.dataset['footnoteCall'] ?? '');
      if (item !== undefined) place(call, item, true);
    }
    // text Chromium put beyond the page's content box (its overflow columns): printed nowhere
    const content = page.querySelector('.pagedjs_page_content');
    if (!content || content.scrollWidth <= content.clientWidth + 1) return;
    const c = content.getBoundingClientRect();
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left >= c.right - 1 || r.top >= c.bottom - 1) {
        overflow.push({ page: i + 1, text: node.textContent.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim().slice(0, 60) });
        break;
      }
    }
  });
  return { pageSize, placements, overflow, hidden };
}
