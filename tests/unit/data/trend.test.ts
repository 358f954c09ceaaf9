/**
 * The one trend rule (src/data/trend.ts): arrow, signed change and word from two values and the richtung.
 * Every expectation below is worked out by hand from the published (rounded) values.
 */
import { describe, expect, it } from 'vitest';
import { changeText, trend, WERTUNG_TEXT } from '../../../src/data/trend.ts';
import type { Richtung } from '../../../src/data/types.ts';

type Case = [von: number, bis: number, richtung: Richtung, decimals: number, pfeil: string, betrag: string, wort: string];

const cases: Case[] = [
  // rising
  [8.0, 10.3, 'steigend_schlecht', 1, '▲', '+2,3', 'ungünstige Entwicklung'],
  [52.5, 58.8, 'steigend_gut', 1, '▲', '+6,3', 'günstige Entwicklung'],
  [1168, 2929, 'neutral', 0, '▲', '+1.761', 'Veränderung ohne Wertung'],
  // falling
  [10.6, 8.7, 'steigend_schlecht', 1, '▼', '−1,9', 'günstige Entwicklung'],
  [6.4, 5.6, 'steigend_gut', 1, '▼', '−0,8', 'ungünstige Entwicklung'],
  [2170700, 2102431, 'neutral', 0, '▼', '−68.269', 'Veränderung ohne Wertung'],
  // negative values, and crossing zero
  [-3.5, -0.9, 'steigend_gut', 1, '▲', '+2,6', 'günstige Entwicklung'],
  [-0.9, -3.5, 'steigend_gut', 1, '▼', '−2,6', 'ungünstige Entwicklung'],
  [4.6, -0.9, 'steigend_gut', 1, '▼', '−5,5', 'ungünstige Entwicklung'],
  [-1.3, 0.2, 'steigend_gut', 1, '▲', '+1,5', 'günstige Entwicklung'],
  [-2.0, 2.0, 'steigend_schlecht', 1, '▲', '+4,0', 'ungünstige Entwicklung'],
  // unchanged: equal, and equal after rounding to the published places (5,64 and 5,58 both print as 5,6)
  [35.2, 35.2, 'steigend_schlecht', 1, '►', '±0,0', 'unverändert'],
  [5.64, 5.58, 'steigend_gut', 1, '►', '±0,0', 'unverändert'],
  [14.8, 14.8, 'neutral', 1, '►', '±0,0', 'unverändert'],
  [-0.04, 0.04, 'steigend_gut', 1, '►', '±0,0', 'unverändert'],
  // not unchanged when the printed values differ, even if the raw difference is tiny: 5,64 → 5,6; 5,65 → 5,7
  [5.64, 5.65, 'steigend_gut', 1, '▲', '+0,1', 'günstige Entwicklung'],
  // the change is the difference of the printed values: 10,04 → 10,0 and 8,76 → 8,8 give −1,2 (raw −1,28 would print −1,3)
  [10.04, 8.76, 'steigend_schlecht', 1, '▼', '−1,2', 'günstige Entwicklung'],
  // whole numbers
  [1531, 1582, 'steigend_schlecht', 0, '▲', '+51', 'ungünstige Entwicklung'],
];

describe('trend', () => {
  it.each(cases)('%d → %d (%s, %d places): %s %s, %s', (von, bis, richtung, decimals, pfeil, betrag, wort) => {
    const t = trend(von, bis, { richtung, nachkommastellen: decimals });
    expect([t.pfeil, t.betrag, WERTUNG_TEXT.indikator[t.wertung]]).toEqual([pfeil, betrag, wort]);
  });

  it('the arrow always agrees with the sign', () => {
    for (const [von, bis, richtung, decimals] of cases) {
      const t = trend(von, bis, { richtung, nachkommastellen: decimals });
      expect({ '▲': '+', '▼': '−', '►': '±' }[t.pfeil]).toBe(t.betrag[0]);
    }
  });

  it('states the unit of the change and its base', () => {
    const down = trend(42.4, 41.4, { richtung: 'steigend_schlecht', nachkommastellen: 1 });
    expect(changeText(down, '%', 'seit 2015')).toBe('−1,0 Prozentpunkte seit 2015');
    const up = trend(34.6, 41.4, { richtung: 'steigend_schlecht', nachkommastellen: 1 });
    expect(`${up.pfeil} ${changeText(up, '%', 'gegenüber 2021')} (${WERTUNG_TEXT.indikator[up.wertung]})`).toBe('▲ +6,8 Prozentpunkte gegenüber 2021 (ungünstige Entwicklung)');
    expect(changeText(trend(6.4, 5.6, { richtung: 'steigend_gut', nachkommastellen: 1 }), 'je 10.000 Einw.', 'seit 2015')).toBe('−0,8 je 10.000 Einw. seit 2015');
    expect(changeText(trend(1531, 1582, { richtung: 'steigend_schlecht', nachkommastellen: 0 }), 'Anzahl', 'gegenüber 2023')).toBe('+51 gegenüber 2023');
  });
});
