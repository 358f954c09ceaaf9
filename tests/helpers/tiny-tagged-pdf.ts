/**
 * A one-page tagged PDF written by hand (content stream, structure tree, catalogue entries), good for PDF/UA as far
 * as tests/helpers/pdf-ua-check.ts looks — or broken in exactly the ways asked for, one flaw per checkpoint.
 * Text is set in a tiny Type3 font (a square per glyph) with a ToUnicode map, so no font file is needed.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';

export type Flaw =
  | 'no-xmp'
  | 'xmp-without-pdfuaid'
  | 'no-display-doc-title'
  | 'no-lang'
  | 'no-mark-info'
  | 'no-role-map'
  | 'untagged-path'
  | 'unreferenced-mcid'
  | 'figure-without-alt'
  | 'table-in-figure'
  | 'li-without-lbody'
  | 'note-without-id'
  | 'link-without-contents'
  | 'link-not-in-tree'
  | 'skipped-heading'
  | 'tr-with-p'
  | 'font-without-tounicode'
  | 'no-tabs'
  | 'wrong-parent-tree'
  | 'note-id-not-in-id-tree'
  | 'mcid-claimed-twice';

export interface TinyOptions {
  flaws?: Flaw[];
  /** Page content to use instead of the default (then MCIDs 0 and 1 must be in it). */
  content?: string;
  /**
   * Also draw a form XObject `/Fm1` whose own content is tagged (a Figure, MCR with /Stm, ParentTree key 2), as
   * Chromium does for the small charts in table cells.
   */
  withForm?: boolean;
}

