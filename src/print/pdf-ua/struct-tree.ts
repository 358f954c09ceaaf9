/**
 * The structure tree of a PDF as plain objects, to be rearranged by the fix steps and written back in one go:
 * every element's /K, /P, /S and /Pg, and the ParentTree rebuilt from the result (so an MCID that moved to another
 * element, or became an artifact, is mapped right).
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface Elem {
  kind: 'elem';
  /** Indirect reference (new elements get one when written). */
  ref: PDFRef | null;
  dict: PDFDict;
  type: string;
  parent: Elem | null;
  kids: Kid[];
}

export interface Mcid {
  kind: 'mcid';
  mcid: number;
  page: PDFRef;
  /** The form XObject whose content holds the MCID (MCR with /Stm); without it, the page's content. */
  stm?: PDFRef;
}

export interface Objr {
  kind: 'objr';
  raw: PDFObject;
  /** The annotation (or other object) it refers to. */
  obj: PDFRef | null;
}

export type Kid = Elem | Mcid | Objr;

export interface StructTree {
  root: PDFDict;
  /** Top-level elements (usually one Document). */
  top: Elem[];
}

export function lookup<T extends PDFObject>(ctx: PDFContext, o: PDFObject | undefined): T | undefined {
  return (o instanceof PDFRef ? ctx.lookup(o) : o) as T | undefined;
}

export function nameOf(ctx: PDFContext, o: PDFObject | undefined): string | undefined {
  const v = lookup(ctx, o);
  return v instanceof PDFName ? v.decodeText() : undefined;
}

export function readStructTree(doc: PDFDocument): StructTree | null {
  const ctx = doc.context;
  const root = lookup<PDFDict>(ctx, doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return null;
  const seen = new Set<PDFDict>();
  const readElem = (raw: PDFObject, parent: Elem | null, inheritedPage: PDFRef | undefined): Elem | null => {
    const dict = lookup<PDFDict>(ctx, raw);
    if (!(dict instanceof PDFDict) || seen.has(dict)) return null;
    seen.add(dict);
    const elem: Elem = {
      kind: 'elem',
      ref: raw instanceof PDFRef ? raw : null,
      dict,
      type: nameOf(ctx, dict.get(PDFName.of('S'))) ?? 'NonStruct',
      parent,
      kids: [],
    };
    const pg = dict.get(PDFName.of('Pg'));
    const page = pg instanceof PDFRef ? pg : inheritedPage;
    const k = dict.get(PDFName.of('K'));
    const kv = lookup(ctx, k);
    const list = k === undefined ? [] : kv instanceof PDFArray ? kv.asArray() : [k];
    for (const item of list) {
      const v = lookup(ctx, item);
      if (v instanceof PDFNumber) {
        if (page) elem.kids.push({ kind: 'mcid', mcid: v.asNumber(), page });
      } else if (v instanceof PDFDict) {
        const type = nameOf(ctx, v.get(PDFName.of('Type')));
        if (type === 'MCR') {
          const mpg = v.get(PDFName.of('Pg'));
          const mcid = lookup(ctx, v.get(PDFName.of('MCID')));
          const mpage = mpg instanceof PDFRef ? mpg : page;
          const stm = v.get(PDFName.of('Stm'));
          if (mpage && mcid instanceof PDFNumber) {
            elem.kids.push({ kind: 'mcid', mcid: mcid.asNumber(), page: mpage, ...(stm instanceof PDFRef ? { stm } : {}) });
          }
        } else if (type === 'OBJR') {
          const obj = v.get(PDFName.of('Obj'));
          elem.kids.push({ kind: 'objr', raw: item, obj: obj instanceof PDFRef ? obj : null });
        } else {
          const child = readElem(item, elem, page);
          if (child) elem.kids.push(child);
        }
      }
    }
    return elem;
  };
  const k = root.get(PDFName.of('K'));
  const kv = lookup(ctx, k);
  const top = (k === undefined ? [] : kv instanceof PDFArray ? kv.asArray() : [k])
    .map((item) => readElem(item, null, undefined))
    .filter((e): e is Elem => e !== null);
  return { root, top };
}

/** A new element of `type` (not yet in the PDF: written by writeStructTree). */
export function newElem(ctx: PDFContext, type: string, parent: Elem | null, kids: Kid[]): Elem {
  const elem: Elem = { kind: 'elem', ref: null, dict: ctx.obj({ Type: 'StructElem', S: type }), type, parent, kids };
  for (const kid of kids) if (kid.kind === 'elem') kid.parent = elem;
  return elem;
}

/** Depth-first, parents before children. */
export function* elements(tree: StructTree): Generator<Elem> {
  const stack = [...tree.top].reverse();
  while (stack.length > 0) {
    const elem = stack.pop()!;
    yield elem;
    for (let i = elem.kids.length - 1; i >= 0; i--) {
      const kid = elem.kids[i]!;
      if (kid.kind === 'elem') stack.push(kid);
    }
  }
}

/** Whether any descendant of `elem` satisfies `test`. */
export function hasDescendant(elem: Elem, test: (e: Elem) => boolean): boolean {
  return elem.kids.some((k) => k.kind === 'elem' && (test(k) || hasDescendant(k, test)));
}

/** The MCIDs the tree references in each page's own content, per page reference. */
export function referencedMcids(tree: StructTree): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  for (const elem of elements(tree)) {
    for (const kid of elem.kids) {
      if (kid.kind !== 'mcid' || kid.stm) continue;
      const key = kid.page.toString();
      if (!result.has(key)) result.set(key, new Set());
      result.get(key)!.add(kid.mcid);
    }
  }
  return result;
}

