import { describe, expect, it } from 'vitest';
import { createChartCache } from '../../../src/charts/cache.ts';
import { freeFigure, indicatorFigure, mapFigure, type FigureContext } from '../../../src/charts/figure.ts';
import { ProblemError } from '../../../src/errors/problem.ts';
import { fakeStore } from './fake-store.ts';
import { svgTexts } from './svg-helpers.ts';

const at = { file: 'content/demo/01-einkommen.mdx', line: 0, column: 0 };
const ctx = (mindestfallzahl = 3): FigureContext => ({ store: fakeStore(), mindestfallzahl, cache: createChartCache({ dir: null }), at });
const NNBSP = '\u202f';

function csvOf(href: string): string {
  expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
  return decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length));
}

describe('indicator line chart figure', () => {
  it('describes the chart in one German sentence from the data', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote' });
    expect(f.titel).toBe('SGB-II-Quote 2015–2024');
    expect(f.beschreibung).toBe(`Liniendiagramm: SGB-II-Quote 2015–2024 für Landkreis Hainwald und Thüringen; 2024: 8,7${NNBSP}% bzw. 7,9${NNBSP}%.`);
    expect(f.quelle).toBe('Bundesagentur für Arbeit');
    expect(f.svg).toContain(`<desc id="`);
    expect(f.svg).toContain(`2024: 8,7${NNBSP}% bzw. 7,9${NNBSP}%.</desc>`);
  });

  it('names each Gebiet with its value when more than two are compared', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', gebiete: ['hw', 'th', 'g1'], jahre: [2024] });
    expect(f.beschreibung).toBe(
      `Liniendiagramm: SGB-II-Quote 2024 für Landkreis Hainwald, Thüringen und Altstadt; 2024: Landkreis Hainwald 8,7${NNBSP}%, Thüringen 7,9${NNBSP}% und Altstadt 10,4${NNBSP}%.`,
    );
  });

  it('has the data as a table: one row per year, one column per Gebiet, German numbers', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', jahre: [2023, 2024] });
    expect(f.tabelle.caption).toBe('SGB-II-Quote (in %)');
    expect(f.tabelle.head).toEqual(['Jahr', 'Landkreis Hainwald', 'Thüringen']);
    expect(f.tabelle.rows).toEqual([
      ['2023', '8,3', '7,9'],
      ['2024', '8,7', '7,9'],
    ]);
  });

  it('offers a CSV for German Excel: BOM, semicolons, decimal comma, named after indicator and content', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', jahre: [2024] });
    const csv = csvOf(f.download.href);
    expect(csv.startsWith('\uFEFFIndikator;Gebietskennung;Gebiet;Jahr;Wert;Einheit;Zeichen\r\n')).toBe(true);
    expect(csv).toContain('sgb2-quote;hw;Landkreis Hainwald;2024;8,7;%;\r\n');
    expect(f.download.dateiname).toMatch(/^sgb2-quote-linie-[0-9a-f]{8}\.csv$/);
  });

  it('uses the Gebiete and years asked for, and says in German which Gebiet has no values', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', gebiete: ['th'], jahre: [2020, 2021, 2022] });
    expect(f.tabelle.head).toEqual(['Jahr', 'Thüringen']);
    expect(f.tabelle.rows.map((r) => r[0])).toEqual(['2020', '2021', '2022']);
    await expect(indicatorFigure(ctx(), { indikator: 'sgb2-quote', gebiete: ['xx'] })).rejects.toThrow(
      'Für das Gebiet „xx“ gibt es keine Werte des Indikators „sgb2-quote“.',
    );
  });

  it('names the indicators there are when one is unknown', async () => {
    const err = await indicatorFigure(ctx(), { indikator: 'sgb-quote' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    const p = (err as ProblemError).problems[0]!;
    expect(p.message).toBe('Den Indikator „sgb-quote“ gibt es nicht im Indikatorenkatalog (data/indikatoren/).');
    expect(p.hint).toContain('„sgb2-quote“, „bg-anzahl“');
    expect(p.file).toBe('content/demo/01-einkommen.mdx');
  });

  it('refuses an unknown chart kind in German', async () => {
    await expect(indicatorFigure(ctx(), { indikator: 'sgb2-quote', art: 'torte' })).rejects.toThrow('Die Diagrammart „torte“ gibt es nicht.');
  });
});

describe('confidential counts', () => {
  it('never reach SVG, table or CSV: Birkenau’s 2 Bedarfsgemeinschaften appear only as *', async () => {
    const f = await indicatorFigure(ctx(3), { indikator: 'bg-anzahl', art: 'balken' });
    const birkenau = f.tabelle.rows.find((r) => r[0] === 'Birkenau');
    expect(birkenau).toEqual(['Birkenau', '*']);
    expect(f.tabelle.symbols).toEqual(['*']);
    expect(svgTexts(f.svg)).toContain('*');
    expect(svgTexts(f.svg)).not.toContain('2');
    expect(csvOf(f.download.href)).toContain('bg-anzahl;g2;Birkenau;2024;;Anzahl;*\r\n');
    expect(f.beschreibung).toContain('1 Gebiet ohne veröffentlichten Wert');
  });

  it('follow the publication’s threshold: with mindestfallzahl 1 the 2 is published', async () => {
    const f = await indicatorFigure(ctx(1), { indikator: 'bg-anzahl', art: 'balken' });
    expect(f.tabelle.rows.find((r) => r[0] === 'Birkenau')).toEqual(['Birkenau', '2']);
    expect(svgTexts(f.svg)).toContain('2');
  });
});

