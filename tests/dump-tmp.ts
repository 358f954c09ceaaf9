import fs from 'node:fs';
import { PDFDocument, PDFDict, PDFArray, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const file = process.argv[2]!; const pagesWanted = new Set(process.argv[3]!.split(',').map(Number));
const bytes = new Uint8Array(fs.readFileSync(file));
const task = getDocument({ data: bytes.slice(), verbosity: 0 }); const pdoc = await task.promise;
const mcText = new Map<string, string>();
for (const n of pagesWanted) {
  const tc = await (await pdoc.getPage(n)).getTextContent({ includeMarkedContent: true });
  let cur: string | null = null;
  for (const it of tc.items as any[]) {
    if (it.type === 'beginMarkedContentProps' && it.id) { cur = it.id; mcText.set(`${n}:${it.id.replace(/.*_mc/, '')}`, ''); }
    else if (it.type === 'endMarkedContent') cur = null;
    else if (cur && 'str' in it) mcText.set(`${n}:${cur.replace(/.*_mc/, '')}`, mcText.get(`${n}:${cur.replace(/.*_mc/, '')}`) + it.str);
  }
}
const doc = await PDFDocument.load(bytes);
const ctx = doc.context; const L = (o: any) => o instanceof PDFRef ? ctx.lookup(o) : o;
const pageIdx = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
const root = L(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
function walk(o: any, depth: number, pg: any): string[] {
  const el = L(o);
  if (el instanceof PDFNumber) { const p = pageIdx.get(String(pg)); return pagesWanted.has(p!) ? [`${'  '.repeat(depth)}#${el.asNumber()} "${(mcText.get(`${p}:${el.asNumber()}`) ?? '?').slice(0, 60)}"`] : []; }
  if (!(el instanceof PDFDict)) return [];
  const t = L(el.get(PDFName.of('Type')));
  if (t?.toString() === '/OBJR') return pagesWanted.has(pageIdx.get(String(el.get(PDFName.of('Pg')) ?? pg))!) ? [`${'  '.repeat(depth)}OBJR`] : [];
  if (t?.toString() === '/MCR') return walk(el.get(PDFName.of('MCID')), depth, el.get(PDFName.of('Pg')) ?? pg);
  const s = L(el.get(PDFName.of('S')))?.toString();
  const npg = el.get(PDFName.of('Pg')) ?? pg;
  const k = L(el.get(PDFName.of('K')));
  const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const lines = kids.flatMap((x) => walk(x, depth + 1, npg));
  if (lines.length === 0) return [];
  const alt = L(el.get(PDFName.of('Alt')));
  return [`${'  '.repeat(depth)}${s}${alt ? ' Alt=' + (alt as PDFString).decodeText().slice(0, 80) : ''}`, ...lines];
}
console.log(walk(root.get(PDFName.of('K')), 0, undefined).join('\n'));
await task.destroy();
