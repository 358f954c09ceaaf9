/**
 * The completeness check against a PDF made by hand, so what is painted where is known: on page 1 (A4, 595 × 842
 * points) a filled square of 100 points with its lower left corner at (100, 500), three strokes inside it, and the
 * text „Fußnote“ at (100, 100); on page 2 the square alone (a chart's frame without its drawing); page 3 is empty;
 * page 4 holds text only: a table's header cell „Gemeinde“ and first body cell „Hainwald-Nord“, a footnote whose
 * first words break over two lines („… Bedarfs-“ / „gemeinschaften.“) and a call „1“ at (300, 400), 6 points high.
 * The layout's boxes are in CSS pixels (A4: 793.7 × 1122.5, 4/3 of a point), measured from the top left corner of
 * the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../../src/print/completeness.ts';
import { startCompletenessThread } from '../../../src/print/completeness-thread.ts';
import type { MarkedItem, Placement, Placements } from '../../../src/print/content-marks.ts';

function pdf(pages: string[]): Buffer {
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-vollstaendig-'));
const file = path.join(dir, 'test.pdf');
fs.writeFileSync(
  file,
  pdf([
    '0 0 1 rg 100 500 100 100 re f 0 0 0 RG 110 510 m 190 590 l S 110 590 m 190 510 l S 150 505 m 150 595 l S BT /F1 10 Tf 100 100 Td (Fu\xDFnote) Tj ET',
    '0 0 1 rg 100 500 100 100 re f',
    '',
    'BT /F1 10 Tf 72 700 Td (Gemeinde) Tj 0 -14 Td (Hainwald-Nord) Tj ET BT /F1 8 Tf 72 100 Td (Die Abfrage erfolgte bei allen Bedarfs-) Tj 0 -10 Td (gemeinschaften.) Tj ET BT /F1 6 Tf 300 400 Td (1) Tj ET',
  ]),
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PX = 4 / 3;
const PAGE: [number, number] = [595 * PX, 842 * PX];
/** A box given in points (left, bottom, right, top from the bottom left corner) as the layout reports it. */
const box = (l: number, b: number, r: number, t: number): Placement['box'] => [l * PX, (842 - t) * PX, r * PX, (842 - b) * PX];

const items: MarkedItem[] = [
  { kind: 'grafik', label: 'Abbildung 1: Kinder in Bedarfsgemeinschaften', chapter: 'Umsetzung und Monitoring', minMarks: 3 },
  { kind: 'fussnote', label: 'Fußnote 1 („Die Abfrage …“)', chapter: 'Umsetzung und Monitoring', minMarks: 1 },
];
const placed = (placements: Placement[], extra: Partial<Placements> = {}): Placements => ({ pageSize: PAGE, placements, overflow: [], hidden: [], ...extra });