const XMP = (uaid: boolean) =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">` +
  `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kleiner Bericht</rdf:li></rdf:Alt></dc:title>` +
  (uaid ? '<pdfuaid:part>1</pdfuaid:part>' : '') +
  `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

const TO_UNICODE = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <61> <0061> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;

export const DEFAULT_CONTENT = [
  '/H1 <</MCID 0 >>BDC BT /F1 12 Tf 72 700 Td (aaa) Tj ET EMC',
  '/Figure <</MCID 1 >>BDC 72 500 100 100 re f EMC',
  '/Artifact BMC 0 0 595 10 re f EMC',
].join('\n');

export async function tinyTaggedPdf(options: TinyOptions = {}): Promise<Uint8Array> {
  const flaws = new Set(options.flaws ?? []);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const page = doc.addPage([595, 842]);

  let content = options.content ?? DEFAULT_CONTENT;
  if (flaws.has('untagged-path')) content += '\n72 300 20 20 re f';
  if (flaws.has('unreferenced-mcid')) content += '\n/P <</MCID 7 >>BDC BT /F1 12 Tf 72 200 Td (a) Tj ET EMC';
  if (options.withForm) content += '\nq 1 0 0 1 300 300 cm /Fm1 Do Q';
  const stream = ctx.stream(content);
  page.node.set(PDFName.of('Contents'), ctx.register(stream));
  const form = ctx.register(
    ctx.stream('q /Figure <</MCID 0 >>BDC 0 0 40 40 re f EMC Q', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 40, 40], StructParents: 2 }),
  );

  const charProc = ctx.register(ctx.stream('1000 0 0 0 750 750 d1 0 0 750 750 re f'));
  const font = ctx.obj({
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [0, 0, 750, 750],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: { a: charProc },
    Encoding: { Type: 'Encoding', Differences: [97, 'a'] },
    FirstChar: 97,
    LastChar: 97,
    Widths: [1000],
    Resources: {},
  });
  if (!flaws.has('font-without-tounicode')) font.set(PDFName.of('ToUnicode'), ctx.register(ctx.stream(TO_UNICODE)));
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: ctx.register(font) }, ...(options.withForm ? { XObject: { Fm1: form } } : {}) }));

  // a link annotation over the heading
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 700, 120, 712], Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of('https://example.org/') }, StructParent: 1 });
  if (!flaws.has('link-without-contents')) annot.set(PDFName.of('Contents'), PDFHexString.fromText('Link zu https://example.org/'));
  const annotRef = ctx.register(annot);
  page.node.set(PDFName.of('Annots'), ctx.obj([annotRef]));
  if (!flaws.has('no-tabs')) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));

  // structure tree
  const rootRef = ctx.nextRef();
  const el = (type: string, parent: PDFRef, extra: Record<string, unknown> = {}) => {
    const ref = ctx.nextRef();
    ctx.assign(ref, ctx.obj({ Type: 'StructElem', S: type, P: parent, ...extra } as never));
    return ref;
  };
  const kidsOf = (ref: PDFRef, kids: (PDFRef | number | Record<string, unknown>)[]) => {
    const dict = ctx.lookup(ref, PDFDict);
    dict.set(PDFName.of('K'), ctx.obj(kids.map((k) => (typeof k === 'number' ? PDFNumber.of(k) : k)) as never));
  };
  const document = el('Document', rootRef);
  const h1 = el('H1', document, { Pg: page.ref });
  kidsOf(h1, [0]);
  const link = el('Link', document);
  kidsOf(link, flaws.has('link-not-in-tree') ? [] : [{ Type: 'OBJR', Obj: annotRef, Pg: page.ref }]);
  const figureExtra = flaws.has('figure-without-alt') ? {} : { Alt: PDFHexString.fromText('Ein graues Quadrat') };
  const figure = el('Figure', document, { Pg: page.ref, ...figureExtra });
  const heading2 = el(flaws.has('skipped-heading') ? 'H3' : 'H2', document);
  const list = el('L', document);
  const li = el('LI', list);
  const lbl = el('Lbl', li);
  const lbody = el(flaws.has('li-without-lbody') ? 'P' : 'LBody', li);
  kidsOf(li, [lbl, lbody]);
  kidsOf(list, [li]);
  const table = el('Table', flaws.has('table-in-figure') ? figure : document);
  const tr = el('TR', table);
  const th = el('TH', tr);
  const td = el(flaws.has('tr-with-p') ? 'P' : 'TD', tr);
  kidsOf(tr, [th, td]);
  kidsOf(table, [tr]);
  kidsOf(figure, flaws.has('table-in-figure') ? [1, table] : [1]);
  const note = el('Note', document, flaws.has('note-without-id') ? {} : { ID: PDFString.of('fn-1') });
  const strong = el('Strong', document);
  const formFigure = el('Figure', document, { Pg: page.ref, Alt: PDFHexString.fromText('Ein Quadrat in einer Form'), K: { Type: 'MCR', Pg: page.ref, Stm: form, MCID: 0 } });
  const twice = el('P', document, { Pg: page.ref, K: 0 });
  const docKids: PDFRef[] = [h1, link, figure, heading2, list];
  if (options.withForm) docKids.push(formFigure);
  if (flaws.has('mcid-claimed-twice')) docKids.push(twice);
  if (!flaws.has('table-in-figure')) docKids.push(table);
  docKids.push(note, strong);
  kidsOf(document, docKids);

  const mcidParents = flaws.has('wrong-parent-tree') ? [figure, h1] : [h1, figure];
  const parentTree = ctx.obj({ Nums: [0, ctx.obj(mcidParents), 1, link, ...(options.withForm ? [2, ctx.obj([formFigure])] : [])] });
  const root = ctx.obj({ Type: 'StructTreeRoot', K: document, ParentTree: ctx.register(parentTree), ParentTreeNextKey: 3 });
  if (!flaws.has('note-without-id') && !flaws.has('note-id-not-in-id-tree')) root.set(PDFName.of('IDTree'), ctx.obj({ Names: [PDFString.of('fn-1'), note] }));
  if (!flaws.has('no-role-map')) root.set(PDFName.of('RoleMap'), ctx.obj({ Strong: 'Span' }));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);

  if (!flaws.has('no-mark-info')) doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  if (!flaws.has('no-lang')) doc.catalog.set(PDFName.of('Lang'), PDFString.of('de-DE'));
  if (!flaws.has('no-display-doc-title')) doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));
  if (!flaws.has('no-xmp')) {
    const xmp = new TextEncoder().encode(XMP(!flaws.has('xmp-without-pdfuaid')));
    doc.catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  }
  doc.setTitle('Kleiner Bericht');
  return doc.save({ useObjectStreams: false });
}
