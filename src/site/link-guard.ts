/**
 * The link guard: after the website is built into the staging folder and before the PDFs and the swap, every
 * internal link and resource of the built HTML (`href`, `src`, `srcset` of <a>, <link>, <script>, <img>, <source>)
 * must lead to a file of the output folder, and a `#anker` to an element id (or <a name>) on that page.
 *
 *   output folder → every file (one walk) → each .html: ids + link targets (one scan) → resolve against the
 *   page's address below the base → missing file / missing anchor / outside the base → one problem per target
 *
 * Links below the site's base path (`/projekt/…`) map to the output folder; a same-host link outside the base is
 * broken. Links to other hosts, mailto:, tel: and data: (the charts' CSV downloads) are not followed.
 * Files a later phase writes (the PDFs) are passed in as `later`.
 *
 * Pure apart from reading the output folder. No HTML parser is installed, so the scan below reads the tags of
 * this generated HTML: comments and the bodies of <script>, <style>, <textarea>, <title> are skipped, attribute
 * values are read quoted or bare and their character references decoded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtLinkErrors, type BrokenReason } from '../errors/links-built.ts';
import type { Problem } from '../errors/problem.ts';
import { withoutBase } from './address.ts';

export interface BrokenLink {
  /** The page's path in the site (`/gebiete/`, `/404.html`). */
  page: string;
  /** The target as written in the HTML. */
  target: string;
  reason: BrokenReason;
  /** How many more pages have the same broken target. */
  morePages: number;
}

export interface GuardAddress {
  /** Path below the domain, with leading and trailing slash (`/projekt/`). */
  base: string;
  /** Full public address, when known: absolute links to this host are checked like paths. */
  url?: string;
}

/** At most this many broken targets are listed; the rest are counted. */
export const MAX_LISTED = 20;

const LINK_TAGS = new Set(['a', 'link', 'script', 'img', 'source']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const PLACEHOLDER = 'http://seite.invalid';

interface PageScan {
  ids: Set<string>;
  targets: string[];
}

export interface GuardResult {
  broken: BrokenLink[];
  /** HTML pages read and distinct link targets checked (per page), for the build's log line. */
  pages: number;
  links: number;
}

/** Every broken target of the built site in `outDir`, grouped by target: the first page (in path order) names it. */
export function findBrokenLinks(outDir: string, address: GuardAddress, later: readonly string[] = []): GuardResult {
  const files = listFiles(outDir);
  const existing = new Set(files);
  const pages = new Map<string, PageScan>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, scanHtml(fs.readFileSync(path.join(outDir, file), 'utf8')));
  const laterFiles = new Set(later.map((p) => p.replace(/^\/+/, '')));
  const origin = address.url ? new URL(address.url).origin : null;
  const byTarget = new Map<string, BrokenLink>();
  let links = 0;
  const inOrder = [...pages].map(([file, scan]) => ({ scan, page: pagePathOf(file) })).sort((a, b) => (a.page < b.page ? -1 : 1));
  for (const { scan, page } of inOrder) {
    const pageUrl = new URL(address.base + page.slice(1), PLACEHOLDER);
    for (const target of new Set(scan.targets)) {
      links += 1;
      const reason = check(target, pageUrl, origin, address.base, { existing, laterFiles, pages, self: scan });
      if (!reason) continue;
      const key = `${reason}\u0000${resolvedKey(target, pageUrl)}`;
      const seen = byTarget.get(key);
      if (seen) seen.morePages += 1;
      else byTarget.set(key, { page, target, reason, morePages: 0 });
    }
  }
  return { broken: [...byTarget.values()], pages: pages.size, links };
}

/** The problems to print: one per broken target, at most MAX_LISTED, then one line „… und N weitere“. */
export function linkGuardProblems(broken: readonly BrokenLink[]): Problem[] {
  const listed = broken.slice(0, MAX_LISTED).map((b) => builtLinkErrors.broken(b.page, b.target, b.reason, b.morePages));
  return broken.length > MAX_LISTED ? [...listed, builtLinkErrors.more(broken.length - MAX_LISTED)] : listed;
}

