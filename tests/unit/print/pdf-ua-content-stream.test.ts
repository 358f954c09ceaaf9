/**
 * Cutting a content stream into operators (src/print/pdf-ua/content-stream.ts): strings, hex strings, property
 * dictionaries and inline images are operands, even when they contain bytes that look like operators.
 */
import { describe, expect, it } from 'vitest';
import { markArtifacts, paintsTheSame, readContent } from '../../../src/print/pdf-ua/artifacts.ts';
import { mcidOf, operatorText, tokenize } from '../../../src/print/pdf-ua/content-stream.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('Inhaltsstrom in Operatoren', () => {
  it('erkennt Operatoren, auch wenn Zeichenketten wie Operatoren aussehen', () => {
    const src = '/P <</MCID 12 >>BDC BT /F1 9 Tf (EMC \\) BT \\(ET) Tj [(a) -20 <454D43>] TJ ET EMC % Kommentar EMC\n0 0 1 1 re f';
    const ops = tokenize(bytes(src));
    expect(ops.map((o) => o.name)).toEqual(['BDC', 'BT', 'Tf', 'Tj', 'TJ', 'ET', 'EMC', 're', 'f']);
    expect(operatorText(bytes(src), ops[0]!)).toBe('/P <</MCID 12 >>BDC');
    expect(mcidOf(bytes(src), ops[0]!)).toBe(12);
    expect(operatorText(bytes(src), ops[3]!)).toBe('(EMC \\) BT \\(ET) Tj');
  });

  it('überspringt die Daten eines eingebetteten Bildes bis EI', () => {
    const src = 'q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00ET\xff EI Q';
    const ops = tokenize(new Uint8Array([...src].map((c) => c.charCodeAt(0))));
    expect(ops.map((o) => o.name)).toEqual(['q', 'BI', 'Q']);
  });

  it('nimmt true, false, null und Zahlen mit Vorzeichen als Operanden', () => {
    const ops = tokenize(bytes('-.5 +3 0 0 cm /Sh1 sh null true false 1 d0'));
    expect(ops.map((o) => o.name)).toEqual(['cm', 'sh', 'd0']);
  });
});

describe('Nachbearbeitung ändert nichts Gezeichnetes', () => {
  // a running head outside marked content, a paragraph with MCID 3 (kept) and one with MCID 4 (no longer in the tree)
  const page = readContent(bytes('q BT /F1 9 Tf 72 800 Td (Kopf) Tj ET Q /P <</MCID 3 >>BDC BT (Satz) Tj ET EMC /P <</MCID 4 >>BDC 0 0 5 5 re f EMC'));

  it('erkennt Artefakt-Klammern und umbenannte Markierungen als gleich', () => {
    const marked = markArtifacts(page, new Set([3]));
    expect(new TextDecoder().decode(marked!)).toBe(
      'q /Artifact BMC\nBT /F1 9 Tf 72 800 Td (Kopf) Tj ET\nEMC\n Q /P <</MCID 3 >>BDC BT (Satz) Tj ET EMC /Artifact BMC 0 0 5 5 re f EMC',
    );
    expect(paintsTheSame(page, marked!)).toBe(true);
  });

  it('merkt einen geänderten Operanden, ein fehlendes und ein zusätzliches Zeichenkommando', () => {
    expect(paintsTheSame(page, bytes('q BT /F1 9 Tf 72 801 Td (Kopf) Tj ET Q /P <</MCID 3 >>BDC BT (Satz) Tj ET EMC 0 0 5 5 re f'))).toBe(false);
    expect(paintsTheSame(page, bytes('q BT /F1 9 Tf 72 800 Td (Kopf) Tj ET Q BT (Satz) Tj ET'))).toBe(false);
    expect(paintsTheSame(page, bytes('q BT /F1 9 Tf 72 800 Td (Kopf) Tj ET Q BT (Satz) Tj ET 0 0 5 5 re f 1 1 2 2 re f'))).toBe(false);
  });
});
