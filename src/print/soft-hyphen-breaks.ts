/**
 * Runs in the print page (passed to page.evaluate) before Paged.js: when a page ends inside a word, Paged.js must
 * split it where the line really breaks, at a soft hyphen from our hyphenation. Chromium reports the first letter
 * after a soft line break as still sitting on the line before, so Paged.js 0.4 splits one letter late
 * („wenig-“ / „er“ instead of „weni-“ / „ger“). This moves such a split back to the soft hyphen just before it.
 * Paged.js' Layout class is not exported; it is reached when the first page starts its layout (`onPageLayout`,
 * before any split: a later part of a publication laid out in parts may split a word on its first page) and
 * patched once.
 */
export function registerSoftHyphenBreaks(): void {
  type Handler = new (...args: unknown[]) => object;
  type TextBreak = (node: Text, ...rest: unknown[]) => number | undefined;
  const paged = (window as unknown as { Paged: { Handler: Handler; registerHandlers(...h: Handler[]): void } }).Paged;
  let patched = false;
  class SoftHyphenBreaks extends paged.Handler {
    onPageLayout(_wrapper: HTMLElement, _breakToken: unknown, layout: object | undefined): void {
      if (patched || !layout) return;
      patched = true;
      const proto = Object.getPrototypeOf(layout) as { textBreak: TextBreak };
      const original = proto.textBreak;
      proto.textBreak = function (this: unknown, node: Text, ...rest: unknown[]) {
        const offset = original.call(this, node, ...rest);
        if (offset === undefined || offset <= 0) return offset;
        const text = node.textContent ?? '';
        // only inside a word: walk back over letters to a soft hyphen
        let i = offset;
        while (i > 0 && /\p{L}/u.test(text[i - 1] ?? '') && text[i - 1] !== '\u00AD') i--;
        return i > 0 && text[i - 1] === '\u00AD' && i < offset ? i : offset;
      };
    }
  }
  paged.registerHandlers(SoftHyphenBreaks);
}
