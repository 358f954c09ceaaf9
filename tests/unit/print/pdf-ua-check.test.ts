/**
 * The PDF/UA checker (tests/helpers/pdf-ua-check.ts) on a hand-made one-page PDF: with nothing wrong it reports no
 * failure; with one flaw, exactly the checkpoint it breaks fails, as often as the flaw occurs.
 */
import { describe, expect, it } from 'vitest';
import { checkPdfUa, type CheckpointId } from '../../helpers/pdf-ua-check.ts';
import { tinyTaggedPdf, type Flaw } from '../../helpers/tiny-tagged-pdf.ts';

describe('PDF/UA-Prüfung', () => {
  it('meldet für ein korrektes getaggtes PDF keinen Fehler', async () => {
    const report = await checkPdfUa(await tinyTaggedPdf());
    expect(report.failed.map((c) => `${c.id}: ${c.examples.join('; ')}`)).toEqual([]);
    expect(report.checkpoints).toHaveLength(16);
  });

  const cases: [Flaw, CheckpointId, number][] = [
    ['no-xmp', 'metadata', 3],
    ['xmp-without-pdfuaid', 'metadata', 1],
    ['no-display-doc-title', 'display-doc-title', 1],
    ['no-lang', 'lang', 1],
    ['no-mark-info', 'mark-info', 1],
    ['no-role-map', 'role-map', 1],
    ['untagged-path', 'tagged-content', 1],
    ['unreferenced-mcid', 'tagged-content', 1],
    ['figure-without-alt', 'figure-alt', 1],
    ['table-in-figure', 'figure-table', 1],
    ['li-without-lbody', 'list-structure', 1],
    ['note-without-id', 'note-id', 1],
    ['note-id-not-in-id-tree', 'note-id', 1],
    ['link-without-contents', 'links', 1],
    ['link-not-in-tree', 'links', 1],
    ['skipped-heading', 'headings', 1],
    ['tr-with-p', 'table-structure', 1],
    ['font-without-tounicode', 'fonts', 1],
    ['no-tabs', 'tabs', 1],
    ['wrong-parent-tree', 'parent-tree', 2],
    ['mcid-claimed-twice', 'parent-tree', 2],
  ];
  it.each(cases)('%s: Prüfpunkt %s schlägt %i-mal fehl, sonst keiner', async (flaw, id, count) => {
    const report = await checkPdfUa(await tinyTaggedPdf({ flaws: [flaw] }));
    expect(report.failed.map((c) => [c.id, c.failures])).toEqual([[id, count]]);
  });

  it('ordnet MCIDs in einer Form-XObject der Form zu, nicht der Seite', async () => {
    const report = await checkPdfUa(await tinyTaggedPdf({ withForm: true }));
    expect(report.failed.map((c) => `${c.id}: ${c.examples.join('; ')}`)).toEqual([]);
    expect(report.types['Figure']).toBe(2);
  });

  it('meldet ein Artefakt in getaggtem Inhalt und getaggten Inhalt in einem Artefakt', async () => {
    const content =
      '/H1 <</MCID 0 >>BDC BT /F1 12 Tf 72 700 Td (a) Tj ET /Artifact BMC 0 0 5 5 re f EMC EMC\n' +
      '/Artifact BMC /Figure <</MCID 1 >>BDC 72 500 9 9 re f EMC EMC';
    const report = await checkPdfUa(await tinyTaggedPdf({ content }));
    expect(report.failed.map((c) => [c.id, c.failures])).toEqual([['tagged-content', 2]]);
  });

  it('zählt Text außerhalb markierter Inhalte je Zeichenoperator', async () => {
    const content = '/H1 <</MCID 0 >>BDC BT /F1 12 Tf 72 700 Td (a) Tj ET EMC\n/Figure <</MCID 1 >>BDC 72 500 9 9 re f EMC\nBT /F1 9 Tf 10 10 Td (a) Tj (a) Tj ET';
    const report = await checkPdfUa(await tinyTaggedPdf({ content }));
    expect(report.failed.map((c) => [c.id, c.failures])).toEqual([['tagged-content', 2]]);
  });
});
