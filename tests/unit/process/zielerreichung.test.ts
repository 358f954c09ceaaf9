/**
 * Goal progress as the table shows it: baseline, latest value, target with its stated comparison, whether it is
 * reached, and the trend since the baseline. (The earlier version guessed the comparison from baseline vs target
 * and reported `auf-kurs`/`erreicht` from that guess; these expectations replace it.)
 */
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/data/store.ts';
import type { Cell, Gebiet, Indikator } from '../../../src/data/types.ts';
import { sparklineSpec, zielView } from '../../../src/process/zielerreichung.ts';
import type { Ziel } from '../../../src/process/types.ts';

const at = { file: 'data/test.csv', line: 1, column: 1 };
const gebiete = new Map<string, Gebiet>([['mh', { id: 'mh', name: 'Landkreis Musterhausen', ebene: 'kreis', eltern: null, source: at }]]);
const ind = (id: string, einheit: string, nachkommastellen: number): Indikator => ({
  id, titel: id, einheit, lebenslage: 'x', definition: '', quelle: '', richtung: 'neutral', nachkommastellen, source: at,
});
const indikatoren = new Map([
  ['quote', ind('quote', '%', 1)],
  ['faelle', ind('faelle', 'Anzahl', 0)],
  ['einzeln', ind('einzeln', '%', 1)],
]);
const cell = (indikator: string, jahr: number, wert: number): Cell => ({ indikator, gebiet: 'mh', jahr, wert, symbol: null, hinweis: null, source: at });
const store = createStore({
  gebiete,
  indikatoren,
  cells: [cell('quote', 2015, 10), cell('quote', 2020, 9.2), cell('quote', 2024, 8.8), cell('faelle', 2015, 2), cell('faelle', 2020, 40), cell('faelle', 2024, 35), cell('einzeln', 2024, 5)],
  datasets: new Map(),
  geo: [],
});
const ziel = (indikator: string, zielwert: number, vergleich: Ziel['vergleich']): Ziel => ({
  id: 'z', handlungsfeld: 'hf', titel: 'Ziel', indikator, zielwert, zieljahr: 2030, gebiet: 'mh', vergleich, source: at,
});

describe('zielView', () => {
  it('a falling rate towards „höchstens 7,5“: not yet reached, 10,0 → 8,8 is −1,2 points in the goal’s direction', () => {
    const v = zielView(store, ziel('quote', 7.5, 'hoechstens'), 3);
    expect([v.basisText, v.aktuellText, v.zielText]).toEqual(['10,0\u202f% (2015)', '8,8\u202f% (2024)', 'höchstens 7,5\u202f% bis 2030']);
    expect([v.statusText, v.trend?.pfeil, v.trendText, v.wertungText]).toEqual(['○ Zielwert noch nicht erreicht', '▼', '−1,2 Prozentpunkte seit 2015', 'in Zielrichtung']);
  });

  it('the same falling values against „mindestens 12,0“ go against the goal; „höchstens 9,0“ is reached at 8,8', () => {
    const up = zielView(store, ziel('quote', 12, 'mindestens'), 3);
    expect([up.zielText, up.statusText, up.wertungText]).toEqual(['mindestens 12,0\u202f% bis 2030', '○ Zielwert noch nicht erreicht', 'gegen die Zielrichtung']);
    expect(zielView(store, ziel('quote', 9, 'hoechstens'), 3).statusText).toBe('✓ Zielwert erreicht');
    // below a floor is never „erreicht“, whatever the baseline was
    expect(zielView(store, ziel('quote', 9, 'mindestens'), 3).status).toBe('nicht-erreicht');
  });

  it('a count below the mindestfallzahl is never the baseline: the first publishable value is', () => {
    const v = zielView(store, ziel('faelle', 30, 'hoechstens'), 3);
    expect(v.series[0]?.symbol).toBe('*');
    expect(v.basisText).toBe('40 (2020)');
    expect(v.trendText).toBe('−5 seit 2020');
    expect(v.wertungText).toBe('in Zielrichtung');
    // the sparkline never plots the withheld value
    const values = (sparklineSpec(v).layer as { data: { values: { wert: number | null }[] } }[])[0]!.data.values;
    expect(values.map((x) => x.wert)).toEqual([null, 40, 35]);
  });

  it('one value only cannot show a direction, but its status is known', () => {
    const v = zielView(store, ziel('einzeln', 4, 'hoechstens'), 3);
    expect([v.trend, v.trendText, v.wertungText, v.status]).toEqual([null, 'keine Entwicklung berechenbar', null, 'nicht-erreicht']);
  });
});
