/**
 * Document-level requirements of PDF/UA-1: an XMP metadata stream with the PDF/UA identifier (pdfuaid:part 1) and
 * the title (dc:title), the language, the Fassung's date and Drucksache; the title shown in the window
 * (/ViewerPreferences /DisplayDocTitle), the document language (/Lang) and /MarkInfo /Marked true.
 * /CreationDate and /ModDate (and xmp:CreateDate, xmp:ModifyDate) are the Fassung's date, not the clock of the build:
 * the same Fassung printed again gives the same file.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PdfMeta } from './meta.ts';

export function setDocumentMetadata(doc: PDFDocument, meta: PdfMeta): void {
  const ctx = doc.context;
  const catalog = doc.catalog;
  const xmp = new TextEncoder().encode(xmpPacket(meta));
  const stream = ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  catalog.set(PDFName.of('Metadata'), ctx.register(stream));

  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict) ?? ctx.obj({});
  prefs.set(PDFName.of('DisplayDocTitle'), ctx.obj(true));
  catalog.set(PDFName.of('ViewerPreferences'), prefs);
  const lang = catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  if (!lang?.trim()) catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict) ?? ctx.obj({});
  markInfo.set(PDFName.of('Marked'), ctx.obj(true));
  catalog.set(PDFName.of('MarkInfo'), markInfo);

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.author) doc.setAuthor(meta.author);
  const date = fassungDate(meta);
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
}

/** Midnight (UTC) of the Fassung's date, or null without one. */
function fassungDate(meta: PdfMeta): Date | null {
  if (!meta.date || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return null;
  const date = new Date(`${meta.date}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet (ISO 16684-1) with Dublin Core, the PDF/UA identifier and the Fassung. */
export function xmpPacket(meta: PdfMeta): string {
  const date = fassungDate(meta)?.toISOString().replace(/\.000Z$/, 'Z');
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escape(value)}</rdf:li><rdf:li xml:lang="${escape(meta.language)}">${escape(value)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    meta.subject ? `<dc:description>${alt(meta.subject)}</dc:description>` : '',
    meta.author ? `<dc:creator><rdf:Seq><rdf:li>${escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    meta.author ? `<dc:publisher><rdf:Bag><rdf:li>${escape(meta.author)}</rdf:li></rdf:Bag></dc:publisher>` : '',
    `<dc:language><rdf:Bag><rdf:li>${escape(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    meta.date ? `<dc:date><rdf:Seq><rdf:li>${escape(meta.date)}</rdf:li></rdf:Seq></dc:date>` : '',
    date ? `<xmp:CreateDate>${date}</xmp:CreateDate>` : '',
    date ? `<xmp:ModifyDate>${date}</xmp:ModifyDate>` : '',
    meta.drucksache ? `<dc:identifier>${escape(meta.drucksache)}</dc:identifier>` : '',
    meta.keywords ? `<pdf:Keywords>${escape(meta.keywords)}</pdf:Keywords>` : '',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.filter(Boolean).join('\n');
}
