/**
 * Chromium's node ids renumbered in structure order, and replaced objects left out: a hand-made structure tree
 * Document → Table → TR → [TH /ID (node00000907), TD /Headers [(node00000907)]], TR → [TH /ID (node00000512)], with
 * an IDTree naming both and an old IDTree that nothing refers to any more.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberNodeIds } from '../../../src/print/pdf-ua/stable-ids.ts';
import { readStructTree } from '../../../src/print/pdf-ua/struct-tree.ts';
import { dropUnreferenced } from '../../../src/print/pdf-ua/unreferenced.ts';

async function tagged() {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const elem = (s: string, extra: Record<string, unknown> = {}) => ctx.register(ctx.obj({ Type: 'StructElem', S: s, ...extra }));
  const th1 = elem('TH');
  (ctx.lookup(th1) as PDFDict).set(PDFName.of('ID'), PDFString.of('node00000907'));
  const td = elem('TD');
  (ctx.lookup(td) as PDFDict).set(PDFName.of('A'), ctx.obj({ O: 'Table', Headers: [PDFString.of('node00000907')] }));
  const th2 = elem('TH');
  (ctx.lookup(th2) as PDFDict).set(PDFName.of('ID'), PDFString.of('node00000512'));
  const tr1 = elem('TR', { K: [th1, td] });
  const tr2 = elem('TR', { K: [th2] });
  const table = elem('Table', { K: [tr1, tr2] });
  const document = elem('Document', { K: [table] });
  const idTree = ctx.register(ctx.obj({ Names: [PDFString.of('node00000512'), th2, PDFString.of('node00000907'), th1] }));
  const oldIdTree = ctx.register(ctx.obj({ Names: [PDFString.of('node00000512'), th2] }));
  const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: document, IDTree: idTree }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  return { doc, th1, th2, td, oldIdTree };
}

const text = (doc: PDFDocument, o: unknown): string | undefined =>
  o instanceof PDFString ? o.decodeText() : o instanceof PDFRef ? text(doc, doc.context.lookup(o)) : undefined;

describe('renumberNodeIds', () => {
  it('numbers the ids in the order of the tree, in /ID, /Headers and the IDTree', async () => {
    const { doc, th1, th2, td } = await tagged();
    expect(renumberNodeIds(doc.context, readStructTree(doc)!)).toBe(2);
    const dict = (r: PDFRef) => doc.context.lookup(r) as PDFDict;
    expect(text(doc, dict(th1).get(PDFName.of('ID')))).toBe('node00000001');
    expect(text(doc, dict(th2).get(PDFName.of('ID')))).toBe('node00000002');
    const headers = (dict(td).get(PDFName.of('A')) as PDFDict).get(PDFName.of('Headers')) as PDFArray;
    expect(headers.asArray().map((h) => text(doc, h))).toEqual(['node00000001']);
    const root = doc.context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
    const names = (doc.context.lookup(root.get(PDFName.of('IDTree'))) as PDFDict).get(PDFName.of('Names')) as PDFArray;
    expect(names.asArray().map((n) => text(doc, n) ?? n.toString())).toEqual(['node00000001', th1.toString(), 'node00000002', th2.toString()]);
  });
});

describe('dropUnreferenced', () => {
  it('leaves out the old IDTree that nothing refers to, and keeps the structure', async () => {
    const { doc, oldIdTree, th2 } = await tagged();
    renumberNodeIds(doc.context, readStructTree(doc)!);
    const dropped = dropUnreferenced(doc.context);
    // the old tree, and the IDTree that renumbering replaced
    expect(dropped).toBe(2);
    expect(doc.context.lookup(oldIdTree)).toBeUndefined();
    expect(doc.context.lookup(th2)).toBeInstanceOf(PDFDict);
    const saved = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    expect(saved).not.toContain('node00000512');
    expect(saved).toContain('(node00000002)');
  });
});
