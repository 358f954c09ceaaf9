/**
 * Ids for the one-page print document. On the website every chapter is its own page, so two chapters may
 * both have a heading `#methodik` or a footnote `#user-content-fn-1`. On the print page they all meet:
 * every id of a chapter gets the chapter's prefix (`kapitel-einkommen--methodik`), and links follow.
 * Prefixed ids contain `--`, which a chapter slug never does, so `kapitel-<slug>` cannot collide with them;
 * all start with a letter, so they are valid CSS selectors too (Paged.js looks link targets up by selector).
 */
import { splitSvg } from '../html/svg-segments.ts';

/** The id of the `<section>` holding a chapter on the print page. */
export const chapterAnchor = (chapterSlug: string): string => `kapitel-${chapterSlug}`;

/** The print-page id of an id inside a chapter. */
export const prefixedId = (chapterSlug: string, id: string): string => `${chapterAnchor(chapterSlug)}--${id}`;

/** Attributes holding one id, or a space-separated list of ids. */
const ID_REF_ATTRS = new Set([
  'for', 'headers', 'list', 'form', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns',
  'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto',
]);

// A comment, a raw-text element (whose content is not markup), or a start tag with quoted attribute values.
const MARKUP = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTR = /(\s)([^\s"'>/=]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g;
const URL_REF = /url\(\s*(["']?|&quot;)#([^)"'&\s]+)\1\s*\)/g;
/** Inside a chart: an id, an attribute that may refer to ids, or a url(#…). */
const SVG_ID = /\s(id)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;
const SVG_REF =
  /(\s)(id|href|xlink:href|for|headers|list|form|aria-[a-z]+|clip-path|mask|filter|fill|stroke|marker-start|marker-mid|marker-end|style)(\s*=\s*)(?:"([^"]*)"|'([^']*)')|url\(\s*(["']?|&quot;)#([^)"'&\s]+)\6\s*\)/g;

export interface PrefixOptions {
  /** Maps a link that leaves the chapter (e.g. `../andere/#abschnitt`) to an anchor on the print page. */
  resolveLink?: (href: string) => string | undefined;
}

/**
 * Rewrites every id defined in `html` and every reference to one of them (href="#…", for, aria-*, url(#…)).
 * Charts are most of a chapter's markup; inside an `<svg>` only the attributes that can hold an id are looked at,
 * in one pass over the chart (the print page of a large report took a third of a second less).
 */
export function prefixIds(html: string, chapterSlug: string, options: PrefixOptions = {}): string {
  const segments = splitSvg(html);
  const ids = new Set<string>();
  for (const segment of segments) {
    if (segment.svg) {
      for (const m of segment.text.matchAll(SVG_ID)) ids.add(m[3] ?? m[4] ?? '');
    } else {
      forEachTag(segment.text, (attrs) => {
        for (const m of attrs.matchAll(ATTR)) if (m[2]!.toLowerCase() === 'id') ids.add(m[5] ?? m[6] ?? '');
      });
    }
  }
  const ref = (id: string) => (ids.has(id) ? prefixedId(chapterSlug, id) : id);
  const urls = (text: string) => text.replace(URL_REF, (all, q: string, id: string) => (ids.has(id) ? `url(${q}#${ref(id)}${q})` : all));

  const rewriteValue = (name: string, value: string): string => {
    const lower = name.toLowerCase();
    if (lower === 'id') return prefixedId(chapterSlug, value);
    if (lower === 'href' || lower === 'xlink:href') return rewriteHref(value, ref, options.resolveLink);
    if (ID_REF_ATTRS.has(lower)) return value.split(/(\s+)/).map((t) => (t.trim() ? ref(t) : t)).join('');
    return urls(value);
  };
  /** One matched attribute, rewritten (kept as it was, quotes and all, when nothing changes). */
  const rewriteAttr = (all: string, space: string, name: string, eq: string, dq?: string, sq?: string): string => {
    const value = dq ?? sq ?? '';
    const next = rewriteValue(name, value);
    if (next === value) return all;
    const q = dq !== undefined ? '"' : "'";
    return `${space}${name}${eq}${q}${next}${q}`;
  };
  const rewriteAttrs = (attrs: string) =>
    attrs.replace(ATTR, (all, space: string, name: string, eq: string, _quoted: string, dq?: string, sq?: string) =>
      rewriteAttr(all, space, name, eq, dq, sq),
    );
  const rewriteSvg = (svg: string) =>
    svg.replace(SVG_REF, (all, space?: string, name?: string, eq?: string, dq?: string, sq?: string) =>
      name === undefined ? urls(all) : rewriteAttr(all, space ?? '', name, eq ?? '', dq, sq),
    );
  const rewriteMarkup = (text: string) =>
    text.replace(MARKUP, (all, rawName?: string, rawAttrs?: string, rawBody?: string, tagName?: string, tagAttrs?: string) => {
      if (rawName !== undefined) {
        const body = rawName.toLowerCase() === 'style' ? urls(rawBody ?? '') : rawBody;
        return `<${rawName}${rewriteAttrs(rawAttrs ?? '')}>${body}</${rawName}>`;
      }
      if (tagName !== undefined) return `<${tagName}${rewriteAttrs(tagAttrs ?? '')}>`;
      return all; // comment
    });

  return segments.map((s) => (s.svg ? rewriteSvg(s.text) : rewriteMarkup(s.text))).join('');
}

function rewriteHref(value: string, ref: (id: string) => string, resolveLink?: (href: string) => string | undefined): string {
  if (value.startsWith('#')) {
    const id = safeDecode(value.slice(1));
    const next = ref(id);
    return next === id ? value : `#${next}`;
  }
  return resolveLink?.(value) ?? value;
}

function forEachTag(html: string, visit: (attrs: string) => void): void {
  for (const m of html.matchAll(MARKUP)) {
    const attrs = m[2] ?? m[5];
    if (attrs) visit(attrs);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves links between chapters of one publication to anchors on the print page.
 * `/<pub>/<kapitel>/#abschnitt`, `../<kapitel>/#abschnitt` (from the chapter page) → `#kapitel-<kapitel>--abschnitt`;
 * without a fragment → `#kapitel-<kapitel>`. Anything else stays as it is.
 */
export function chapterLinkResolver(publicationSlug: string, currentChapter: string, chapterSlugs: readonly string[]) {
  const known = new Set(chapterSlugs);
  const base = `http://seite.invalid/${publicationSlug}/${currentChapter}/`;
  return (href: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return undefined;
    }
    if (url.origin !== 'http://seite.invalid') return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts.length !== 2 || parts[0] !== publicationSlug || !known.has(parts[1]!)) return undefined;
    const target = parts[1]!;
    const fragment = safeDecode(url.hash.slice(1));
    return fragment ? `#${prefixedId(target, fragment)}` : `#${chapterAnchor(target)}`;
  };
}
