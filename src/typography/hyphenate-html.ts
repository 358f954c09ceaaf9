/**
 * German hyphenation at build time, for the print page only (the browser has no German dictionary here).
 * Inserts soft hyphens (U+00AD) into the words of text nodes. Never touches markup, attributes (ids, URLs),
 * headings (they become the PDF bookmarks), code, SVG, elements marked `data-ohne-trennung` (figure numbers,
 * cross-references), or tokens with digits, URLs and e-mail addresses.
 *
 * Table cells are narrow: a column is as wide as its widest unbreakable piece, so a soft hyphen in every word of six
 * letters lets a column shrink to a syllable („Ergeb-nis“, „be-rück-sich-tigt“). In `<td>` and `<th>` only words of
 * at least CELL_MIN_LETTERS letters are hyphenated; shorter words, numbers and dates stay whole (print.css keeps
 * cells from breaking inside a word anywhere else).
 */
import { createRequire } from 'node:module';
import { splitSvg } from '../html/svg-segments.ts';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number; html?: boolean }) => string;

const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/de-1996/index.js') as { hyphenateSync: Hyphenate };

export const SOFT_HYPHEN = '\u00AD';

/** Elements whose text is left alone. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'textarea', 'title', 'abbr', 'time']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Words that are not plain words: numbers, addresses, paths, entities. */
const NOT_A_WORD = /[\d@/\\:_&=#]|\.\p{L}/u;
/** Fewest letters of a word that gets soft hyphens: in running text, and in a table cell. */
const MIN_LETTERS = 6;
const CELL_MIN_LETTERS = 10;
const letters = (min: number) => new RegExp(`\\p{L}{${min},}`, 'gu');
const LETTERS = letters(MIN_LETTERS);
const CELL_LETTERS = letters(CELL_MIN_LETTERS);

/** Soft hyphens into one run of text (no markup); in a table cell (`inCell`) only into long words. */
export function hyphenateText(text: string, inCell = false): string {
  const words = inCell ? CELL_LETTERS : LETTERS;
  return text.replace(/\S+/g, (token) =>
    NOT_A_WORD.test(token) || token.includes(SOFT_HYPHEN) ? token : token.replace(words, (w) => hyphenateSync(w, { hyphenChar: SOFT_HYPHEN })),
  );
}

const CELLS = new Set(['td', 'th']);

/** Soft hyphens into the text nodes of an HTML fragment; charts (`<svg>`) are passed over whole. */
export function hyphenateHtml(html: string): string {
  const open: string[] = [];
  let skipping = 0;
  const markup = (text: string) => text.replace(TOKEN, (token, close: string | undefined, name: string | undefined) => {
    if (name === undefined) return token.startsWith('<!--') || skipping > 0 ? token : hyphenateText(token, open.some((t) => CELLS.has(t)));
    const tag = name.toLowerCase();
    if (VOID.has(tag) || token.endsWith('/>')) return token;
    if (close) {
      const i = Math.max(open.lastIndexOf(tag), open.lastIndexOf(`!${tag}`));
      if (i >= 0) {
        for (const t of open.splice(i)) if (t.startsWith('!')) skipping--;
      }
    } else {
      const skip = SKIP.has(tag) || /\sdata-ohne-trennung[\s=>]/.test(token);
      open.push(skip ? `!${tag}` : tag);
      if (skip) skipping++;
    }
    return token;
  });
  return splitSvg(html)
    .map((s) => (s.svg ? s.text : markup(s.text)))
    .join('');
}
