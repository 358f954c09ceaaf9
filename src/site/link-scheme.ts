/**
 * Which link targets may be published: web addresses (`https:`, `http:`), e-mail (`mailto:`), telephone (`tel:`),
 * and addresses on the same site (`/pfad/`, `../kapitel/`, `#anker`, `?q=…`, `//andere.example/` = https).
 * Everything else — `javascript:`, `data:`, `file:`, `vbscript:` … — would run code in the reader's browser or in
 * the PDF viewer, or leak local files; `npm run check` reports it and the renderer drops it (safe-links.ts).
 *
 * The scheme is read the way a browser reads it, and then more strictly: character references are decoded
 * (`&#106;avascript:`), ASCII whitespace and control characters are dropped anywhere (`java\tscript:`,
 * ` javascript:`), invisible format characters too (`java\u200Bscript:`), and case is ignored (`JaVaScRiPt:`).
 * Pure: runs in Node and could run in a page.
 */

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00A0' };

/** Decodes HTML character references (numeric, and the few named ones that matter for a scheme). */
export function decodeCharacterReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name!.toLowerCase()] ?? whole;
  });
}

// ASCII control characters and space, and Unicode format/space characters (zero-width space, soft hyphen, BOM …).
const INVISIBLE = /[\u0000-\u0020\u007F-\u00A0\u00AD\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * The scheme of a link target in lower case (`javascript`), or null when the target has none (a same-site
 * address, an anchor, or `//host/…`, which a browser opens with the page's own scheme).
 */
export function linkScheme(target: string): string | null {
  let v = target;
  // references may be nested (`&amp;#106;`); three rounds are more than any browser decodes
  for (let i = 0; i < 3; i++) {
    const next = decodeCharacterReferences(v);
    if (next === v) break;
    v = next;
  }
  const m = SCHEME.exec(v.replace(INVISIBLE, ''));
  return m ? m[1]!.toLowerCase() : null;
}

/** True when the target may be published as a link. */
export function isAllowedLink(target: string): boolean {
  const scheme = linkScheme(target);
  return scheme === null || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** A target that is an absolute web address (`https://…` or `http://…`), for settings that must name one. */
export function isWebAddress(target: string): boolean {
  const scheme = linkScheme(target);
  return (scheme === 'https' || scheme === 'http') && /^https?:\/\/[^\s/]/i.test(target.trim());
}
