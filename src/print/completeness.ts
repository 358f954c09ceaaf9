/**
 * The completeness check of every PDF build: each chart, map, image, table and footnote of the print page (and each
 * footnote's call) must be painted on a page of the PDF just written, read back with pdf.js.
 *
 *   content-marks.ts, in the browser: items numbered before layout; after it, the page and box of each
 *   → here: an item on no page, or outside its page (in the overflow that nothing prints) is missing
 *   → the PDF, each page with a chart, map or image: in each item's box, painted marks — for a chart, map or image
 *     vector paths, images or text (as many as the item asks for: a chart's empty frame alone does not count); for
 *     a table, a footnote or a call on such a page, text
 *   → the PDF's text, every page with a table, footnote or call, read once (getTextContent, a few ms a page): a
 *     table's first header cell and first body cell, a footnote's first words on the page of its first part; a
 *     digit in the box of each footnote call
 *
 * The figure lost before (caption at the foot of p. 43, chart in the overflow) failed the second step; an SVG whose
 * drawing never came back would fail the third.
 */
import fs from 'node:fs';
import { printErrors } from '../errors/print.ts';
import type { Problem } from '../errors/problem.ts';
import type { MarkedItem, Placements } from './content-marks.ts';

/** A box in PDF points, page coordinates (origin bottom left): x0, y0, x1, y1. */
type Box = [number, number, number, number];

interface PageMarks {
  /** Boxes of painted paths and images. */
  drawings: Box[];
  /** Boxes of text runs (pdf.js joins neighbouring runs: a footnote call may be the end of a longer one). */
  texts: Box[];
}

export interface CompletenessResult {
  problems: Problem[];
  /** Placements checked (items and footnote calls, each part of a split one). */
  checked: number;
  /** Pages of the PDF read back for their drawings. */
  pagesRead: number;
  /** Pages of the PDF whose text was read back. */
  textPagesRead: number;
}

