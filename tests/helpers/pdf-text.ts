/**
 * A PDF as a reader and an accessibility checker see it, read with pdf.js (an npm package, so the tests need no
 * system tools): the text of each page as lines, document info, outline, named destinations, tagging, page size.
 */
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFacts {
  /** One string per page (index 0 = page 1), lines separated by `\n`, top to bottom; upright text only, soft hyphens removed. */
  pages: string[];
  /** Per page: the rotated text runs (e.g. the vertical ENTWURF mark in the margin). */
  sideTexts: string[][];
  info: { Title?: string; Language?: string; [key: string]: unknown };
  /** Titles of the bookmarks, depth first, with their nesting level. */
  outline: { title: string; level: number }[];
  /** Which of the named destinations asked for exist (pdf.js cannot list Chromium's old-style /Dests). */
  destinations: string[];
  tagged: boolean;
  /** Width and height of page 1 in millimetres. */
  pageSizeMm: [number, number];
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

export async function readPdf(file: string, askDestinations: readonly string[] = []): Promise<PdfFacts> {
  const data = new Uint8Array(fs.readFileSync(file));
  const task = getDocument({ data, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    const sideTexts: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = (content.items as unknown[])
        .filter((i): i is TextItem => typeof i === 'object' && i !== null && 'str' in i && 'transform' in i)
        .map((i) => ({ ...i, str: i.str.replace(/\u00AD/g, '') }));
      const upright = (i: TextItem) => Math.abs(i.transform[1]!) < 1e-6 && Math.abs(i.transform[2]!) < 1e-6;
      pages.push(toLines(items.filter(upright)));
      sideTexts.push(items.filter((i) => !upright(i) && i.str.trim() !== '').map((i) => i.str));
    }
    const meta = await doc.getMetadata();
    const outline: PdfFacts['outline'] = [];
    const walk = (items: { title: string; items: unknown[] }[] | null, level: number) => {
      for (const item of items ?? []) {
        outline.push({ title: item.title, level });
        walk(item.items as { title: string; items: unknown[] }[], level + 1);
      }
    };
    walk((await doc.getOutline()) as { title: string; items: unknown[] }[] | null, 0);
    const destinations: string[] = [];
    for (const name of askDestinations) if (await doc.getDestination(name)) destinations.push(name);
    const mark = (await doc.getMarkInfo()) as Map<string, boolean> | { Marked?: boolean } | null;
    const marked = mark instanceof Map ? mark.get('Marked') : mark?.Marked;
    const first = await doc.getPage(1);
    const [x0, y0, x1, y1] = first.view as [number, number, number, number];
    const mm = (pt: number) => Math.round((pt / 72) * 25.4);
    return {
      pages,
      sideTexts,
      info: meta.info as PdfFacts['info'],
      outline,
      destinations,
      tagged: marked === true,
      pageSizeMm: [mm(x1 - x0), mm(y1 - y0)],
    };
  } finally {
    await task.destroy();
  }
}

/**
 * Groups text runs into lines by their baseline and orders them left to right. A raised footnote call (digits, set
 * smaller) belongs to the line it is raised above: runs are placed largest first, so that line is already there.
 */
function toLines(items: TextItem[]): string {
  const rows = new Map<number, TextItem[]>();
  const size = (i: TextItem) => Math.hypot(i.transform[0]!, i.transform[1]!);
  for (const item of [...items].sort((a, b) => size(b) - size(a))) {
    if (item.str === '') continue;
    const y = Math.round(item.transform[5]! * 2) / 2;
    const raised = /^\d+$/.test(item.str) && size(item) < 8 ? [...rows.keys()].find((k) => y - k > 0 && y - k <= 6) : undefined;
    const key = [...rows.keys()].find((k) => Math.abs(k - y) < 2) ?? raised ?? y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => {
      row.sort((a, b) => a.transform[4]! - b.transform[4]!);
      let line = '';
      let end = -Infinity;
      for (const item of row) {
        const x = item.transform[4]!;
        if (line !== '' && x - end > 1 && !line.endsWith(' ')) line += ' ';
        line += item.str;
        end = x + item.width;
      }
      return line;
    })
    .join('\n');
}

/** The non-empty lines of a page, trimmed and with runs of spaces collapsed. */
export function pageLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** What the raw PDF says about its fonts: Type 3 fonts (bitmaps or paths, not real fonts) and fonts not embedded. */
export function fontFacts(file: string): { fonts: number; type3: number; notEmbedded: number } {
  const raw = fs.readFileSync(file, 'latin1');
  const type3 = (raw.match(/\/Subtype\s*\/Type3\b/g) ?? []).length;
  const descriptors = raw.match(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/FontDescriptor[\s\S]*?>>/g) ?? [];
  const notEmbedded = descriptors.filter((d) => !/\/FontFile[23]?\s/.test(d)).length;
  return { fonts: descriptors.length, type3, notEmbedded };
}

/** The alternative texts (/Alt) of the tagged PDF's structure elements, e.g. of charts. */
export function altTexts(file: string): string[] {
  const raw = fs.readFileSync(file, 'latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Alt\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
    const v = m[1]!;
    if (v.startsWith('<')) {
      const hex = v.slice(1, -1).replace(/\s+/g, '');
      const bytes = Buffer.from(hex, 'hex');
      out.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
    } else {
      const body = v.slice(1, -1).replace(/\\([()\\])/g, '$1');
      const bytes = Buffer.from(body, 'latin1');
      out.push(bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : body);
    }
  }
  return out;
}
