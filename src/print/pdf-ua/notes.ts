/**
 * Footnotes as Notes (PDF/UA-1 7.9; Matterhorn 19-003), in reading order after the paragraph that calls them.
 *
 * Paged.js moves a footnote into the footnote area at the foot of its page (a list item there: Chromium tags it LI
 * outside any L) and leaves a call in the text, a link to `#note-<ref>`; Chromium writes that link with the named
 * destination `note-<ref>`. The print page lists the footnotes at the foot of each page (footnote-calls.ts); they are
 * matched with the note items of that page in order. Each becomes a Note with /ID `note-<ref>` (also in the IDTree)
 * and moves behind the paragraph of its call — or behind the paragraph's continuation on the next page when the print
 * page says the paragraph goes on there. The call's annotation is described as „Fußnote N“.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { elements, lookup, type Elem, type StructTree } from './struct-tree.ts';

/** What the print page knows about its footnotes (footnote-calls.ts). */
export interface FootnoteFacts {
  /** Per footnote id (`note-<ref>`, also the destination's name): whether its call's paragraph goes on on the next page. */
  continued: Record<string, boolean>;
  /** Per page (index 0 = page 1): the ids of the footnotes at its foot, in order. */
  pages: string[][];
}

const BLOCKS = new Set(['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BlockQuote', 'Caption', 'LBody', 'TD', 'TH', 'Div']);
/** Parents whose children are fixed by PDF/UA (a Note may not stand there): the note goes into the block instead. */
const STRICT_PARENTS = new Set(['L', 'LI', 'Table', 'THead', 'TBody', 'TFoot', 'TR']);

interface Call {
  link: Elem;
  dest: string;
  page: number;
  targetPage: number;
  annot: PDFDict;
}

/**
 * `facts` from the print page; without them, every link to a destination `note-…` is taken as a call and a page's
 * calls are matched with its note items in order.
 */
export function makeNotes(doc: PDFDocument, tree: StructTree, facts: FootnoteFacts | null): number {
  const ctx = doc.context;
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  const annotPage = new Map<string, number>();
  pages.forEach((p, i) => {
    for (const a of lookup<PDFArray>(ctx, p.node.get(PDFName.of('Annots')))?.asArray() ?? []) annotPage.set(a.toString(), i);
  });
  const dests = lookup<PDFDict>(ctx, doc.catalog.get(PDFName.of('Dests')));
  const destPage = (name: string): number | undefined => {
    let d = lookup(ctx, dests?.get(PDFName.of(name)));
    if (d instanceof PDFDict) d = lookup(ctx, d.get(PDFName.of('D')));
    const first = d instanceof PDFArray ? d.get(0) : undefined;
    return first instanceof PDFRef ? pageIndex.get(first.toString()) : undefined;
  };
  const firstPage = (e: Elem): number | undefined => {
    for (const k of e.kids) {
      if (k.kind === 'mcid') return pageIndex.get(k.page.toString());
      if (k.kind === 'elem') {
        const p = firstPage(k);
        if (p !== undefined) return p;
      }
    }
    return undefined;
  };

  const calls = new Map<string, Call>();
  const notesOnPage = new Map<number, Elem[]>();
  for (const e of elements(tree)) {
    if (e.type === 'LI' && e.parent && e.parent.type !== 'L') {
      const p = firstPage(e);
      if (p !== undefined) notesOnPage.set(p, [...(notesOnPage.get(p) ?? []), e]);
    }
    if (e.type !== 'Link') continue;
    for (const k of e.kids) {
      if (k.kind !== 'objr' || !k.obj) continue;
      const annot = lookup<PDFDict>(ctx, k.obj);
      const dest = lookup(ctx, annot?.get(PDFName.of('Dest')));
      const name = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : '';
      if (!annot || !name.startsWith('note-') || calls.has(name)) continue;
      const page = annotPage.get(k.obj.toString());
      const targetPage = destPage(name);
      if (page !== undefined && targetPage !== undefined) calls.set(name, { link: e, dest: name, page, targetPage, annot });
    }
  }
  let number = 0;
  for (const c of calls.values()) c.annot.set(PDFName.of('Contents'), PDFHexString.fromText(`Fußnote ${++number}`));

  // which note item is which footnote: by the print page's list per page, else by the order of the calls
  const named: [Elem, string][] = [];
  for (const [page, notes] of notesOnPage) {
    const ids = facts ? facts.pages[page] ?? [] : [...calls.values()].filter((c) => c.targetPage === page).map((c) => c.dest);
    if (ids.length === notes.length) notes.forEach((note, i) => named.push([note, ids[i]!]));
  }
  const order = [...elements(tree)];
  const ids: [string, PDFRef][] = [];
  for (const [note, id] of named) {
    note.type = 'Note';
    note.dict.set(PDFName.of('ID'), PDFString.of(id));
    if (note.ref) ids.push([id, note.ref]);
    const call = calls.get(id);
    const block = call ? blockOf(call.link) : null;
    if (!call || !block) continue; // no call to follow: the note stays at the foot of its page
    let after = block;
    if (facts?.continued[id]) {
      const next = order.find((e) => e.type === block.type && e !== block && firstPage(e) === call.page + 1);
      if (next) after = next;
    }
    detach(note);
    insertAfter(after, note);
  }
  if (ids.length > 0) addToIdTree(doc, tree.root, ids);
  return named.length;
}

/**
 * Element identifiers must be in the IDTree (ISO 32000-1, table 322): the tree (Chromium's holds ids of table
 * headers) is rewritten as one sorted leaf with the notes' ids added.
 */
function addToIdTree(doc: PDFDocument, root: PDFDict, ids: [string, PDFRef][]): void {
  const ctx = doc.context;
  const entries = new Map<string, PDFObject>();
  const collect = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = lookup<PDFArray>(ctx, node.get(PDFName.of('Names')));
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = lookup(ctx, names.get(i));
      if (key instanceof PDFString || key instanceof PDFHexString) entries.set(key.decodeText(), names.get(i + 1));
    }
    for (const kid of lookup<PDFArray>(ctx, node.get(PDFName.of('Kids')))?.asArray() ?? []) collect(lookup<PDFDict>(ctx, kid));
  };
  collect(lookup<PDFDict>(ctx, root.get(PDFName.of('IDTree'))));
  for (const [id, ref] of ids) entries.set(id, ref);
  const sorted = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const names = sorted.flatMap((key) => [PDFString.of(key), entries.get(key)!]);
  root.set(PDFName.of('IDTree'), ctx.register(ctx.obj({ Names: names })));
}

function blockOf(e: Elem): Elem | null {
  for (let p = e.parent; p; p = p.parent) if (BLOCKS.has(p.type)) return p;
  return null;
}

function detach(e: Elem): void {
  if (e.parent) e.parent.kids = e.parent.kids.filter((k) => k !== e);
}

/** Behind `block` in its parent; inside it, at the end, where the parent allows no Note. */
function insertAfter(block: Elem, note: Elem): void {
  const parent = block.parent;
  if (!parent || STRICT_PARENTS.has(parent.type) || block.type === 'LBody' || block.type === 'TD' || block.type === 'TH') {
    block.kids.push(note);
    note.parent = block;
    return;
  }
  parent.kids.splice(parent.kids.indexOf(block) + 1, 0, note);
  note.parent = parent;
}
