/**
 * Chromium names structure elements after the DOM node they come from (/ID `node00001536`, for table header cells,
 * referred to by the data cells' /Headers). Those numbers count every node the tab ever made, so the same Fassung laid
 * out in one tab or in parallel parts (on a machine with more cores) gets other numbers. Renumbered here in the order
 * of the structure tree (`node00000001` …), in /ID, /Headers and the IDTree: the same Fassung gives the same file.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { lookup, type Elem, type StructTree } from './struct-tree.ts';

const NODE_ID = /^node\d+$/;

/** Renumbers Chromium's node ids; returns how many. */
export function renumberNodeIds(ctx: PDFContext, tree: StructTree): number {
  const renamed = new Map<string, string>();
  const walk = (e: Elem) => {
    const id = textOf(lookup(ctx, e.dict.get(PDFName.of('ID'))));
    if (id !== undefined && NODE_ID.test(id) && !renamed.has(id)) {
      renamed.set(id, `node${String(renamed.size + 1).padStart(8, '0')}`);
    }
    for (const k of e.kids) if (k.kind === 'elem') walk(k);
  };
  tree.top.forEach(walk);
  if (renamed.size === 0) return 0;

  const rename = (o: PDFObject | undefined): PDFObject | undefined => {
    const text = textOf(o);
    const next = text !== undefined ? renamed.get(text) : undefined;
    return next ? PDFString.of(next) : undefined;
  };
  /** Every id string in `o` (an attribute object, an array of them, a /Headers array) renamed in place. */
  const renameWithin = (o: PDFObject | undefined) => {
    const v = lookup(ctx, o);
    if (v instanceof PDFArray) {
      for (let i = 0; i < v.size(); i++) {
        const next = rename(lookup(ctx, v.get(i)));
        if (next) v.set(i, next);
        else renameWithin(v.get(i));
      }
    } else if (v instanceof PDFDict) {
      for (const [key, value] of v.entries()) {
        const next = rename(lookup(ctx, value));
        if (next) v.set(key, next);
        else renameWithin(value);
      }
    }
  };
  const fix = (e: Elem) => {
    const next = rename(lookup(ctx, e.dict.get(PDFName.of('ID'))));
    if (next) e.dict.set(PDFName.of('ID'), next);
    renameWithin(e.dict.get(PDFName.of('A')));
    for (const k of e.kids) if (k.kind === 'elem') fix(k);
  };
  tree.top.forEach(fix);
  rewriteIdTree(ctx, tree.root, renamed);
  return renamed.size;
}

/** The IDTree as one sorted leaf, its keys renamed. */
function rewriteIdTree(ctx: PDFContext, root: PDFDict, renamed: ReadonlyMap<string, string>): void {
  const entries = new Map<string, PDFObject>();
  const collect = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = lookup<PDFArray>(ctx, node.get(PDFName.of('Names')));
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = textOf(lookup(ctx, names.get(i)));
      if (key !== undefined) entries.set(renamed.get(key) ?? key, names.get(i + 1));
    }
    for (const kid of lookup<PDFArray>(ctx, node.get(PDFName.of('Kids')))?.asArray() ?? []) collect(lookup<PDFDict>(ctx, kid));
  };
  const tree = lookup<PDFDict>(ctx, root.get(PDFName.of('IDTree')));
  if (!tree) return;
  collect(tree);
  const sorted = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  root.set(PDFName.of('IDTree'), ctx.register(ctx.obj({ Names: sorted.flatMap((key) => [PDFString.of(key), entries.get(key)!]) })));
}

function textOf(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}
