/**
 * Runs in the print page (passed to page.evaluate) before Paged.js: a page break must not depend on where the page
 * happens to sit in the document.
 *
 * Paged.js 0.4 decides that a node overflows the page when `Math.round(top) >= Math.round(bottom of the page
 * area)`. A4 is 1122.5 CSS pixels high, so the fraction of both values changes with the page's position, and a
 * node that ends a fraction of a pixel above the bottom counts as overflowing on some pages and not on others.
 * Seen in the benchmark: the still-empty chart box of a figure sat 0.19 px above the bottom; Paged.js broke the
 * page inside the figure (title on one page, chart on the next) although `figure { break-inside: avoid }`.
 * When the node Paged.js breaks before still starts inside the page area, the overflow is searched again with one
 * pixel of tolerance, so rounding alone never breaks a page.
 */
export function registerSubpixelOverflow(): void {
  type Handler = new (...args: unknown[]) => object;
  interface Bounds {
    left: number;
    right: number;
    top: number;
    bottom: number;
    width: number;
    height: number;
  }
  interface Layout {
    findOverflow(rendered: Element, bounds: Bounds): Range | undefined;
  }
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  class SubpixelOverflow extends paged.Handler {
    onOverflow(overflow: Range | undefined, rendered: Element, bounds: Bounds, layout: Layout): Range | null | undefined {
      if (!overflow || !(overflow.startContainer instanceof Element)) return undefined;
      const node = overflow.startContainer.childNodes[overflow.startOffset];
      if (!node) return undefined;
      const range = document.createRange();
      range.selectNode(node);
      const rect = node instanceof Element ? node.getBoundingClientRect() : range.getBoundingClientRect();
      if (rect.top >= bounds.bottom || rect.left >= bounds.right) return undefined;
      const widened = { ...bounds, left: bounds.left, right: bounds.right, top: bounds.top, bottom: bounds.bottom + 1, width: bounds.width, height: bounds.height + 1 };
      return layout.findOverflow(rendered, widened) ?? null;
    }
  }
  paged.registerHandlers(SubpixelOverflow);
}
