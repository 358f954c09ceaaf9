/**
 * Objects nothing refers to any more (the IDTree and metadata that the steps before replaced) are left out of the
 * saved file: pdf-lib writes every object it holds, and these kept traces of Chromium's node numbering, so the same
 * Fassung laid out in one tab or in parts differed in its bytes.
 */
import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

/** Deletes the objects not reachable from the trailer (catalog, document info); returns how many. */
export function dropUnreferenced(ctx: PDFContext): number {
  const reached = new Set<string>();
  const stack: PDFObject[] = [ctx.trailerInfo.Root, ctx.trailerInfo.Info, ctx.trailerInfo.Encrypt].filter((o): o is PDFObject => o !== undefined);
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (o instanceof PDFRef) {
      const key = o.toString();
      if (reached.has(key)) continue;
      reached.add(key);
      const target = ctx.lookup(o);
      if (target) stack.push(target);
    } else if (o instanceof PDFDict) {
      for (const [, v] of o.entries()) stack.push(v);
    } else if (o instanceof PDFArray) {
      stack.push(...o.asArray());
    } else if (o instanceof PDFStream) {
      stack.push(o.dict);
    }
  }
  let dropped = 0;
  for (const [ref] of ctx.enumerateIndirectObjects()) {
    if (!reached.has(ref.toString())) {
      ctx.delete(ref);
      dropped++;
    }
  }
  return dropped;
}
