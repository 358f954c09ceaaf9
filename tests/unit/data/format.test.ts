/** Numbers as readers see them (de-DE) and the props planners type. */
import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, parseIds, parseYears, PERCENT_SPACE, UNIT_SPACE, unitLabel } from '../../../src/data/format.ts';
import { parseNumber } from '../../../src/data/numbers.ts';

const pct = { einheit: '%', nachkommastellen: 1 };
const anzahl = { einheit: 'Anzahl', nachkommastellen: 0 };
const euro = { einheit: 'Euro', nachkommastellen: 0 };

describe('formatNumber', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(18.3, 1)).toBe('18,3');
    expect(formatNumber(5, 1)).toBe('5,0');
  });

  it('rounds half away from zero on the number as written', () => {
    expect(formatNumber(18.25, 1)).toBe('18,3');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-2.5, 0)).toBe('-3');
  });

  it('never shows a negative zero', () => {
    expect(formatNumber(-0.04, 1)).toBe('0,0');
  });
});

describe('formatCell', () => {
  it('puts a narrow no-break space before %', () => {
    expect(formatCell({ wert: 18.3, symbol: null }, pct)).toBe(`18,3${PERCENT_SPACE}%`);
    expect(PERCENT_SPACE).toBe('\u202f');
  });

  it('shows counts without unit and other units after a no-break space', () => {
    expect(formatCell({ wert: 1234, symbol: null }, anzahl)).toBe('1.234');
    expect(formatCell({ wert: 2310, symbol: null }, euro)).toBe(`2.310${UNIT_SPACE}Euro`);
  });

  it('shows the symbol of a missing value', () => {
    expect(formatCell({ wert: null, symbol: '*' }, anzahl)).toBe('*');
    expect(formatCell({ wert: null, symbol: '–' }, pct)).toBe('–');
  });

  it('labels units for captions', () => {
    expect(unitLabel('%')).toBe('in %');
    expect(unitLabel('Anzahl')).toBe('Anzahl');
    expect(unitLabel('je 1.000 Einw.')).toBe('je 1.000 Einw.');
  });
});

describe('parseYears', () => {
  it('reads ranges, lists, single years and numbers', () => {
    expect(parseYears('2015-2018')).toEqual([2015, 2016, 2017, 2018]);
    expect(parseYears('2015–2016')).toEqual([2015, 2016]);
    expect(parseYears('2019, 2024')).toEqual([2019, 2024]);
    expect(parseYears('2010, 2015-2016')).toEqual([2010, 2015, 2016]);
    expect(parseYears(2024)).toEqual([2024]);
  });

  it('says in German what is wrong', () => {
    expect(() => parseYears('2024-2019')).toThrow('„2024-2019“ ist keine gültige Jahresangabe: Der Bereich 2024–2019 läuft rückwärts; schreiben Sie 2019-2024.');
    expect(() => parseYears('20x4')).toThrow('„20x4“ ist kein Jahr (vierstellig, 1900–2100).');
    expect(() => parseYears('2019,')).toThrow('Ein Jahr fehlt.');
    expect(() => parseYears('')).toThrow('Die Angabe ist leer.');
  });
});

describe('parseIds', () => {
  it('splits on commas (or semicolons) and trims', () => {
    expect(parseIds('th, hw')).toEqual(['th', 'hw']);
    expect(parseIds('th;hw ,x')).toEqual(['th', 'hw', 'x']);
    expect(parseIds(['th', ' hw '])).toEqual(['th', 'hw']);
  });

  it('rejects empty lists and repeats in German', () => {
    expect(() => parseIds(' , ')).toThrow('„ , “ ist keine gültige Liste von Kennungen: Die Liste ist leer.');
    expect(() => parseIds('hw, hw')).toThrow('„hw“ steht zweimal in der Liste.');
  });
});

describe('parseNumber (the file decides the style)', () => {
  it('reads German numbers in `;` files', () => {
    expect(parseNumber('1.234,5', 'de')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1.234', 'de')).toEqual({ ok: true, value: 1234 });
    expect(parseNumber('-0,5', 'de')).toEqual({ ok: true, value: -0.5 });
    expect(parseNumber('\u22123', 'de')).toEqual({ ok: true, value: -3 });
  });

  it('reads plain numbers in `,` files', () => {
    expect(parseNumber('1234.5', 'en')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber(' 7 ', 'en')).toEqual({ ok: true, value: 7 });
  });

  it('suggests the right spelling for the other style, spaces and units', () => {
    expect(parseNumber('12,3', 'en')).toEqual({ ok: false, suggestion: '12.3' });
    expect(parseNumber('1.234,5', 'en')).toEqual({ ok: false, suggestion: '1234.5' });
    expect(parseNumber('12.3', 'de')).toEqual({ ok: false, suggestion: '12,3' });
    expect(parseNumber('1 234', 'de')).toEqual({ ok: false, suggestion: '1234' });
    expect(parseNumber('18 %', 'en')).toEqual({ ok: false, suggestion: '18' });
    expect(parseNumber('ca. 40', 'en')).toEqual({ ok: false, suggestion: null });
  });
});
