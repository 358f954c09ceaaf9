/**
 * Run in the print pages (passed to page.evaluate) of a publication laid out in parts (print-parts.ts): the pages
 * of the later parts are taken out of their tabs and appended to the first part's pages, which are then printed.
 *
 * Page numbers, „Seite N von M“ and footnote numbers are CSS counters over the whole document, so they count on
 * across the parts by themselves; Paged.js' own bookkeeping (page ids, `data-page-number`, the page count, the
 * first-page class) is renumbered here. Style rules that Paged.js made while laying out a part (for one element or
 * one page) come along with its pages.
 */

export interface TakenPages {
  html: string;
  /**
   * Per page, the custom properties Paged.js set on it (the running heads, `--pagedjs-string-…`). They do not survive
   * the page's `style` attribute: their values may hold an unclosed quote, which swallows the declarations after it.
   */
  properties: [string, string][][];
  rules: string[];
}

/** In a later part's tab: its pages as HTML, and every style rule of the tab. */
export function takePages(): TakenPages {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page'));
  const properties = pages.map((page) => {
    const own = Array.from(page.style).filter((name) => name.startsWith('--'));
    const values = own.map((name): [string, string] => [name, page.style.getPropertyValue(name)]);
    for (const name of own) page.style.removeProperty(name);
    return values;
  });
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // a sheet from elsewhere cannot be read (there is none on the print page)
    }
  }
  return { html: pages.map((p) => p.outerHTML).join(''), properties, rules };
}

/** In the first part's tab: appends the later parts' pages in order and renumbers; returns the number of pages. */
export function joinPages(parts: TakenPages[]): number {
  const area = document.querySelector<HTMLElement>('.pagedjs_pages');
  if (!area) return 0;
  const known = new Set<string>();
  let target: CSSStyleSheet | null = null;
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) known.add(rule.cssText);
      if (sheet.ownerNode instanceof HTMLStyleElement) target = sheet;
    } catch {
      // see takePages
    }
  }
  for (const part of parts) {
    const before = area.childElementCount;
    area.insertAdjacentHTML('beforeend', part.html);
    part.properties.forEach((values, i) => {
      const page = area.children[before + i] as HTMLElement | undefined;
      for (const [name, value] of values) page?.style.setProperty(name, value);
    });
    for (const rule of part.rules) {
      if (known.has(rule) || !target) continue;
      known.add(rule);
      try {
        target.insertRule(rule, target.cssRules.length);
      } catch {
        // a rule the sheet does not take (e.g. @import) was not made by Paged.js
      }
    }
  }
  const pages = Array.from(area.querySelectorAll<HTMLElement>(':scope > .pagedjs_page'));
  pages.forEach((page, i) => {
    page.id = `page-${i + 1}`;
    page.dataset['pageNumber'] = String(i + 1);
    if (i > 0) page.classList.remove('pagedjs_first_page');
  });
  area.style.setProperty('--pagedjs-page-count', String(pages.length));
  return pages.length;
}