/**
 * Writes the tree back: /K, /P, /S, /Pg of every element, the root's /K, and a new ParentTree (flat /Nums) with
 * /ParentTreeNextKey. Pages keep their /StructParents; a page with MCIDs but none gets a new key.
 */
export function writeStructTree(doc: PDFDocument, tree: StructTree): void {
  const ctx = doc.context;
  const refOf = (elem: Elem): PDFRef => {
    if (!elem.ref) elem.ref = ctx.register(elem.dict);
    return elem.ref;
  };
  const pageKeys = new Map<string, number>();
  let nextKey = 0;
  const pages = doc.getPages();
  for (const page of pages) {
    const sp = lookup(ctx, page.node.get(PDFName.of('StructParents')));
    if (sp instanceof PDFNumber) {
      pageKeys.set(page.ref.toString(), sp.asNumber());
      nextKey = Math.max(nextKey, sp.asNumber() + 1);
    }
    for (const a of lookup<PDFArray>(ctx, page.node.get(PDFName.of('Annots')))?.asArray() ?? []) {
      const sp2 = lookup(ctx, lookup<PDFDict>(ctx, a)?.get(PDFName.of('StructParent')));
      if (sp2 instanceof PDFNumber) nextKey = Math.max(nextKey, sp2.asNumber() + 1);
    }
  }
  // forms with marked content of their own keep their key too
  for (const elem of elements(tree)) {
    for (const kid of elem.kids) {
      const sp = kid.kind === 'mcid' && kid.stm ? lookup(ctx, lookup<PDFStream>(ctx, kid.stm)?.dict.get(PDFName.of('StructParents'))) : undefined;
      if (sp instanceof PDFNumber) nextKey = Math.max(nextKey, sp.asNumber() + 1);
    }
  }
  const pageByRef = new Map(pages.map((p) => [p.ref.toString(), p]));
  const formKeys = new Map<string, number>();
  const perPage = new Map<number, PDFRef[]>();
  const perObject = new Map<number, PDFRef>();

  for (const elem of elements(tree)) {
    const ref = refOf(elem);
    const d = elem.dict;
    d.set(PDFName.of('S'), PDFName.of(elem.type));
    if (elem.parent) d.set(PDFName.of('P'), refOf(elem.parent));
    else d.set(PDFName.of('P'), ctx.getObjectRef(tree.root) ?? tree.root);
    const firstPage = elem.kids.find((k): k is Mcid => k.kind === 'mcid' && !k.stm)?.page;
    const pg = d.get(PDFName.of('Pg'));
    const page = pg instanceof PDFRef ? pg : firstPage;
    if (!pg && firstPage) d.set(PDFName.of('Pg'), firstPage);
    const k: PDFObject[] = [];
    for (const kid of elem.kids) {
      if (kid.kind === 'elem') k.push(refOf(kid));
      else if (kid.kind === 'objr') {
        k.push(kid.raw);
        const annot = kid.obj ? lookup<PDFDict>(ctx, kid.obj) : undefined;
        const sp = lookup(ctx, annot?.get(PDFName.of('StructParent')));
        if (annot && sp instanceof PDFNumber) perObject.set(sp.asNumber(), ref);
        else if (annot) {
          annot.set(PDFName.of('StructParent'), PDFNumber.of(nextKey));
          perObject.set(nextKey++, ref);
        }
      } else if (kid.stm) {
        k.push(ctx.obj({ Type: 'MCR', Pg: kid.page, Stm: kid.stm, MCID: kid.mcid }));
        const key = kid.stm.toString();
        if (!formKeys.has(key)) {
          const form = lookup<PDFStream>(ctx, kid.stm);
          const sp = lookup(ctx, form?.dict.get(PDFName.of('StructParents')));
          const formKey = sp instanceof PDFNumber ? sp.asNumber() : nextKey++;
          if (!(sp instanceof PDFNumber)) form?.dict.set(PDFName.of('StructParents'), PDFNumber.of(formKey));
          formKeys.set(key, formKey);
        }
        const list = perPage.get(formKeys.get(key)!) ?? [];
        list[kid.mcid] = ref;
        perPage.set(formKeys.get(key)!, list);
      } else {
        const same = page && kid.page.toString() === page.toString();
        k.push(same ? PDFNumber.of(kid.mcid) : ctx.obj({ Type: 'MCR', Pg: kid.page, MCID: kid.mcid }));
        const key = kid.page.toString();
        if (!pageKeys.has(key)) {
          pageKeys.set(key, nextKey);
          pageByRef.get(key)?.node.set(PDFName.of('StructParents'), PDFNumber.of(nextKey++));
        }
        const list = perPage.get(pageKeys.get(key)!) ?? [];
        list[kid.mcid] = ref;
        perPage.set(pageKeys.get(key)!, list);
      }
    }
    if (k.length === 0) d.delete(PDFName.of('K'));
    else d.set(PDFName.of('K'), k.length === 1 ? k[0]! : ctx.obj(k));
  }
  tree.root.set(PDFName.of('K'), tree.top.length === 1 ? refOf(tree.top[0]!) : ctx.obj(tree.top.map(refOf)));

  const nums: PDFObject[] = [];
  const keys = [...new Set([...perPage.keys(), ...perObject.keys()])].sort((a, b) => a - b);
  for (const key of keys) {
    nums.push(PDFNumber.of(key));
    const list = perPage.get(key);
    if (list) {
      const arr = Array.from({ length: list.length }, (_, i) => list[i] ?? ctx.obj(null));
      nums.push(ctx.register(ctx.obj(arr)));
    } else nums.push(perObject.get(key)!);
  }
  tree.root.set(PDFName.of('ParentTree'), ctx.register(ctx.obj({ Nums: nums })));
  tree.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(nextKey));
}
