/**
 * The page content as pdf.js reads it (its operator list, form XObjects inlined): per page, how much painting lies
 * outside tagged content and artifacts, which MCIDs the structure tree does not know, and where artifacts and tagged
 * content are nested in each other. Part of the PDF/UA checker (pdf-ua-check.ts).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PAINTING = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintSolidColorImageMask,
  OPS.paintInlineImageXObjectGroup,
  OPS.shadingFill,
]);

export interface PageMarking {
  /** 1-based */
  page: number;
  /** Painting operators neither in tagged content nor in an artifact. */
  untagged: number;
  /** Marked-content sequences whose MCID the structure tree does not reference. */
  unreferenced: number;
  /** Artifacts inside tagged content, tagged content inside artifacts (Matterhorn 01-003, 01-004). */
  mixed: number;
}

/**
 * Should be: every painting operator inside marked content that is an Artifact or carries an MCID the structure tree
 * references (`referenced` per page; inside a form XObject, `formReferenced`: the MCRs with /Stm on that page).
 */
export async function readMarkedContent(bytes: Uint8Array, referenced: Set<number>[], formReferenced: Set<number>[]): Promise<PageMarking[]> {
  const result: PageMarking[] = [];
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false });
  const doc = await task.promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const list = await (await doc.getPage(n)).getOperatorList();
      /** per open sequence: 'artifact', 'tagged' (an MCID) or 'plain' */
      const stack: ('artifact' | 'tagged' | 'plain')[] = [];
      let untagged = 0;
      let unreferenced = 0;
      /** artifacts inside tagged content and tagged content inside artifacts (01-003, 01-004) */
      let mixed = 0;
      /** inside a form XObject: its MCIDs belong to the form (MCR with /Stm), not to the page */
      let formDepth = 0;
      for (let i = 0; i < list.fnArray.length; i++) {
        const fn = list.fnArray[i]!;
        const args = list.argsArray[i] as unknown[] | null;
        if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
          const raw = args?.[0];
          const tag = typeof raw === 'object' && raw !== null && 'name' in raw ? String(raw.name) : String(raw);
          const mcid = fn === OPS.beginMarkedContentProps && typeof args?.[1] === 'number' ? args[1] : null;
          if (tag === 'Artifact') {
            if (stack.includes('tagged')) mixed++;
            stack.push('artifact');
          } else if (mcid !== null) {
            if (stack.includes('artifact')) mixed++;
            stack.push('tagged');
            if (!(formDepth > 0 ? formReferenced : referenced)[n - 1]!.has(mcid)) unreferenced++;
          } else stack.push('plain');
        } else if (fn === OPS.endMarkedContent) {
          stack.pop();
        } else if (fn === OPS.paintFormXObjectBegin) {
          formDepth++;
        } else if (fn === OPS.paintFormXObjectEnd) {
          formDepth--;
        } else if (PAINTING.has(fn) || (fn === OPS.constructPath && PAINTING.has(Number(args?.[0])))) {
          if (!stack.some((s) => s !== 'plain')) untagged++;
        }
      }
      result.push({ page: n, untagged, unreferenced, mixed });
    }
  } finally {
    await task.destroy();
  }
  return result;
}

