/**
 * Planners' files in the dialects their tools write, read without any configuration:
 * German Excel (`;`, decimal comma, thousands dot, Windows-1252, CRLF) and UTF-8 with BOM (`,`, decimal point).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { projectPaths } from '../../../src/project.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/data-excel');
const { store, problems } = checkData(projectPaths(root));

describe('German Excel CSV (Windows-1252, `;`, CRLF)', () => {
  it('is really a Windows-1252 file with CRLF (the fixture tests what it claims)', () => {
    const bytes = fs.readFileSync(path.join(root, 'data/werte/excel.csv'));
    expect(bytes.includes(0xe4)).toBe(true); // ä in Windows-1252
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
  });

  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('parses thousands dots and decimal commas', () => {
    expect(store.cell('einw', 'hw', 2023)?.wert).toBe(81234);
    expect(store.cell('einw', 'au', 2023)?.wert).toBe(1234);
    expect(store.cell('quote', 'hw', 2023)?.wert).toBe(12.5);
    expect(store.cell('miete', 'hw', 2023)?.wert).toBe(7.25);
  });

  it('decodes umlauts in notes and names', () => {
    expect(store.cell('quote', 'hw', 2023)?.hinweis).toBe('vorläufig, Stand März');
    expect(store.gebiete.get('mue')?.name).toBe('Mühlbach');
  });

  it('keeps table symbols as missing values, accepting `-` and `...`', () => {
    expect(store.cell('quote', 'au', 2023)).toMatchObject({ wert: null, symbol: '–' });
    expect(store.cell('quote', 'mue', 2023)).toMatchObject({ wert: null, symbol: '…', hinweis: 'Daten folgen' });
  });

  it('locates each value at its field', () => {
    expect(store.cell('einw', 'au', 2023)?.source).toEqual({ file: 'data/werte/excel.csv', line: 3, column: 14 });
  });
});

describe('UTF-8 CSV with BOM (`,`, decimal point, quoted field)', () => {
  it('parses decimal points and quoted numbers', () => {
    expect(store.cell('einw', 'hw', 2024)?.wert).toBe(81500);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(11.75);
    expect(store.cell('miete', 'hw', 2024)?.wert).toBe(7.5);
  });

  it('reads the BOM file header (no stray character before `id`)', () => {
    expect(store.indikatoren.get('quote')?.quelle).toBe('Bundesagentur für Arbeit');
    expect(store.indikatoren.get('miete')?.definition).toBe('Median, nettokalt');
  });
});

describe('store queries', () => {
  it('lists years ascending and Gebiete in file order', () => {
    expect(store.years('einw')).toEqual([2023, 2024]);
    expect(store.gebieteWith('einw')).toEqual(['hw', 'au', 'mue']);
    expect(store.series('einw', 'hw').map((c) => c.jahr)).toEqual([2023, 2024]);
    expect(store.cell('einw', 'hw', 1999)).toBeUndefined();
    expect(store.years('gibtsnicht')).toEqual([]);
  });
});

describe('free datasets and boundaries', () => {
  it('names a dataset by its path below data/ and parses numeric columns', () => {
    expect([...store.datasets.keys()]).toEqual(['frei/kita-plaetze']);
    const d = store.datasets.get('frei/kita-plaetze');
    expect(d?.rows).toEqual([
      { gemeinde: 'Auenstedt', jahr: 2024, plaetze: 1040, quote: 93.5, ags: '07743' },
      { gemeinde: 'Mühlbach', jahr: 2024, plaetze: 88, quote: '*', ags: '07744' },
    ]);
    expect(d?.numericColumns).toEqual(['jahr', 'plaetze', 'quote']);
  });

  it('skips folders owned by other features (beteiligung) and non-data files', () => {
    expect([...store.datasets.keys()].some((n) => n.startsWith('beteiligung'))).toBe(false);
  });

  it('loads boundaries by Gebiet id', () => {
    expect(store.geo.map((f) => [f.properties.id, f.geometry.type])).toEqual([
      ['au', 'Polygon'],
      ['mue', 'MultiPolygon'],
    ]);
  });
});
