/**
 * Splits HTML into runs of markup and the outermost `<svg>…</svg>` elements in it. Charts make up most of a chapter's
 * HTML (thousands of paths and labels each); passes over the HTML that have nothing to do inside a chart (hyphenation)
 * or little (ids) can skip or shortcut them.
 */
export interface Segment {
  text: string;
  /** True for a whole outermost `<svg>` element. */
  svg: boolean;
}

const SVG_TAG = /<(\/?)svg(?=[\s>/])/gi;

export function splitSvg(html: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(SVG_TAG)) {
    if (m[1]) {
      if (depth === 0) continue; // a stray end tag: leave it in the markup
      depth--;
      if (depth === 0) {
        const end = html.indexOf('>', m.index) + 1 || html.length;
        segments.push({ text: html.slice(start, end), svg: true });
        at = end;
      }
    } else {
      const selfClosing = /^<svg\b(?:"[^"]*"|'[^']*'|[^'">])*\/>/i.exec(html.slice(m.index, m.index + 4000));
      if (depth === 0) {
        if (m.index > at) segments.push({ text: html.slice(at, m.index), svg: false });
        start = m.index;
      }
      if (selfClosing && depth === 0) {
        segments.push({ text: selfClosing[0], svg: true });
        at = m.index + selfClosing[0].length;
      } else if (!selfClosing) depth++;
    }
  }
  if (depth > 0) at = start; // unclosed: treat the rest as markup
  if (at < html.length) segments.push({ text: html.slice(at), svg: false });
  return segments;
}
