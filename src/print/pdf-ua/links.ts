/**
 * Link annotations need a description in /Contents (Matterhorn 28-004): screen readers announce it on the link. It
 * names where the link leads: the web address, or the page within the document.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { lookup, nameOf } from './struct-tree.ts';

export function describeLinks(doc: PDFDocument): number {
  const ctx = doc.context;
  const pages = doc.getPages();
  const pageNumber = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
  const dests = lookup<PDFDict>(ctx, doc.catalog.get(PDFName.of('Dests')));
  const namesTree = lookup<PDFDict>(ctx, lookup<PDFDict>(ctx, doc.catalog.get(PDFName.of('Names')))?.get(PDFName.of('Dests')));
  const named = namedDestinations(doc, namesTree);
  const pageOfDest = (dest: PDFObject | undefined): number | undefined => {
    let d = lookup(ctx, dest);
    if (d instanceof PDFName) d = lookup(ctx, dests?.get(d));
    else if (d instanceof PDFString || d instanceof PDFHexString) {
      const key = d.decodeText();
      d = lookup(ctx, dests?.get(PDFName.of(key))) ?? named.get(key);
    }
    if (d instanceof PDFDict) d = lookup(ctx, d.get(PDFName.of('D')));
    const first = d instanceof PDFArray ? d.get(0) : undefined;
    return first instanceof PDFRef ? pageNumber.get(first.toString()) : undefined;
  };
  let described = 0;
  for (const page of pages) {
    for (const ref of lookup<PDFArray>(ctx, page.node.get(PDFName.of('Annots')))?.asArray() ?? []) {
      const annot = lookup<PDFDict>(ctx, ref);
      if (!(annot instanceof PDFDict) || nameOf(ctx, annot.get(PDFName.of('Subtype'))) !== 'Link') continue;
      const existing = lookup(ctx, annot.get(PDFName.of('Contents')));
      if ((existing instanceof PDFString || existing instanceof PDFHexString) && existing.decodeText().trim()) continue;
      const action = lookup<PDFDict>(ctx, annot.get(PDFName.of('A')));
      const uri = lookup(ctx, action?.get(PDFName.of('URI')));
      let text: string;
      if (uri instanceof PDFString || uri instanceof PDFHexString) {
        const address = uri.decodeText();
        text = address.startsWith('mailto:') ? `E-Mail an ${address.slice(7)}` : `Link zu ${address}`;
      } else {
        const target = pageOfDest(annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D')));
        text = target ? `Verweis auf Seite ${target}` : 'Verweis innerhalb des Dokuments';
      }
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(text));
      described++;
    }
  }
  return described;
}

function namedDestinations(doc: PDFDocument, node: PDFDict | undefined, out = new Map<string, PDFObject>()): Map<string, PDFObject> {
  if (!node) return out;
  const ctx = doc.context;
  const names = lookup<PDFArray>(ctx, node.get(PDFName.of('Names')));
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = lookup(ctx, names.get(i));
      if (key instanceof PDFString || key instanceof PDFHexString) out.set(key.decodeText(), names.get(i + 1));
    }
  }
  for (const kid of lookup<PDFArray>(ctx, node.get(PDFName.of('Kids')))?.asArray() ?? []) namedDestinations(doc, lookup<PDFDict>(ctx, kid), out);
  return out;
}
