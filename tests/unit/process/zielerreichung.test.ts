/** Goal progress as the table shows it: baseline, latest value, target wording and the direction of travel. */
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
const ziel = (indikator: string, zielwert: number): Ziel => ({ id: 'z', handlungsfeld: 'hf', titel: 'Ziel', indikator, zielwert, zieljahr: 2030, gebiet: 'mh', source: at });

describe('zielView', () => {
  it('a falling rate towards a lower target is on course, worded „höchstens“', () => {
    const v = zielView(store, ziel('quote', 7.5), 3);
    expect([v.basisText, v.aktuellText, v.zielText, v.tendenz]).toEqual(['10,0\u202f% (2015)', '8,8\u202f% (2024)', 'höchstens 7,5\u202f% (2030)', 'auf-kurs']);
  });

  it('moving away from a higher target is against it; reaching it counts as reached', () => {
    expect(zielView(store, ziel('quote', 12), 3).tendenz).toBe('gegenlaeufig');
    expect(zielView(store, ziel('quote', 9), 3).tendenz).toBe('erreicht');
  });

  it('a count below the mindestfallzahl is never the baseline: the first publishable value is', () => {
    const v = zielView(store, ziel('faelle', 30), 3);
    expect(v.series[0]?.symbol).toBe('*');
    expect(v.basisText).toBe('40 (2020)');
    expect(v.tendenz).toBe('auf-kurs');
    // the sparkline never plots the withheld value
    const values = (sparklineSpec(v).layer as { data: { values: { wert: number | null }[] } }[])[0]!.data.values;
    expect(values.map((x) => x.wert)).toEqual([null, 40, 35]);
  });

  it('one value only cannot show a direction', () => {
    expect(zielView(store, ziel('einzeln', 4), 3).tendenz).toBe('offen');
  });
});
