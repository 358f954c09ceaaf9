/**
 * Footnotes as Notes (PDF/UA-1 7.9; Matterhorn 19-003), in reading order after the paragraph that calls them.
 *
 * Paged.js moves a footnote into the footnote area at the foot of its page (a list item there: Chromium tags it LI
 * outside any L) and leaves a call in the text, a link to `#note-<ref>`; Chromium writes that link with the named
 * destination `note-<ref>`. Per page, the calls that lead to the page's notes are matched with the note items in
 * order. Each note item becomes a Note with /ID `note-<ref>`; it moves behind the paragraph of its call — or behind
 * the paragraph's continuation on the next page when the print page says the paragraph goes on there
 * (`continued`, see footnote-calls.ts). The call's annotation is described as „Fußnote N“.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { elements, lookup, type Elem, type StructTree } from './struct-tree.ts';

/** Per destination name of a footnote (`note-<ref>`): whether its call's paragraph goes on on the next page. */
export type FootnoteCalls = Record<string, boolean>;

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

/** `calls` from the print page; without them, every link to a destination `note-…` is taken as a call. */
export function makeNotes(doc: PDFDocument, tree: StructTree, calls: FootnoteCalls | null): number {
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

  const found: Call[] = [];
  const noteItems: Elem[] = [];
  for (const e of elements(tree)) {
    if (e.type === 'LI' && e.parent && e.parent.type !== 'L') noteItems.push(e);
    if (e.type !== 'Link') continue;
    for (const k of e.kids) {
      if (k.kind !== 'objr' || !k.obj) continue;
      const annot = lookup<PDFDict>(ctx, k.obj);
      const dest = lookup(ctx, annot?.get(PDFName.of('Dest')));
      const name = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : '';
      if (!annot || !(calls ? name in calls : name.startsWith('note-'))) continue;
      const page = annotPage.get(k.obj.toString());
      const targetPage = destPage(name);
      if (page !== undefined && targetPage !== undefined) found.push({ link: e, dest: name, page, targetPage, annot });
    }
  }
  // per page: the calls leading there, and the note items on it, in order
  const byPage = new Map<number, { calls: Call[]; notes: Elem[] }>();
  const entry = (p: number) => byPage.get(p) ?? byPage.set(p, { calls: [], notes: [] }).get(p)!;
  for (const c of found) entry(c.targetPage).calls.push(c);
  for (const n of noteItems) {
    const p = firstPage(n);
    if (p !== undefined) entry(p).notes.push(n);
  }
  const order = [...elements(tree)];
  let made = 0;
  let number = 0;
  for (const c of found) {
    number++;
    c.annot.set(PDFName.of('Contents'), PDFHexString.fromText(`Fußnote ${number}`));
  }
  for (const { calls: pageCalls, notes } of byPage.values()) {
    if (pageCalls.length !== notes.length) continue;
    pageCalls.forEach((call, i) => {
      const note = notes[i]!;
      const block = blockOf(call.link);
      if (!block) return;
      let after = block;
      if (calls?.[call.dest]) {
        const next = order.find((e) => e.type === block.type && e !== block && firstPage(e) === call.page + 1);
        if (next) after = next;
      }
      detach(note);
      note.type = 'Note';
      note.dict.set(PDFName.of('ID'), PDFString.of(call.dest));
      insertAfter(after, note);
      made++;
    });
  }
  return made;
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
