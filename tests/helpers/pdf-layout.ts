/**
 * A PDF's pages as a typesetter looks at them, read with pdf.js: every text run with its position, size and font,
 * and the box of every painted path or image — to see what stands where, not only which text is there.
 */
import fs from 'node:fs';
import { getDocument, OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Run {
  str: string;
  /** Left end of the baseline, in points from the page's bottom left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** PostScript name of the font, e.g. `SourceSans3-SemiBold`. */
  font: string;
  upright: boolean;
}

/** x0, y0, x1, y1 in points, page coordinates. */
export type Box = [number, number, number, number];

export interface PageLayout {
  width: number;
  height: number;
  runs: Run[];
  paths: Box[];
}

type Matrix = [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => Util.transform(m, n) as Matrix;

export async function readLayout(file: string): Promise<PageLayout[]> {
  const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0, useSystemFonts: false, fontExtraProperties: true });
  const doc = await task.promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      const paths: Box[] = [];
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      const stack: Matrix[] = [];
      ops.fnArray.forEach((fn, i) => {
        const args = ops.argsArray[i] as unknown[] | null;
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.paintFormXObjectBegin) {
          stack.push(ctm);
          if (args?.[0]) ctm = times(ctm, args[0] as Matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = times(ctm, args as unknown as Matrix);
        else if (fn === OPS.constructPath && args?.[2]) {
          const [x0, y0, x1, y1] = Array.from(args[2] as ArrayLike<number>) as [number, number, number, number];
          const xs = [x0, x1].flatMap((x) => [y0, y1].map((y) => ctm[0] * x + ctm[2] * y + ctm[4]));
          const ys = [x0, x1].flatMap((x) => [y0, y1].map((y) => ctm[1] * x + ctm[3] * y + ctm[5]));
          paths.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
        }
      });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items as { str?: string; transform?: number[]; width?: number; fontName?: string }[]) {
        if (!item.str?.trim() || !item.transform) continue;
        const [a, b, c] = item.transform as Matrix;
        const font = page.commonObjs.has(item.fontName!) ? ((page.commonObjs.get(item.fontName!) as { name?: string }).name ?? '') : '';
        runs.push({
          str: item.str.replace(/\u00AD/g, ''),
          x: item.transform[4]!,
          y: item.transform[5]!,
          width: item.width ?? 0,
          size: Math.hypot(a, b),
          font: font.replace(/^[A-Z]{6}\+/, ''),
          upright: Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6,
        });
      }
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pages.push({ width: x1 - x0, height: y1 - y0, runs, paths });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export interface Line {
  y: number;
  text: string;
  runs: Run[];
}

/** Upright runs grouped into lines (same baseline within 1 pt; a raised footnote call joins its line), top down. */
export function linesOf(runs: readonly Run[]): Line[] {
  const sorted = runs.filter((r) => r.upright).sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= 1);
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, text: '', runs: [run] });
  }
  for (const l of lines) {
    l.runs.sort((p, q) => p.x - q.x);
    l.text = l.runs.map((r, i) => (i > 0 && r.x - (l.runs[i - 1]!.x + l.runs[i - 1]!.width) > 1 ? ' ' : '') + r.str).join('');
  }
  return lines.sort((p, q) => q.y - p.y);
}

/** A heading of the print CSS (h1–h4): semibold sans serif of at least 11 pt. */
export const isHeadingRun = (r: Run) => /SourceSans3/.test(r.font) && /(SemiBold|Bold)$/.test(r.font) && r.size >= 11;
