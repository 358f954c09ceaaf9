/**
 * The PDF/UA post-processing (src/print/pdf-ua/) on a hand-made PDF with the flaws Chromium's output has: what the
 * checker found before is gone afterwards, the metadata carry title and date, the text is still there.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream, PDFDict, PDFArray } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { memoryLogger } from '../../../src/log.ts';
import { accessibleOrAsPrinted, makeAccessible } from '../../../src/print/pdf-ua/index.ts';
import { checkPdfUa } from '../../helpers/pdf-ua-check.ts';
import { tinyTaggedPdf, type Flaw } from '../../helpers/tiny-tagged-pdf.ts';

const CHROMIUM_FLAWS: Flaw[] = [
  'no-xmp',
  'no-display-doc-title',
  'no-lang',
  'no-role-map',
  'untagged-path',
  'unreferenced-mcid',
  'table-in-figure',
  'li-without-lbody',
  'link-without-contents',
  'no-tabs',
];
const META = { title: 'Sozialbericht 2025', language: 'de-DE', date: '2026-11-30', drucksache: 'DS 2026/123' };

async function pageText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await task.destroy();
  return (content.items as { str?: string }[]).map((i) => i.str ?? '').join('');
}

describe('PDF/UA-Nachbearbeitung', () => {
  it('behebt, was Chromium auslässt: danach meldet die Prüfung keinen Fehler', async () => {
    const before = await checkPdfUa(await tinyTaggedPdf({ flaws: CHROMIUM_FLAWS }));
    expect(before.failed.map((c) => c.id).sort()).toEqual(
      ['display-doc-title', 'figure-table', 'lang', 'links', 'list-structure', 'metadata', 'role-map', 'tabs', 'tagged-content'].sort(),
    );
    const after = await checkPdfUa(await makeAccessible(await tinyTaggedPdf({ flaws: CHROMIUM_FLAWS }), META));
    expect(after.failed.map((c) => `${c.id}: ${c.examples.join('; ')}`)).toEqual([]);
  });

  it('lässt getaggte Inhalte in Form-XObjects (MCR mit /Stm) getaggt und ihren ParentTree-Eintrag stehen', async () => {
    const out = await makeAccessible(await tinyTaggedPdf({ flaws: CHROMIUM_FLAWS, withForm: true }), META);
    const report = await checkPdfUa(out);
    expect(report.failed.map((c) => `${c.id}: ${c.examples.join('; ')}`)).toEqual([]);
    expect(report.types['Figure']).toBe(1); // the square's Figure in the form; the one around the table became a Div
    // no failure means also: the MCID inside the form is still referenced from the tree (by an MCR with /Stm)
    const doc = await PDFDocument.load(out);
    const contents = doc.context.lookup(doc.getPages()[0]!.node.get(PDFName.of('Contents'))) as PDFRawStream;
    const page = new TextDecoder('latin1').decode((await import('node:zlib')).inflateSync(contents.contents));
    expect(page).toContain('/Fm1 Do');
    expect(page).not.toMatch(/\/Artifact BMC\s*\/Fm1 Do/);
  });

  it('schreibt Titel, Sprache, Datum der Fassung, Drucksache und PDF/UA-Kennung in die XMP-Metadaten', async () => {
    const out = await makeAccessible(await tinyTaggedPdf({ flaws: ['no-xmp'] }), META);
    const doc = await PDFDocument.load(out);
    const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
    const xmp = new TextDecoder().decode(stream.contents);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Sozialbericht 2025</rdf:li>');
    expect(xmp).toContain('<dc:date><rdf:Seq><rdf:li>2026-11-30</rdf:li></rdf:Seq></dc:date>');
    expect(xmp).toContain('<dc:identifier>DS 2026/123</dc:identifier>');
    expect(xmp).toContain('<rdf:li>de-DE</rdf:li>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(doc.getTitle()).toBe('Sozialbericht 2025');
  });

  it('behält Text und Struktur: die Überschrift bleibt lesbar, die Liste bekommt ein LBody, die Tabelle steht in keiner Figure', async () => {
    const source = await tinyTaggedPdf({ flaws: CHROMIUM_FLAWS });
    const out = await makeAccessible(source, META);
    expect(await pageText(out)).toBe(await pageText(source));
    const doc = await PDFDocument.load(out);
    const types: string[] = [];
    const walk = (o: unknown) => {
      const d = o instanceof PDFDict ? o : doc.context.lookup(o as never);
      if (!(d instanceof PDFDict)) return;
      const s = d.get(PDFName.of('S'));
      if (s) types.push(String(s));
      const k = d.get(PDFName.of('K'));
      const kv = k ? doc.context.lookup(k) : undefined;
      for (const kid of kv instanceof PDFArray ? kv.asArray() : k ? [k] : []) walk(kid);
    };
    walk(doc.catalog.get(PDFName.of('StructTreeRoot')));
    // the Figure around the table became a Div; the P in the LI sits in a new LBody
    expect(types.join(' ')).toContain('/Div /Table /TR /TH /TD');
    expect(types.join(' ')).toContain('/LI /Lbl /LBody /P');
    expect(types).not.toContain('/Figure');
  });

  it('umschließt ungetaggte Zeichenoperatoren mit /Artifact und lässt getaggte, wie sie sind', async () => {
    const out = await makeAccessible(await tinyTaggedPdf({ flaws: ['untagged-path'] }), META);
    const doc = await PDFDocument.load(out);
    const contents = doc.context.lookup(doc.getPages()[0]!.node.get(PDFName.of('Contents'))) as PDFRawStream;
    const text = new TextDecoder('latin1').decode((await import('node:zlib')).inflateSync(contents.contents));
    expect(text).toContain('/Artifact BMC\n72 300 20 20 re f\nEMC');
    expect(text).toContain('/H1 <</MCID 0 >>BDC BT /F1 12 Tf 72 700 Td (aaa) Tj ET EMC');
  });

  it('schreibt die PDF unverändert und warnt auf Deutsch, wenn die Nachbearbeitung scheitert', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\nkein PDF\n');
    const logger = memoryLogger();
    const out = await accessibleOrAsPrinted(broken, META, {}, { slug: 'mini', file: 'dist/mini/mini.pdf', logger });
    expect(out).toBe(broken);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warnung: dist\/mini\/mini\.pdf: warnung: Die Nachbearbeitung zum barrierefreien PDF \(PDF\/UA\) der Publikation „mini“ ist fehlgeschlagen/);
  });
});
