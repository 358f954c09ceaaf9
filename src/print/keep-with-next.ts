/**
 * Runs in the print page (passed to page.evaluate) before Paged.js: no heading (nor anything else the print CSS
 * keeps with what follows), and no table's caption and header row without a row of the table, stands alone at the
 * foot of a page; they go to the next page with what follows.
 *
 * `break-after: avoid` on headings reaches Paged.js 0.4 only when the element after the heading is the first that
 * overflows. When the paragraph after it starts on the page but not even its first line fits, Paged.js breaks at
 * the paragraph and leaves the heading behind (seen in the demo publications: pp. 25, 34, 48 of the strategy).
 * Whatever Paged.js finds to overflow, this moves the break back before the headings (and a table's start) that
 * would otherwise end the page — unless they are all the page holds. Paged.js' Layout class is not exported: its
 * findOverflow is patched when the first page starts its layout (as in soft-hyphen-breaks.ts).
 */
export function registerKeepWithNext(): void {
  type Handler = new (...args: unknown[]) => object;
  type FindOverflow = (rendered: Element, ...rest: unknown[]) => Range | undefined;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  // headings, and whatever the print CSS keeps with what follows (`break-after: avoid`, which Paged.js turns into
  // this attribute): e.g. the goal titles above the measures of the strategy
  const KEPT = 'h1, h2, h3, h4, h5, h6, [data-break-after="avoid"]';

  /** The last visible piece of content before `node` inside `root`: a text with letters, an image or a drawing. */
  const contentBefore = (node: Node, root: Element): Element | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    for (let n = walker.previousNode(); n; n = walker.previousNode()) {
      if (n.contains(node)) continue;
      const el = n instanceof Element ? n : n.parentElement;
      if (!el) continue;
      const visible = n instanceof Text ? (n.textContent ?? '').trim() !== '' : ['IMG', 'svg'].includes(el.tagName);
      if (visible && el.getClientRects().length > 0) return el;
    }
    return null;
  };

  /** Widens `start` to its wrappers that begin with it (a figure around a table), not beyond a continued one. */
  const outermost = (start: Element, root: Element): Element => {
    let el = start;
    while (el.parentElement && el.parentElement !== root && !el.parentElement.hasAttribute('data-split-from')) {
      const parent = el.parentElement;
      if (contentBefore(el, parent) !== null) break;
      el = parent;
    }
    return el;
  };

  /** Where the page should end instead: before the headings or the table start that the break leaves behind. */
  const keepTogether = (breakAt: Node, root: Element): Element | null => {
    let target: Element | null = null;
    let current: Node = breakAt;
    for (;;) {
      const before = contentBefore(current, root);
      if (!before) return null; // nothing else on the page: keep the break
      const heading = before.closest(KEPT);
      const head = before.closest('thead, caption');
      const table = head?.closest('table');
      if (heading && root.contains(heading) && !heading.contains(current)) {
        target = outermost(heading, root);
      } else if (table && root.contains(table) && !table.hasAttribute('data-split-from') && table.contains(breakAt)) {
        target = outermost(table, root);
      } else {
        return target;
      }
      current = target;
    }
  };

  let patched = false;
  class KeepWithNext extends paged.Handler {
    onPageLayout(_wrapper: HTMLElement, _breakToken: unknown, layout: object | undefined): void {
      if (patched || !layout) return;
      patched = true;
      const proto = Object.getPrototypeOf(layout) as { findOverflow: FindOverflow };
      const original = proto.findOverflow;
      proto.findOverflow = function (this: unknown, rendered: Element, ...rest: unknown[]) {
        const range = original.call(this, rendered, ...rest);
        if (!range || !rendered.closest?.('.pagedjs_page_content')) return range;
        const { startContainer, startOffset } = range;
        // inside a text the page ends after some of its lines: nothing is left alone
        if (startContainer instanceof Text && startOffset > 0) return range;
        const breakAt = startContainer instanceof Text ? startContainer : (startContainer.childNodes[startOffset] ?? null);
        if (!breakAt) return range;
        const target = keepTogether(breakAt, rendered);
        if (target) range.setStartBefore(target);
        return range;
      };
    }
  }
  paged.registerHandlers(KeepWithNext);
}