interface Known {
  existing: Set<string>;
  laterFiles: Set<string>;
  pages: Map<string, PageScan>;
  self: PageScan;
}

function check(target: string, pageUrl: URL, origin: string | null, base: string, known: Known): BrokenReason | null {
  const value = target.trim();
  if (value.startsWith('#')) return hasAnchor(known.self.ids, value.slice(1)) ? null : 'anker';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return null; // mailto:, tel:, data: and others: not files of the site
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return 'fehlt';
  }
  if (url.origin !== PLACEHOLDER && url.origin !== origin) return null; // another host: not fetched
  const inside = withoutBase(url.pathname, base);
  if (inside === null) return 'ausserhalb';
  const file = fileFor(inside, known.existing);
  if (file === undefined) return 'fehlt';
  if (file === null) return known.laterFiles.has(safeDecode(inside.slice(1)) ?? '') ? null : 'fehlt';
  if (!url.hash || url.hash === '#') return null;
  const scan = known.pages.get(file);
  if (!scan) return null; // a fragment of a PDF or other file (#page=3): not an element id
  return hasAnchor(scan.ids, url.hash.slice(1)) ? null : 'anker';
}

/** The file a site path is served from (`/x/` → `x/index.html`, `/x` → `x` or `x/index.html`); null when absent, undefined when undecodable. */
function fileFor(sitePath: string, existing: Set<string>): string | null | undefined {
  const decoded = safeDecode(sitePath);
  if (decoded === null) return undefined;
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel.startsWith('..')) return undefined;
  if (rel === '' || rel.endsWith('/')) return existing.has(`${rel}index.html`) ? `${rel}index.html` : null;
  if (existing.has(rel)) return rel;
  return existing.has(`${rel}/index.html`) ? `${rel}/index.html` : null;
}

function hasAnchor(ids: Set<string>, fragment: string): boolean {
  if (fragment === '') return true;
  const id = safeDecode(fragment);
  if (id === null) return false;
  return ids.has(id) || id.toLowerCase() === 'top';
}

/** The target resolved against its page, so the same broken target from many pages is one problem. */
function resolvedKey(target: string, pageUrl: URL): string {
  try {
    const url = new URL(target.trim(), pageUrl);
    return url.origin === PLACEHOLDER ? url.pathname + url.hash : url.href;
  } catch {
    return target;
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** `gebiete/index.html` → `/gebiete/`; `404.html` → `/404.html`. */
function pagePathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Every file below `dir`, relative, with forward slashes, sorted so the report is stable. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

/** The ids (and <a name>) of a page and the link targets of its <a>, <link>, <script>, <img>, <source>. */
export function scanHtml(html: string): PageScan {
  const ids = new Set<string>();
  const targets: string[] = [];
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    const tag = m[1]?.toLowerCase();
    if (!tag) continue;
    const attrs = readAttributes(m[2] ?? '');
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (tag === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    if (LINK_TAGS.has(tag)) {
      for (const name of ['href', 'src']) {
        const v = attrs.get(name);
        if (v !== undefined && v.trim() !== '') targets.push(v);
      }
      const srcset = attrs.get('srcset');
      if (srcset) targets.push(...srcsetUrls(srcset));
    }
    if (RAW_TEXT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
    }
  }
  return { ids, targets };
}

function readAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(text))) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref] ?? all;
  });
}

/** The URLs of a srcset (`a.png 1x, b.png 2x`), as the HTML standard reads them: a data: URL may contain commas, so each URL runs up to whitespace. */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    let j = i;
    while (j < srcset.length && !/\s/.test(srcset[j]!)) j++;
    const raw = srcset.slice(i, j);
    const url = raw.replace(/,+$/, '');
    if (url) urls.push(url);
    if (url !== raw) {
      i = j; // a candidate ending in a comma has no descriptors
      continue;
    }
    // skip the descriptors up to the next comma outside parentheses
    let depth = 0;
    while (j < srcset.length && (srcset[j] !== ',' || depth > 0)) {
      if (srcset[j] === '(') depth++;
      else if (srcset[j] === ')') depth = Math.max(0, depth - 1);
      j++;
    }
    i = j + 1;
  }
  return urls;
}
