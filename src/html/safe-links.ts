/**
 * The last line of defence for links: whatever `npm run check` let through (a `href` built by an expression, a
 * component's prop), a link target with a forbidden scheme (link-scheme.ts) never reaches the published HTML.
 * The attribute is dropped, so `<a>` is left as plain text and the PDF gets no link annotation; `src` and the
 * other address attributes are dropped alike. Runs over the rendered HTML of a chapter (SafeLinks.astro).
 *
 * One exception, our own: the CSV download beside each chart is a `data:text/csv` link with a `download` attribute
 * (charts/downloads.ts). The browser saves it as a file and never opens it as a page, so such a link is kept.
 */
import { isAllowedLink } from '../site/link-scheme.ts';

/** Attributes whose value the browser opens as an address. */
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'longdesc', 'ping', 'srcset', 'manifest', 'codebase']);

// A comment, or a start tag with its attributes (quoted values may hold `>`).
const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTR = /(\s)([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const QUICK = /(?:href|src|srcset|action|poster|cite|data|background|longdesc|ping|manifest|codebase)\s*=/i;

const CSV_DOWNLOAD = /^data:text\/csv[;,]/i;
const HAS_DOWNLOAD = /\sdownload(?:[\s=/]|$)/i;

/** A value of `srcset` is a list of addresses with sizes: every address must be allowed. */
function allowed(tag: string, attrs: string, name: string, value: string): boolean {
  if (name === 'srcset') return value.split(',').every((part) => isAllowedLink(part.trim().split(/\s+/)[0] ?? ''));
  if (isAllowedLink(value)) return true;
  return name === 'href' && tag.toLowerCase() === 'a' && CSV_DOWNLOAD.test(value) && HAS_DOWNLOAD.test(attrs);
}

/** The HTML with every address attribute of a forbidden scheme removed; `removed` counts them. */
export function dropUnsafeLinks(html: string): { html: string; removed: number } {
  let removed = 0;
  const out = html.replace(TAG, (tag, name: string | undefined, attrs: string | undefined) => {
    if (!name || !attrs || !QUICK.test(attrs)) return tag;
    const cleaned = attrs.replace(ATTR, (whole, _space: string, attr: string, quoted: string | undefined) => {
      if (quoted === undefined || !URL_ATTRS.has(attr.toLowerCase())) return whole;
      const value = quoted.startsWith('"') || quoted.startsWith("'") ? quoted.slice(1, -1) : quoted;
      if (allowed(name, attrs, attr.toLowerCase(), value)) return whole;
      removed++;
      return '';
    });
    return cleaned === attrs ? tag : `<${name}${cleaned}>`;
  });
  return { html: out, removed };
}