describe('bar chart and map figures', () => {
  it('bar chart: all Gemeinden in the latest year, county and Land as labelled reference lines', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', art: 'balken' });
    expect(f.titel).toBe('SGB-II-Quote 2024');
    expect(f.beschreibung).toBe(
      `Balkendiagramm: SGB-II-Quote 2024 für 3 Gebiete; höchster Wert Altstadt (10,4${NNBSP}%), niedrigster Birkenau (6,2${NNBSP}%); zum Vergleich Landkreis Hainwald 8,7${NNBSP}% und Thüringen 7,9${NNBSP}%; 1 Gebiet ohne veröffentlichten Wert.`,
    );
    const texts = svgTexts(f.svg);
    expect(texts).toEqual(expect.arrayContaining([`10,4${NNBSP}%`, `Landkreis Hainwald: 8,7${NNBSP}%`, `Thüringen: 7,9${NNBSP}%`]));
    expect(f.tabelle.rows.map((r) => r[0])).toEqual(['Altstadt', 'Birkenau', 'Cellbach', 'Landkreis Hainwald', 'Thüringen']);
  });

  it('bar chart over several years asked for: one bar per year, the table by year', async () => {
    const f = await indicatorFigure(ctx(), { indikator: 'sgb2-quote', gebiete: ['hw'], jahre: [2022, 2023, 2024], art: 'balken' });
    expect(f.titel).toBe('SGB-II-Quote 2022–2024');
    expect(f.beschreibung).toBe(`Balkendiagramm: SGB-II-Quote 2022–2024 für Landkreis Hainwald; 2024: 8,7${NNBSP}%.`);
    expect(f.tabelle.rows).toEqual([['2022', '8,5'], ['2023', '8,3'], ['2024', '8,7']]);
    // The county's bars in the county's colour (near-black on every chart, palette.ts), one per year.
    expect((f.svg.match(/<path[^>]*data-gebiet="hw"[^>]*>/g) ?? []).filter((t) => t.includes('fill="#1a1a1a"')).length).toBe(3);
    expect(svgTexts(f.svg)).toEqual(expect.arrayContaining(['2022', '2023', '2024']));
  });

  it('map: names highest and lowest Gebiet; the table lists every mapped Gebiet', async () => {
    const f = await mapFigure(ctx(), { indikator: 'sgb2-quote' });
    expect(f.beschreibung).toBe(
      `Karte: SGB-II-Quote 2024 nach 2 Gebieten; höchster Wert in Altstadt (10,4${NNBSP}%), niedrigster in Birkenau (6,2${NNBSP}%); zum Vergleich Landkreis Hainwald 8,7${NNBSP}% und Thüringen 7,9${NNBSP}%.`,
    );
    expect(f.download.dateiname).toMatch(/^sgb2-quote-karte-/);
  });

  it('draws „–“ (nichts vorhanden) as zero, not as a gap, and keeps the symbol in the table', async () => {
    const bars = await indicatorFigure(ctx(), { indikator: 'aerzte', art: 'balken' });
    expect(bars.tabelle.rows.find((r) => r[0] === 'Birkenau')).toEqual(['Birkenau', '–']);
    expect(bars.beschreibung).toContain('niedrigster Birkenau (0,0\u00a0je 10.000 Einw.)');
    const map = await mapFigure(ctx(), { indikator: 'aerzte' });
    expect(map.svg).not.toContain('schraffur');
    expect(svgTexts(map.svg)).not.toContain('– nichts vorhanden');
  });

  it('compares counts without Kreis and Land lines (they are sums of the bars)', async () => {
    const f = await indicatorFigure(ctx(1), { indikator: 'bg-anzahl', art: 'balken' });
    expect(svgTexts(f.svg).filter((t) => t.startsWith('Landkreis Hainwald') || t.startsWith('Thüringen'))).toEqual([]);
    expect(f.beschreibung).not.toContain('zum Vergleich');
  });

  it('map of a year without values is refused in German', async () => {
    await expect(mapFigure(ctx(), { indikator: 'sgb2-quote', jahr: 1999 })).rejects.toThrow('Für das Jahr 1999 gibt es keine Werte des Indikators „sgb2-quote“.');
  });
});

describe('free chart figure', () => {
  it('uses the given title and description, shows the dataset as a table and offers it as CSV', async () => {
    const f = await freeFigure(ctx(), {
      daten: 'frei/kita-betreuung',
      titel: 'Betreuungsquoten',
      beschreibung: 'Die Quote der unter Dreijährigen steigt.',
      spec: { mark: 'bar', encoding: { x: { field: 'Jahr', type: 'ordinal' }, y: { field: 'Quote', type: 'quantitative' } } },
    });
    expect(f.svg).toContain('<title id="');
    expect(f.svg).toContain('>Betreuungsquoten</title>');
    expect(f.tabelle.rows[0]).toEqual(['2022', 'unter 3', '31,5']);
    expect(csvOf(f.download.href)).toContain('2022;unter 3;31,5\r\n');
  });

  it('names the datasets there are when daten is unknown', async () => {
    await expect(freeFigure(ctx(), { daten: 'frei/kita', titel: 't', spec: { mark: 'bar' } })).rejects.toThrow(
      'Die Datentabelle „frei/kita“ gibt es nicht (erwartet wird data/frei/kita.csv).',
    );
  });
});
