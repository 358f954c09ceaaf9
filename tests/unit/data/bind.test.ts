/**
 * What `<Wert>` and `<Tabelle>` show: the formatted number, symbols with their legend, captions, sources —
 * computed from a fixture project exactly as the components do.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tabelleView, wertView } from '../../../src/data/bind.ts';
import { getStore, resetStoreCache } from '../../../src/data/index.ts';
import { ProblemError } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';

const fixture = (name: string) => projectPaths(path.resolve(import.meta.dirname, '../../fixtures', name));
const store = getStore(fixture('data-excel'));

describe('wertView (<Wert>)', () => {
  it('formats the value with its unit', () => {
    expect(wertView(store, { indikator: 'quote', gebiet: 'hw', jahr: '2023' }).text).toBe('12,5\u202f%');
    expect(wertView(store, { indikator: 'einw', gebiet: 'hw', jahr: 2023 }).text).toBe('81.234');
    expect(wertView(store, { indikator: 'miete', gebiet: 'hw', jahr: 2023 }).text).toBe('7,25\u00a0Euro je m²');
  });

  it('takes the latest year when none is given', () => {
    expect(wertView(store, { indikator: 'einw', gebiet: 'hw' })).toMatchObject({ jahr: 2024, text: '81.500' });
  });

  it('shows a symbol with its legend', () => {
    expect(wertView(store, { indikator: 'quote', gebiet: 'mue', jahr: 2023 })).toMatchObject({
      text: '…',
      symbol: '…',
      legend: 'Angabe fällt später an',
      hinweis: 'Daten folgen',
    });
  });

  it('withholds small counts by the publication threshold', () => {
    expect(wertView(store, { indikator: 'einw', gebiet: 'mue', jahr: 2023 }, { mindestfallzahl: 1000 })).toMatchObject({ text: '*', symbol: '*' });
  });

  it('throws German errors for wrong references', () => {
    expect(() => wertView(store, { indikator: 'x', gebiet: 'hw', jahr: 2023 })).toThrow('Unbekannter Indikator „x“ (siehe data/indikatoren).');
    expect(() => wertView(store, { indikator: 'quote', gebiet: 'zz', jahr: 2023 })).toThrow('Unbekanntes Gebiet „zz“');
    expect(() => wertView(store, { indikator: 'quote', gebiet: 'au', jahr: 2019 })).toThrow(
      'Kein Wert für den Indikator „quote“ im Gebiet „au“ für 2019 (siehe data/werte).',
    );
    expect(() => wertView(store, { indikator: 'quote', jahr: 2019 })).toThrow('<Wert> ohne Angabe „gebiet“.');
  });
});

describe('tabelleView (<Tabelle>)', () => {
  it('defaults to all Gebiete with values (file order) and the latest years', () => {
    const t = tabelleView(store, { indikator: 'quote' });
    expect(t.caption).toBe('SGB-II-Quote (in %): Landkreis Hainwald, Auenstedt und Mühlbach, 2023, 2024');
    expect(t.jahre).toEqual([2023, 2024]);
    expect(t.rows.map((r) => [r.gebiet.name, ...r.cells.map((c) => c.text)])).toEqual([
      ['Landkreis Hainwald', '12,5', '11,8'],
      ['Auenstedt', '–', '.'],
      ['Mühlbach', '…', '.'],
    ]);
    expect(t.quelle).toBe('Bundesagentur für Arbeit');
  });

  it('explains every symbol used, and numbers the notes', () => {
    const t = tabelleView(store, { indikator: 'quote' });
    expect(t.legend.map((l) => `${l.symbol} ${l.text}`)).toEqual([
      '– nichts vorhanden (genau null)',
      '. Zahlenwert unbekannt oder geheim zu halten',
      '… Angabe fällt später an',
    ]);
    expect(t.notes).toEqual(['vorläufig, Stand März', 'Daten folgen']);
    expect(t.rows[0]?.cells[0]?.note).toBe(1);
    expect(t.rows[2]?.cells[0]?.note).toBe(2);
  });

  it('takes Gebiete and years from props', () => {
    const t = tabelleView(store, { indikator: 'einw', gebiete: 'mue, hw', jahre: '2023' }, { mindestfallzahl: 1000 });
    expect(t.caption).toBe('Einwohner (Anzahl): Mühlbach und Landkreis Hainwald, 2023');
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['*'], ['81.234']]);
    expect(t.legend[0]?.symbol).toBe('*');
  });

  it('rejects unknown Gebiete and bad year ranges in German', () => {
    expect(() => tabelleView(store, { indikator: 'einw', gebiete: 'hw, nix' })).toThrow('Unbekanntes Gebiet „nix“');
    expect(() => tabelleView(store, { indikator: 'einw', jahre: '2024-2020' })).toThrow('läuft rückwärts');
  });
});

describe('getStore', () => {
  afterEach(() => resetStoreCache());

  it('loads once per process and project', () => {
    expect(getStore(fixture('data-excel'))).toBe(getStore(fixture('data-excel')));
  });

  it('stops with all errors when the data has any', () => {
    let error: unknown;
    try {
      getStore(fixture('data-fehler'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problems).toHaveLength(22);
    expect((error as ProblemError).message).toContain('data/werte/kaputt.csv:2:15: fehler: „12,3“ in Spalte „wert“ hat ein Dezimalkomma');
  });
});
