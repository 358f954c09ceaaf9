/**
 * The text of each page split by what a screen reader gets: text inside marked content with an MCID (read via the
 * structure tree) and text inside artifacts (skipped). Read with pdf.js, for tests.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface MarkedText {
  /** Per page: the text of tagged content (MCIDs), runs joined by spaces. */
  tagged: string[];
  /** Per page: the text of artifacts. */
  artifacts: string[];
}

interface Item {
  type?: string;
  tag?: string;
  id?: string;
  str?: string;
}

export async function markedText(bytes: Uint8Array): Promise<MarkedText> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  const result: MarkedText = { tagged: [], artifacts: [] };
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
      const stack: ('tagged' | 'artifact' | 'plain')[] = [];
      const tagged: string[] = [];
      const artifacts: string[] = [];
      for (const item of content.items as Item[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
          stack.push(item.tag === 'Artifact' ? 'artifact' : item.id ? 'tagged' : 'plain');
        } else if (item.type === 'endMarkedContent') {
          stack.pop();
        } else if (typeof item.str === 'string' && item.str.trim()) {
          const text = item.str.replace(/\u00AD/g, '');
          if (stack.includes('artifact')) artifacts.push(text);
          else if (stack.includes('tagged')) tagged.push(text);
        }
      }
      result.tagged.push(tagged.join(' '));
      result.artifacts.push(artifacts.join(' '));
    }
  } finally {
    await task.destroy();
  }
  return result;
}
