/**
 * How big the synthetic benchmark project is. `voll` is the report the targets are stated for (two publications,
 * 40 chapters, 300 charts, 20 maps, 100 tables, 400 Gebiete × 30 indicators × 15 years, ~150 and ~300 PDF pages);
 * `klein` is the same shape in miniature, for the test that keeps `npm run bench` from rotting.
 */
export interface BenchScale {
  name: 'voll' | 'klein';
  /** All Gebiete: 1 Land, 1 Kreis, `gemeinden` Gemeinden (with outlines), the rest Sozialräume. */
  gebiete: number;
  gemeinden: number;
  indikatoren: number;
  jahre: number;
  /** Chapters of the larger and of the smaller publication. */
  kapitel: readonly [number, number];
  /** Indicator charts (line and bar) and free charts (own dataset); maps and tables come on top. */
  diagramme: number;
  freieDiagramme: number;
  karten: number;
  tabellen: number;
  /** Paragraphs of running text per chapter (sets the page count of the PDFs). */
  absaetze: number;
  /** Every measurement is repeated this often, in rounds; the figures are medians. */
  runden: number;
  /** The same for the PDF measurements (they take longest: a round is about a minute). */
  pdfRunden: number;
}

export const SCALES: Record<BenchScale['name'], BenchScale> = {
  voll: {
    name: 'voll',
    gebiete: 400,
    gemeinden: 60,
    indikatoren: 30,
    jahre: 15,
    kapitel: [27, 13],
    diagramme: 290,
    freieDiagramme: 10,
    karten: 20,
    tabellen: 100,
    absaetze: 28,
    runden: 5,
    pdfRunden: 3,
  },
  klein: {
    name: 'klein',
    gebiete: 30,
    gemeinden: 8,
    indikatoren: 5,
    jahre: 5,
    kapitel: [2, 1],
    diagramme: 4,
    freieDiagramme: 1,
    karten: 1,
    tabellen: 2,
    absaetze: 4,
    runden: 1,
    pdfRunden: 1,
  },
};
