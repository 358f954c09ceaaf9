/**
 * Runs in the print page (passed to page.evaluate) before Paged.js lays it out: a table that breaks across pages
 * repeats its header row on the next page. Paged.js 0.4 does not do this by itself; this handler copies the source
 * table's `<thead>` into every continued part (`table[data-split-from]`).
 *
 * The header goes in the moment Paged.js rebuilds the table on the new page, before it measures what fits there.
 * Added only after the page was laid out (as before), the header row pushed the page's last lines or figure below
 * its foot, where nothing prints them: the demo strategy lost its Abbildung 1 that way (caption on the page, the
 * chart in the overflow).
 */
export function registerRepeatingTableHeaders(): void {
  type Handler = new (...args: unknown[]) => object;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  class RepeatTableHeaders extends paged.Handler {
    renderNode(clone: Node, source: Node): void {
      const rendered = clone instanceof Element ? clone : clone.parentElement;
      const table = rendered?.closest<HTMLTableElement>('table[data-split-from]');
      if (!table || table.tHead) return;
      const from = source instanceof Element ? source : source.parentElement;
      // the source's own header on its way onto the page needs no copy
      if (!from || from.closest('thead')) return;
      const head = from.closest('table')?.tHead;
      if (head) table.insertBefore(head.cloneNode(true), table.firstChild);
    }
  }
  paged.registerHandlers(RepeatTableHeaders);
}
