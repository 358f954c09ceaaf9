/**
 * Runs in the print page (passed to page.evaluate) before Paged.js lays it out: a table that breaks across pages
 * repeats its header row on the next page. Paged.js 0.4 does not do this by itself; this handler copies the
 * `<thead>` of the table's first part into every continued part (`table[data-split-from]`).
 */
export function registerRepeatingTableHeaders(): void {
  type Handler = new (...args: unknown[]) => object;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  class RepeatTableHeaders extends paged.Handler {
    afterPageLayout(pageElement: HTMLElement): void {
      for (const table of Array.from(pageElement.querySelectorAll<HTMLTableElement>('table[data-split-from]'))) {
        if (table.tHead) continue;
        const ref = table.dataset['ref'];
        const first = ref ? document.querySelector<HTMLTableElement>(`table[data-ref="${ref}"]:not([data-split-from])`) : null;
        const head = first?.tHead;
        if (head) table.insertBefore(head.cloneNode(true), table.firstChild);
      }
    }
  }
  paged.registerHandlers(RepeatTableHeaders);
}