describe('checkCompleteness', () => {
  it('finds nothing missing when the chart and the footnote are painted where the layout put them', async () => {
    const result = await checkCompleteness(file, 'strategie', items, placed([
      { item: 0, page: 1, box: box(95, 495, 205, 605), onPage: true },
      { item: 1, page: 1, box: box(95, 95, 160, 112), onPage: true },
    ]));
    expect(result.problems).toEqual([]);
    expect(result.pagesRead).toBe(1);
  });

  it('names the chart with caption and chapter when nothing is drawn in its box', async () => {
    const result = await checkCompleteness(file, 'strategie', items, placed([
      { item: 0, page: 3, box: box(95, 495, 205, 605), onPage: true },
      { item: 1, page: 1, box: box(95, 95, 160, 112), onPage: true },
    ]));
    expect(result.problems.map((p) => [p.code, p.file, p.message])).toEqual([
      [
        'pdf-inhalt-nicht-gezeichnet',
        'content/strategie',
        'In der PDF der Publikation „strategie“ ist auf Seite 3 nichts gezeichnet, wo Abbildung 1: Kinder in Bedarfsgemeinschaften (Kapitel „Umsetzung und Monitoring“) stehen müsste.',
      ],
    ]);
  });

  it("does not count a chart's frame alone, nor text beside a footnote's box", async () => {
    const result = await checkCompleteness(file, 'strategie', items, placed([
      { item: 0, page: 2, box: box(95, 495, 205, 605), onPage: true },
      { item: 1, page: 1, box: box(300, 95, 360, 112), onPage: true },
      { item: 0, page: 1, box: box(95, 495, 205, 605), onPage: true },
    ]));
    expect(result.problems.map((p) => [p.code, /auf Seite (\d+) nichts gezeichnet, wo (Abbildung 1|Fußnote 1)/.exec(p.message)?.slice(1)])).toEqual([
      ['pdf-inhalt-nicht-gezeichnet', ['2', 'Abbildung 1']],
      ['pdf-inhalt-nicht-gezeichnet', ['1', 'Fußnote 1']],
    ]);
  });

  it('reports an item pushed beyond the page, one on no page, and text in the overflow, without reading the PDF', async () => {
    const result = await checkCompleteness(file, 'strategie', items, placed([{ item: 0, page: 1, box: box(700, 495, 810, 605), onPage: false }], {
      overflow: [{ page: 1, text: 'Das Diagramm zeigt' }],
    }));
    expect(result.problems.map((p) => p.message)).toEqual([
      'In der PDF der Publikation „strategie“ fehlt Fußnote 1 („Die Abfrage …“) (Kapitel „Umsetzung und Monitoring“): Es steht auf keiner Seite.',
      'In der PDF der Publikation „strategie“ fehlt auf Seite 1 Text: Er wurde über den Seitenrand hinaus gesetzt und nicht gedruckt (ab „Das Diagramm zeigt“).',
      'In der PDF der Publikation „strategie“ fehlt Abbildung 1: Kinder in Bedarfsgemeinschaften (Kapitel „Umsetzung und Monitoring“): Der Seitensatz hat es über den Rand von Seite 1 hinaus geschoben, dort wird es nicht gedruckt.',
    ]);
    expect(result.pagesRead).toBe(0);
  });

  it('names a footnote call that is not painted', async () => {
    const result = await checkCompleteness(file, 'strategie', items, placed([
      { item: 0, page: 1, box: box(95, 495, 205, 605), onPage: true },
      { item: 1, page: 1, box: box(95, 95, 160, 112), onPage: true },
      { item: 1, page: 1, box: box(400, 300, 405, 308), onPage: true, call: true },
    ]));
    expect(result.problems.map((p) => p.message)).toEqual([
      'In der PDF der Publikation „strategie“ ist auf Seite 1 nichts gezeichnet, wo das Zeichen von Fußnote 1 („Die Abfrage …“) im Text (Kapitel „Umsetzung und Monitoring“) stehen müsste.',
    ]);
  });

  describe('the text of tables and footnotes, read back on pages without drawings', () => {
    const texts: MarkedItem[] = [
      { kind: 'tabelle', label: 'Tabelle 2: Leistungsbezug nach Gemeinde', chapter: 'Ausgangslage', minMarks: 1, texts: ['Gemeinde', 'Hainwald-Nord'] },
      { kind: 'fussnote', label: 'Fußnote 1 („Die Abfrage erfolgte …“)', chapter: 'Ausgangslage', minMarks: 1, texts: ['Die Abfrage erfolgte bei allen Bedarfsgemeinschaften.'] },
    ];
    const table = (page: number): Placement => ({ item: 0, page, box: box(70, 680, 200, 712), onPage: true });
    const note = (page: number): Placement => ({ item: 1, page, box: box(70, 85, 300, 110), onPage: true });
    const call = (page: number, l = 299): Placement => ({ item: 1, page, box: box(l, 399, l + 5, 407), onPage: true, call: true });

    it('finds header cell, first body cell, the footnote (joined over its line break) and its call where the layout put them', async () => {
      const result = await checkCompleteness(file, 'strategie', texts, placed([table(4), note(4), call(4)]));
      expect(result.problems).toEqual([]);
      expect(result.pagesRead).toBe(0);
      expect(result.textPagesRead).toBe(1);
    });

    it('names the table and the footnote whose text is not on the page the layout put them on', async () => {
      const result = await checkCompleteness(file, 'strategie', texts, placed([table(3), table(4), note(3)]));
      expect(result.problems.map((p) => [p.code, p.message])).toEqual([
        [
          'pdf-text-fehlt',
          'In der PDF der Publikation „strategie“ steht auf Seite 3 nicht der Text „Gemeinde“ von Tabelle 2: Leistungsbezug nach Gemeinde (Kapitel „Ausgangslage“), obwohl der Seitensatz es dorthin gesetzt hat.',
        ],
        [
          'pdf-text-fehlt',
          'In der PDF der Publikation „strategie“ steht auf Seite 3 nicht der Text „Die Abfrage erfolgte bei allen Bedarfsgemeinschaften.“ von Fußnote 1 („Die Abfrage erfolgte …“) (Kapitel „Ausgangslage“), obwohl der Seitensatz es dorthin gesetzt hat.',
        ],
      ]);
    });

    it("names a table whose first body row is missing, though its header is there", async () => {
      const rows: MarkedItem[] = [{ ...texts[0]!, texts: ['Gemeinde', 'Hainwald-Süd'] }];
      const result = await checkCompleteness(file, 'strategie', rows, placed([table(4)]));
      expect(result.problems.map((p) => /nicht der Text „([^“]+)“ von (Tabelle 2)/.exec(p.message)?.slice(1))).toEqual([['Hainwald-Süd', 'Tabelle 2']]);
    });

    it('names a footnote call whose number is not painted in its box', async () => {
      const result = await checkCompleteness(file, 'strategie', texts, placed([table(4), note(4), call(4, 350)]));
      expect(result.problems.map((p) => [p.code, p.message])).toEqual([
        [
          'pdf-inhalt-nicht-gezeichnet',
          'In der PDF der Publikation „strategie“ ist auf Seite 4 nichts gezeichnet, wo das Zeichen von Fußnote 1 („Die Abfrage erfolgte …“) im Text (Kapitel „Ausgangslage“) stehen müsste.',
        ],
      ]);
    });
  });
});

describe('the check in its own thread (as every PDF build runs it)', () => {
  it('finds the same as in this thread, from the bytes, and leaves them usable', async () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const thread = startCompletenessThread();
    const result = await thread.check({ bytes, slug: 'strategie', items, placed: placed([
      { item: 0, page: 3, box: box(95, 495, 205, 605), onPage: true },
      { item: 1, page: 1, box: box(95, 95, 160, 112), onPage: true },
    ]) });
    expect(result.inThread).toBe(true);
    expect(result.problems.map((p) => p.message)).toEqual([
      'In der PDF der Publikation „strategie“ ist auf Seite 3 nichts gezeichnet, wo Abbildung 1: Kinder in Bedarfsgemeinschaften (Kapitel „Umsetzung und Monitoring“) stehen müsste.',
    ]);
    expect(bytes.length).toBe(fs.statSync(file).size);
  });
});
