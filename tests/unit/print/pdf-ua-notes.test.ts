/**
 * Footnotes become Notes (src/print/pdf-ua/notes.ts): on a hand-made two-page PDF shaped like Chromium's output of a
 * Paged.js page — a paragraph with a footnote call (a link to the destination `note-1`), the footnote as a list item
 * in the footnote area at the foot of page 1, the paragraph's continuation on page 2 — the note is read after the
 * paragraph, with its /ID in the IDTree.
 */
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';
import { makeAccessible } from '../../../src/print/pdf-ua/index.ts';
import { checkPdfUa } from '../../helpers/pdf-ua-check.ts';

const META = { title: 'Fußnoten', language: 'de-DE' };

/** `callFirst`: the paragraph with the call is the first of page 1 (else the last, going on on page 2). */
async function paragraphWithFootnote(callFirst: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const [p1, p2] = [doc.addPage([595, 842]), doc.addPage([595, 842])];
  const font = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  for (const page of [p1, p2]) page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: font } }));
  const text = (mcid: number, y: number, s: string) => `/P <</MCID ${mcid} >>BDC BT /F1 10 Tf 72 ${y} Td (${s}) Tj ET EMC`;
  p1.node.set(PDFName.of('Contents'), ctx.register(ctx.stream([text(0, 700, 'Erster Absatz'), text(3, 600, 'Absatz beginnt'), text(1, 80, '1.'), text(2, 80, 'Die Fussnote')].join('\n'))));
  p2.node.set(PDFName.of('Contents'), ctx.register(ctx.stream([text(0, 780, 'und geht weiter.'), text(1, 700, 'Naechster Absatz')].join('\n'))));
  const annot = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [150, 700, 156, 710], Dest: PDFName.of('note-1'), StructParent: 2 }));
  p1.node.set(PDFName.of('Annots'), ctx.obj([annot]));
  p1.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
  p2.node.set(PDFName.of('StructParents'), PDFNumber.of(1));
  doc.catalog.set(PDFName.of('Dests'), ctx.obj({ 'note-1': [p1.ref, 'XYZ', 0, 100, 0] }));

  const rootRef = ctx.nextRef();
  const el = (type: string, parent: PDFRef, kids: unknown[], extra: Record<string, unknown> = {}) => {
    const ref = ctx.nextRef();
    ctx.assign(ref, ctx.obj({ Type: 'StructElem', S: type, P: parent, K: kids, ...extra } as never));
    return ref;
  };
  const setKids = (ref: PDFRef, kids: PDFRef[]) => ctx.lookup(ref, PDFDict).set(PDFName.of('K'), ctx.obj(kids));
  const document = el('Document', rootRef, []);
  const page1 = el('NonStruct', document, []);
  const para1 = el('P', page1, [], { Pg: p1.ref });
  const link = el('Link', para1, [{ Type: 'OBJR', Obj: annot, Pg: p1.ref }]);
  ctx.lookup(para1, PDFDict).set(PDFName.of('K'), ctx.obj([PDFNumber.of(0), link]));
  const para1b = el('P', page1, [3], { Pg: p1.ref });
  const area = el('NonStruct', page1, []);
  const li = el('LI', area, []);
  const lbl = el('Lbl', li, [1], { Pg: p1.ref });
  const body = el('NonStruct', li, [2], { Pg: p1.ref });
  setKids(li, [lbl, body]);
  setKids(area, [li]);
  setKids(page1, callFirst ? [para1, para1b, area] : [para1b, para1, area]);
  const page2 = el('NonStruct', document, []);
  const para2 = el('P', page2, [0], { Pg: p2.ref });
  const para3 = el('P', page2, [1], { Pg: p2.ref });
  setKids(page2, [para2, para3]);
  setKids(document, [page1, page2]);
  const parentTree = ctx.obj({ Nums: [0, ctx.obj([para1, lbl, body, para1b]), 1, ctx.obj([para2, para3]), 2, link] });
  ctx.assign(rootRef, ctx.obj({ Type: 'StructTreeRoot', K: document, ParentTree: ctx.register(parentTree), ParentTreeNextKey: 3 }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  return doc.save({ useObjectStreams: false });
}

/** Structure elements in reading order as `Type` or `Type#ID`, with the text of their first MCID's page. */
async function readingOrder(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const out: string[] = [];
  const walk = (o: unknown) => {
    const d = o instanceof PDFDict ? o : doc.context.lookup(o as PDFRef);
    if (!(d instanceof PDFDict)) return;
    const s = d.get(PDFName.of('S'));
    const id = d.get(PDFName.of('ID'));
    if (s && String(s) !== '/Document' && String(s) !== '/NonStruct') out.push(`${String(s).slice(1)}${id instanceof PDFString ? `#${id.decodeText()}` : ''}`);
    const k = d.get(PDFName.of('K'));
    const kv = k ? doc.context.lookup(k) : undefined;
    for (const kid of kv instanceof PDFArray ? kv.asArray() : k ? [k] : []) walk(kid);
  };
  walk(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return out;
}

describe('Fußnoten als Notiz', () => {
  it('liest die Fußnote als Note mit /ID gleich hinter dem Absatz, der sie aufruft', async () => {
    const out = await makeAccessible(await paragraphWithFootnote(true), META);
    expect(await readingOrder(out)).toEqual(['P', 'Link', 'Note#note-1', 'Lbl', 'P', 'P', 'P']);
    const report = await checkPdfUa(out);
    expect(report.types['Note']).toBe(1);
    expect(report.failed.filter((c) => ['note-id', 'list-structure', 'parent-tree', 'links'].includes(c.id))).toEqual([]);
  });

  it('setzt sie hinter die Fortsetzung des Absatzes, wenn er auf der nächsten Seite weitergeht', async () => {
    // the paragraph with the call is the last on page 1 and goes on as the first on page 2
    const out = await makeAccessible(await paragraphWithFootnote(false), META, { footnotes: { continued: { 'note-1': true }, pages: [['note-1'], []] } });
    expect(await readingOrder(out)).toEqual(['P', 'P', 'Link', 'P', 'Note#note-1', 'Lbl', 'P']);
  });
});
