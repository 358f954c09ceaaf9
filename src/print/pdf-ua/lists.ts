/**
 * Lists as PDF/UA wants them (Matterhorn 16-001…16-003): L holds LI (or a Caption), LI holds Lbl and LBody.
 * Chromium puts the entry's content (links, paragraphs, nested lists) straight into LI, and sometimes other
 * elements into L: those are wrapped in an LBody (and an LI). Marked content without text directly in L or LI
 * (an empty marker box) leaves the tree and becomes an artifact.
 */
import type { PDFContext } from 'pdf-lib';
import { elements, newElem, type Elem, type Kid, type StructTree } from './struct-tree.ts';

export function fixLists(ctx: PDFContext, tree: StructTree, hasText: (kid: Kid) => boolean): number {
  let changed = 0;
  for (const e of [...elements(tree)]) {
    if (e.type === 'LI') {
      const allowed = (k: Kid) => k.kind === 'elem' && (k.type === 'Lbl' || k.type === 'LBody');
      changed += wrapRuns(e, allowed, hasText, (kids) => newElem(ctx, 'LBody', e, kids));
    }
    if (e.type === 'L') {
      changed += wrapRuns(e, (k) => k.kind === 'elem' && (k.type === 'LI' || k.type === 'Caption'), hasText, (kids) => {
        const li = newElem(ctx, 'LI', e, []);
        li.kids = [newElem(ctx, 'LBody', li, kids)];
        return li;
      });
    }
  }
  return changed;
}

/** Replaces each run of kids that `allowed` rejects by one element made by `wrap`; drops textless MCIDs. */
function wrapRuns(parent: Elem, allowed: (k: Kid) => boolean, hasText: (k: Kid) => boolean, wrap: (kids: Kid[]) => Elem): number {
  if (parent.kids.every(allowed)) return 0;
  const out: Kid[] = [];
  let run: Kid[] = [];
  const flush = () => {
    if (run.length > 0) out.push(wrap(run));
    run = [];
  };
  for (const kid of parent.kids) {
    if (allowed(kid)) {
      flush();
      out.push(kid);
    } else if (kid.kind === 'mcid' && !hasText(kid)) {
      // an empty box: becomes an artifact
    } else run.push(kid);
  }
  flush();
  parent.kids = out;
  return 1;
}
