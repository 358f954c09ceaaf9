/**
 * The PDF's text layer as different readers get it, and the print page's text to compare it with:
 *   - pdftotext (poppler): text by position, as many desktop tools and search indexes extract it;
 *   - the tagged structure: the glyphs of each block (paragraph, heading, cell …) in the order they are drawn, with
 *     nothing added between them — what a screen reader reads, and where words run together when a line end carries
 *     no space;
 *   - the print page's HTML, read by plain string work (no browser), for what the text should be.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdftotext's text of the whole PDF, or null when poppler-utils are not installed. */
export function popplerText(file: string): string | null {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export interface TextBlock {
  /** Structure type, e.g. `P`, `H2`, `TD`. */
  role: string;
  page: number;
  text: string;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Roles whose content continues the text of the block around them. */
const INLINE = new Set(['Span', 'Link', 'Strong', 'Em', 'Code', 'Quote', 'Reference', 'Annot', 'Sub']);

/**
 * Every block of the tagged structure with its text: the Unicode of its glyphs in drawing order (from the fonts'
 * ToUnicode tables), across all marked-content pieces of the block, with nothing inserted between pieces.
 */
export async function structureBlocks(file: string): Promise<TextBlock[]> {
  const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const blocks: TextBlock[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const byMcid = await markedContentText(page);
      const tree = (await page.getStructTree()) as StructNode | null;
      if (!tree) continue;
      const open: TextBlock[] = [];
      const walk = (node: StructNode, block: TextBlock | null) => {
        if (node.type === 'content') {
          const mcid = Number(/_mc(\d+)$/.exec(node.id ?? '')?.[1]);
          if (block) block.text += byMcid.get(mcid) ?? '';
          return;
        }
        const children = node.children ?? [];
        const role = node.role ?? '';
        // a NonStruct that only wraps content is part of its block; one that holds blocks is a plain container
        const inline = INLINE.has(role) || (role === 'NonStruct' && children.every((c) => c.type === 'content'));
        if (block && inline) {
          for (const c of children) walk(c, block);
          return;
        }
        const own: TextBlock = { role, page: n, text: '' };
        open.push(own);
        for (const c of children) walk(c, own);
      };
      walk(tree, null);
      blocks.push(...open.filter((b) => b.text !== ''));
    }
    return blocks;
  } finally {
    await task.destroy();
  }
}

/** The text drawn inside each marked-content sequence of a page (by MCID), glyph by glyph. */
async function markedContentText(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }> }): Promise<Map<number, string>> {
  const ops = await page.getOperatorList();
  const texts = new Map<number, string>();
  const stack: (number | null)[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.beginMarkedContentProps) stack.push(typeof args[1] === 'number' ? args[1] : null);
    else if (fn === OPS.beginMarkedContent) stack.push(null);
    else if (fn === OPS.endMarkedContent) stack.pop();
    else if (fn === OPS.showText) {
      const mcid = [...stack].reverse().find((m) => m !== null);
      if (mcid === undefined || mcid === null) continue;
      const glyphs = args[0] as ({ unicode: string } | number | null)[];
      const text = glyphs.map((g) => (g !== null && typeof g === 'object' ? g.unicode : '')).join('');
      texts.set(mcid, (texts.get(mcid) ?? '') + text);
    }
  }
  return texts;
}

export interface PrintPageText {
  /** All text the print page shows (tags stripped, soft hyphens removed, whitespace collapsed). */
  text: string;
  /** The text of each paragraph (`<p>`). */
  paragraphs: string[];
}

/**
 * The text of the print page's HTML as it is printed, by plain string work: the body without scripts, styles, the
 * descriptions and titles inside charts (read by screen readers, not printed), and the parts the print stylesheet
 * hides (feedback links, the charts' data tables and downloads, the footnotes' back links).
 */
export function printPageText(htmlFile: string): PrintPageText {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const body = withoutElements(html.slice(html.indexOf('<body')), (name, attrs) =>
    ['script', 'style', 'desc', 'title', 'template'].includes(name) ||
    /\bclass="[^"]*\b(rueckmeldung|diagramm__daten)\b/.test(attrs) ||
    /\sdata-footnote-backref\b|\sdownload\b/.test(attrs),
  );
  const plain = (s: string) =>
    decodeEntities(s.replace(/<[^>]*>/g, ' '))
      .replace(/\u00AD/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const paragraphs = [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => plain(m[1]!));
  return { text: plain(body), paragraphs };
}

/** The HTML without the elements (and their contents) for which `drop(name, attributes)` holds. */
function withoutElements(html: string, drop: (name: string, attrs: string) => boolean): string {
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  let out = '';
  let pos = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, close, rawName, attrs] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (close || !drop(name, attrs) || attrs.endsWith('/')) continue;
    out += html.slice(pos, m.index);
    let depth = 1;
    let inner: RegExpExecArray | null;
    while (depth > 0 && (inner = tag.exec(html))) {
      if (inner[2]!.toLowerCase() === name && !inner[3]!.endsWith('/')) depth += inner[1] ? -1 : 1;
    }
    if (depth > 0) return out; // never closed: the rest is inside it
    pos = tag.lastIndex;
  }
  return out + html.slice(pos);
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return named[e.toLowerCase()] ?? all;
  });
}

/** The words of a text: split on white space, punctuation around them removed; numbers are left out. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
}

/** Occurrences of `word` in `text`, also where a line break split it with a hyphen („Land-kreis“). */
export function countAcrossHyphens(text: string, word: string): number {
  const pattern = [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('-?');
  return (text.match(new RegExp(pattern, 'gu')) ?? []).length;
}

/** Whether pdftotext (poppler-utils) is installed. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Whether `word` is one of `known`, also when some of its hyphens are those of a line break inside the word
 * („Kreisver-band“ for „Kreisverband“, „On-line-Rechner“ for „Online-Rechner“).
 */
export function isKnownWord(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true;
  const parts = word.split('-');
  if (parts.length < 2 || parts.length > 6) return false;
  for (let mask = 1; mask < 1 << (parts.length - 1); mask++) {
    let joined = parts[0]!;
    for (let i = 1; i < parts.length; i++) joined += (mask & (1 << (i - 1)) ? '' : '-') + parts[i];
    if (known.has(joined)) return true;
  }
  return false;
}

/** A hyphen inside a word where the word has none and no line ends: „Land-kreis“ in the middle of a line. */
export function misplacedHyphens(lines: readonly string[], known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const word of wordsOf(line)) {
      if (/\p{L}-\p{L}/u.test(word) && !known.has(word) && isKnownWord(word, known)) found.push(`${word} in „${line}“`);
    }
  }
  return found;
}
