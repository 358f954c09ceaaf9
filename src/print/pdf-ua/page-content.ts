/**
 * A page's content stream(s) as one decoded byte array, and writing it back as one Flate-compressed stream.
 * Marked content must not span streams, so joining an array of streams (with a line break between) keeps meaning.
 */
import zlib from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
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

/** Replaces the page's content by `bytes`, in the place of its old stream(s) (which would stay in the file otherwise). */
export function writePageContent(page: PDFPage, bytes: Uint8Array): void {
  const ctx = page.doc.context;
  const compressed = new Uint8Array(zlib.deflateSync(bytes, { level: 6 }));
  const stream = PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length: compressed.length }), compressed);
  const old = page.node.get(PDFName.of('Contents'));
  // one stream (as Chromium writes): replaced where it is; an array's streams are left, another page may share them
  if (old instanceof PDFRef) ctx.assign(old, stream);
  else page.node.set(PDFName.of('Contents'), ctx.register(stream));
}
