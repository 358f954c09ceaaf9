/**
 * The text of charts and maps in a tagged PDF, read with pdf.js. Chromium tags a chart's SVG (role="img") as a
 * Figure structure element; its text runs are that Figure's own marked content (the caption, the key list and
 * the notes of the surrounding <figure> sit in Caption, L and P children instead). So a text run belongs to a
 * chart when its marked-content id is a direct content child of a Figure.
 */
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfChartText {
  page: number;
  text: string;
  /** Font size in pt (the text matrix's vertical scale). */
  pt: number;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

function figureContentIds(node: StructNode | null | undefined, out = new Set<string>()): Set<string> {
  if (!node) return out;
  for (const child of node.children ?? []) {
    if (node.role === 'Figure' && child.type === 'content' && child.id) out.add(child.id);
    figureContentIds(child, out);
  }
  return out;
}

export interface PdfPageText {
  page: number;
  /** All text of the page without any white space (names split across runs stay findable). */
  joined: string;
}

export async function readPdfCharts(file: string): Promise<{ charts: PdfChartText[]; pages: PdfPageText[] }> {
  const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const charts: PdfChartText[] = [];
  const pages: PdfPageText[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ids = figureContentIds((await page.getStructTree()) as StructNode);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: (string | undefined)[] = [];
      let joined = '';
      for (const item of content.items as { type?: string; id?: string; str?: string; transform?: number[] }[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.id);
        else if (item.type === 'endMarkedContent') stack.pop();
        else if (item.str !== undefined && item.transform) {
          const str = item.str.replace(/\u00AD/g, '');
          joined += str;
          const id = stack[stack.length - 1];
          if (str.trim() && id !== undefined && ids.has(id)) {
            charts.push({ page: n, text: str, pt: Math.hypot(item.transform[2]!, item.transform[3]!) });
          }
        }
      }
      pages.push({ page: n, joined: joined.replace(/\s+/g, '') });
    }
  } finally {
    await task.destroy();
  }
  return { charts, pages };
}