/** Checks the PDF (a file, or its bytes) against the items of the print page and where the layout placed them. */
export async function checkCompleteness(pdf: string | Uint8Array, slug: string, items: readonly MarkedItem[], placed: Placements): Promise<CompletenessResult> {
  const problems: Problem[] = [];
  const describe = (i: number, call = false) => describeItem(items[i]!, call);
  const seen = new Set(placed.placements.filter((p) => !p.call).map((p) => p.item));
  const hidden = new Set(placed.hidden);
  items.forEach((_, i) => {
    if (!seen.has(i) && !hidden.has(i)) problems.push(printErrors.contentMissing(slug, describe(i), null));
  });
  for (const o of placed.overflow) problems.push(printErrors.textBeyondPage(slug, o.page, o.text));
  const off = placed.placements.filter((p) => !p.onPage);
  for (const p of off) problems.push(printErrors.contentMissing(slug, describe(p.item, p.call), p.page));

  // Reading a page back costs tens of milliseconds (fonts, then every operation): the pages with a chart, map or
  // image are read, and every item on them checked; elsewhere tables, footnotes and calls count by their placement.
  const drawingPages = new Set(placed.placements.filter((p) => p.onPage && !p.call && isDrawing(items[p.item]!)).map((p) => p.page));
  const onPage = placed.placements.filter((p) => p.onPage && drawingPages.has(p.page));
  const { getDocument, OPS, Util } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // (a copy: pdf.js may hand the buffer on to its worker and detach it)
  const data = typeof pdf === 'string' ? new Uint8Array(fs.readFileSync(pdf)) : pdf.slice();
  const task = getDocument({ data, verbosity: 0, useSystemFonts: false });
  try {
    const doc = await task.promise;
    const cache = new Map<number, Promise<PageMarks>>();
    const marksOf = (n: number) => {
      let marks = cache.get(n);
      if (!marks) {
        marks = readPage(doc, n, OPS, Util as unknown as Geometry);
        cache.set(n, marks);
      }
      return marks;
    };
    const results = await Promise.all(
      onPage.map(async (p) => {
        if (p.page > doc.numPages) return false;
        const page = await doc.getPage(p.page);
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        const sx = (x1 - x0) / placed.pageSize[0];
        const sy = (y1 - y0) / placed.pageSize[1];
        const [l, t, r, b] = p.box;
        const box: Box = [x0 + l * sx - 1, y1 - b * sy - 1, x0 + r * sx + 1, y1 - t * sy + 1];
        const marks = await marksOf(p.page);
        const meets = (d: Box) => d[0] < box[2] && d[2] > box[0] && d[1] < box[3] && d[3] > box[1];
        const texts = marks.texts.filter(meets).length;
        if (p.call || !isDrawing(items[p.item]!)) return texts > 0;
        // a path counts when its centre lies in the box and it is not larger than the box (the page's background)
        const area = (d: Box) => (d[2] - d[0]) * (d[3] - d[1]);
        const inside = (d: Box) => {
          const x = (d[0] + d[2]) / 2;
          const y = (d[1] + d[3]) / 2;
          return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && area(d) <= area(box) * 1.1;
        };
        return marks.drawings.filter(inside).length + texts >= items[p.item]!.minMarks;
      }),
    );
    results.forEach((ok, k) => {
      const p = onPage[k]!;
      if (!ok) problems.push(printErrors.contentNotPainted(slug, describe(p.item, p.call), p.page));
    });
    const textPages = await checkTexts(doc, items, placed, drawingPages, slug, describe);
    problems.push(...textPages.problems);
    return { problems, checked: placed.placements.length, pagesRead: drawingPages.size, textPagesRead: textPages.pagesRead };
  } finally {
    await task.destroy();
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface TextDocument {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(): Promise<{ items: readonly (TextItem | object)[] }>;
  }>;
}

/** Compared without spaces, line-end hyphens and soft hyphens, and with ligatures split (NFKC). */
export const comparable = (text: string): string => text.normalize('NFKC').replace(/[\s\u00AD\-\u2010\u2011]/g, '');

/**
 * The text check: each item's `texts` on the page where its first part stands, each footnote call's number (a
 * digit) inside the call's box. Every page concerned is read once.
 */
async function checkTexts(
  doc: TextDocument,
  items: readonly MarkedItem[],
  placed: Placements,
  drawingPages: ReadonlySet<number>,
  slug: string,
  describe: (i: number, call?: boolean) => string,
): Promise<{ problems: Problem[]; pagesRead: number }> {
  const firstPage = new Map<number, number>();
  for (const p of placed.placements) {
    if (p.onPage && !p.call && items[p.item]?.texts && (firstPage.get(p.item) ?? Infinity) > p.page) firstPage.set(p.item, p.page);
  }
  // calls on a page with a drawing were checked with its painted marks already
  const calls = placed.placements.filter((p) => p.onPage && p.call && !drawingPages.has(p.page));
  const pages = [...new Set([...firstPage.values(), ...calls.map((p) => p.page)])].sort((a, b) => a - b);
  const read = new Map(
    await Promise.all(
      pages.map(async (n) => {
        if (n > doc.numPages) return [n, null] as const;
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const runs = content.items.filter((t): t is TextItem => 'str' in t);
        return [n, { view: page.view, runs, text: comparable(runs.map((r) => r.str).join('')) }] as const;
      }),
    ),
  );
  const problems: Problem[] = [];
  for (const [item, n] of firstPage) {
    const page = read.get(n);
    const missing = items[item]!.texts!.find((t) => !page?.text.includes(comparable(t)));
    if (missing !== undefined) problems.push(printErrors.textNotInPdf(slug, describe(item), n, missing));
  }
  for (const p of calls) {
    const page = read.get(p.page);
    if (!page) {
      problems.push(printErrors.contentNotPainted(slug, describe(p.item, true), p.page));
      continue;
    }
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const sx = (x1 - x0) / placed.pageSize[0];
    const sy = (y1 - y0) / placed.pageSize[1];
    const [l, t, r, b] = p.box;
    const box: Box = [x0 + l * sx - 1, y1 - b * sy - 1, x0 + r * sx + 1, y1 - t * sy + 1];
    const digit = page.runs.some((run) => {
      const [a = 0, , , d = 0, e = 0, f = 0] = run.transform;
      const w = run.width || Math.abs(a) * run.str.length * 0.5;
      const h = run.height || Math.abs(d);
      return /\d/.test(run.str) && e < box[2] && e + w > box[0] && f < box[3] && f + h > box[1];
    });
    if (!digit) problems.push(printErrors.contentNotPainted(slug, describe(p.item, true), p.page));
  }
  return { problems, pagesRead: pages.length };
}

function isDrawing(item: MarkedItem): boolean {
  return item.kind === 'grafik' || item.kind === 'bild';
}

/** „Abbildung 1: Kinder in … (Kapitel „Umsetzung und Monitoring“)“; for a call: „das Zeichen von Fußnote 2 …“ */
export function describeItem(item: MarkedItem, call = false): string {
  const label = call ? `das Zeichen von ${item.label} im Text` : item.label;
  return item.chapter ? `${label} (Kapitel „${item.chapter}“)` : label;
}

type Matrix = [number, number, number, number, number, number];

/** pdf.js' own matrix helpers (`Util`): products of transformations and the box a rectangle covers. */
interface Geometry {
  transform(m: Matrix, n: Matrix): Matrix;
  axialAlignedBoundingBox(rect: readonly number[], m: Matrix, output: number[]): void;
}

/** The box a rectangle of user space covers on the page. */
function boxOf(geometry: Geometry, m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  geometry.axialAlignedBoundingBox([x0, y0, x1, y1], m, out);
  return out;
}

interface PdfDocument {
  getPage(n: number): Promise<{
    getOperatorList(params?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  }>;
}

/**
 * The painted marks of page `n`: text runs, paths and images, from the page's operations alone (reading its text
 * separately as well cost 60 % more). Text is placed as PDF places it: the text matrix, moved line by line and after
 * each run by the run's width, under the current transformation.
 */
async function readPage(doc: PdfDocument, n: number, OPS: Record<string, number>, geometry: Geometry): Promise<PageMarks> {
  const multiply = (m: Matrix, k: Matrix) => geometry.transform(m, k);
  const page = await doc.getPage(n);
  // the page's own content only: link annotations paint nothing in Chromium's PDF (AnnotationMode.DISABLE = 0)
  const list = await page.getOperatorList({ annotationMode: 0 });
  const drawings: Box[] = [];
  const texts: Box[] = [];
  const identity: Matrix = [1, 0, 0, 1, 0, 0];
  let ctm: Matrix = identity;
  const stack: Matrix[] = [];
  let tm: Matrix = identity;
  let lineStart: Matrix = identity;
  let fontSize = 0;
  let leading = 0;
  const moveLine = (tx: number, ty: number) => {
    lineStart = multiply(lineStart, [1, 0, 0, 1, tx, ty]);
    tm = lineStart;
  };
  const show = (glyphs: unknown) => {
    let width = 0;
    for (const g of Array.isArray(glyphs) ? glyphs : []) {
      if (typeof g === 'number') width -= (g / 1000) * fontSize;
      else if (g && typeof g === 'object' && 'width' in g) width += ((g as { width: number }).width / 1000) * fontSize;
    }
    const unicode = (Array.isArray(glyphs) ? glyphs : []).some((g) => g && typeof g === 'object' && String((g as { unicode?: string }).unicode ?? '').trim() !== '');
    if (unicode) texts.push(boxOf(geometry, multiply(ctm, tm), 0, 0, width, fontSize));
    tm = multiply(tm, [1, 0, 0, 1, width, 0]);
  };
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS['save'] || fn === OPS['paintFormXObjectBegin']) {
      stack.push(ctm);
      const matrix = fn === OPS['paintFormXObjectBegin'] ? (args?.[0] as Matrix | null) : null;
      if (matrix) ctm = multiply(ctm, Array.from(matrix) as Matrix);
    } else if (fn === OPS['restore'] || fn === OPS['paintFormXObjectEnd']) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === OPS['transform']) {
      ctm = multiply(ctm, args as unknown as Matrix);
    } else if (fn === OPS['constructPath']) {
      const minMax = args?.[2] as ArrayLike<number> | null;
      if (!minMax || !Number.isFinite(minMax[0]!)) return;
      drawings.push(boxOf(geometry, ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!));
    } else if (fn === OPS['paintImageXObject'] || fn === OPS['paintInlineImageXObject'] || fn === OPS['paintImageMaskXObject']) {
      drawings.push(boxOf(geometry, ctm, 0, 0, 1, 1));
    } else if (fn === OPS['beginText']) {
      tm = lineStart = identity;
    } else if (fn === OPS['setFont']) {
      fontSize = Number(args?.[1] ?? 0);
    } else if (fn === OPS['setTextMatrix']) {
      tm = lineStart = Array.from((args?.[0] ?? args) as ArrayLike<number>).slice(0, 6) as Matrix;
    } else if (fn === OPS['setLeading']) {
      leading = Number(args?.[0] ?? 0);
    } else if (fn === OPS['moveText'] || fn === OPS['setLeadingMoveText']) {
      if (fn === OPS['setLeadingMoveText']) leading = -Number(args?.[1] ?? 0);
      moveLine(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0));
    } else if (fn === OPS['nextLine']) {
      moveLine(0, -leading);
    } else if (fn === OPS['showText'] || fn === OPS['showSpacedText']) {
      show(args?.[0]);
    } else if (fn === OPS['nextLineShowText'] || fn === OPS['nextLineSetSpacingShowText']) {
      moveLine(0, -leading);
      show(args?.[args.length - 1]);
    }
  });
  return { drawings, texts };
}
