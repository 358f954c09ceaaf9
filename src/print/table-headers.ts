/**
 * Runs in the print page (passed to page.evaluate) before Paged.js lays it out: a table that breaks across pages
 * repeats its header row on the next page. Paged.js 0.4 does not do this by itself; this handler keeps the
 * `<thead>` of each table's first part and copies it into every continued part (`table[data-split-from]`).
 * The first part is remembered rather than looked up: its page may already have left the document
 * (detach-pages.ts).
 */
export function registerRepeatingTableHeaders(): void {
  type Handler = new (...args: unknown[]) => object;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  const heads = new Map<string, HTMLTableSectionElement>();
  class RepeatTableHeaders extends paged.Handler {
    afterPageLayout(pageElement: HTMLElement): void {
      for (const table of Array.from(pageElement.querySelectorAll<HTMLTableElement>('table[data-ref]'))) {
        const ref = table.dataset['ref']!;
        if (!table.hasAttribute('data-split-from')) {
          if (table.tHead) heads.set(ref, table.tHead);
          continue;
        }
        const head = heads.get(ref);
        if (!table.tHead && head) table.insertBefore(head.cloneNode(true), table.firstChild);
      }
    }
  }
  paged.registerHandlers(RepeatTableHeaders);
}
