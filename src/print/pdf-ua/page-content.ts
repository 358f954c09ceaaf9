/**
 * A page's content stream(s) as one decoded byte array, and writing it back as one Flate-compressed stream.
 * Marked content must not span streams, so joining an array of streams (with a line break between) keeps meaning.
 */
import zlib from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { lookup, nameOf } from './struct-tree.ts';

export function readPageContent(page: PDFPage): Uint8Array {
  const ctx = page.doc.context;
  const contents = lookup(ctx, page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => lookup(ctx, r)) : [contents];
  const parts = streams.filter((s): s is PDFStream => s instanceof PDFStream).map(decode);
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((n, p) => n + p.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 0x0a;
    at += p.length + 1;
  }
  return out;
}

function decode(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  const ctx = stream.dict.context;
  const filter = lookup(ctx, stream.dict.get(PDFName.of('Filter')));
  if (nameOf(ctx, filter) === 'FlateDecode' && !stream.dict.get(PDFName.of('DecodeParms'))) return new Uint8Array(zlib.inflateSync(stream.contents));
  if (filter === undefined) return stream.contents;
  return decodePDFRawStream(stream).decode();
}

export function writePageContent(page: PDFPage, bytes: Uint8Array): void {
  const ctx = page.doc.context;
  // level 1: a few per cent larger than Chromium's own streams, several times faster to write
  const compressed = new Uint8Array(zlib.deflateSync(bytes, { level: 1 }));
  const stream = PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length: compressed.length }), compressed);
  page.node.set(PDFName.of('Contents'), ctx.register(stream));
}
