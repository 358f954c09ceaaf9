/**
 * Statistical confidentiality: small counts are never published, nor anything they could be computed from.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/data/store.ts';
import type { Cell, Gebiet, Indikator, TableSymbol } from '../../../src/data/types.ts';

const src = { file: 'data/werte/test.csv', line: 1, column: 1 };
const gebiet = (id: string, eltern: string | null, ebene = 'gemeinde'): Gebiet => ({ id, name: id.toUpperCase(), ebene, eltern, source: src });
const indikator = (id: string, einheit: string): Indikator => ({
  id,
  titel: id,
  einheit,
  lebenslage: 'Test',
  definition: '',
  quelle: 'Test',
  richtung: 'neutral',
  nachkommastellen: 0,
  source: src,
});

const gebiete = [
  gebiet('k', null, 'kreis'),
  gebiet('a', 'k'),
  gebiet('b', 'k'),
  gebiet('c', 'k'),
  gebiet('d', 'k'),
  gebiet('d1', 'd', 'sozialraum'),
  gebiet('d2', 'd', 'sozialraum'),
];

function store(values: Record<string, number | TableSymbol>, ind = indikator('faelle', 'Anzahl'), jahr = 2024) {
  const cells: Cell[] = Object.entries(values).map(([g, v]) => ({
    indikator: ind.id,
    gebiet: g,
    jahr,
    wert: typeof v === 'number' ? v : null,
    symbol: typeof v === 'number' ? null : v,
    hinweis: null,
    source: src,
  }));
  return createStore({ gebiete: new Map(gebiete.map((g) => [g.id, g])), indikatoren: new Map([[ind.id, ind]]), cells, datasets: new Map(), geo: [] });
}

/** What a reader sees per Gebiet: the number or the symbol. */
function published(s: ReturnType<typeof store>, ids: string[], mindestfallzahl?: number, ind = 'faelle') {
  return Object.fromEntries(ids.map((id) => {
    const c = s.cell(ind, id, 2024, mindestfallzahl === undefined ? undefined : { mindestfallzahl });
    return [id, c?.wert ?? c?.symbol];
  }));
}

describe('primary suppression', () => {
  it('withholds counts of 1 and 2 by default, publishes 0 and 3', () => {
    expect(published(store({ a: 2, b: 3, c: 0, d: 1 }), ['a', 'b', 'c', 'd'])).toEqual({ a: '*', b: 3, c: 0, d: '*' });
  });

  it('uses the threshold passed per call (the publication setting)', () => {
    const s = store({ a: 4, b: 5 });
    expect(published(s, ['a', 'b'], 5)).toEqual({ a: '*', b: 5 });
    expect(published(s, ['a', 'b'], 3)).toEqual({ a: 4, b: 5 });
  });

  it('does not touch rates and other non-counts', () => {
    const s = store({ a: 1.5, b: 2 }, indikator('quote', '%'));
    expect(published(s, ['a', 'b'], 3, 'quote')).toEqual({ a: 1.5, b: 2 });
  });

  it('applies to series too', () => {
    expect(store({ a: 1 }).series('faelle', 'a').map((c) => c.symbol)).toEqual(['*']);
  });
});

describe('secondary suppression', () => {
  it('withholds the next-smallest sibling when the parent is published', () => {
    expect(published(store({ k: 30, a: 2, b: 5, c: 8, d: 15 }), ['k', 'a', 'b', 'c', 'd'])).toEqual({ k: 30, a: '*', b: '*', c: 8, d: 15 });
  });

  it('needs nothing more when two siblings are already withheld', () => {
    expect(published(store({ k: 30, a: 2, b: 1, c: 8, d: 19 }), ['a', 'b', 'c', 'd'])).toEqual({ a: '*', b: '*', c: 8, d: 19 });
  });

  it('needs nothing more when the parent has no value', () => {
    expect(published(store({ a: 2, b: 5, c: 8 }), ['a', 'b', 'c'])).toEqual({ a: '*', b: 5, c: 8 });
  });

  it('breaks ties between equal values by file order', () => {
    expect(published(store({ k: 20, a: 2, c: 9, b: 9 }), ['a', 'b', 'c'])).toEqual({ a: '*', b: '*', c: 9 });
  });

  it('treats a delivered `*` as secret and keeps delivered symbols as they are', () => {
    // a + c = 40 − 5 − 25 = 10: two unknowns, neither computable.
    expect(published(store({ k: 40, a: '*', b: 5, c: '.', d: 25 }), ['a', 'b', 'c', 'd'])).toEqual({ a: '*', b: 5, c: '.', d: 25 });
    // Here a + c = 30 − 5 − 25 = 0 would give away both delivered secrets (a = c = 0), so b is withheld as well.
    // (The old expectation kept b = 5 published; that was a leak.)
    expect(published(store({ k: 30, a: '*', b: 5, c: '.', d: 25 }), ['a', 'b', 'c', 'd'])).toEqual({ a: '*', b: '*', c: '.', d: 25 });
    expect(published(store({ k: 30, a: '*', b: 5, c: '–', d: 25 }), ['a', 'b', 'c', 'd'])).toEqual({ a: '*', b: '*', c: '–', d: 25 });
  });

  it('works across levels: a withheld Gemeinde is not revealed by its Sozialräume', () => {
    // a is primary, d (smallest published sibling) secondary; d1 + d2 would give d, so d1 is withheld too.
    const s = store({ k: 100, a: 2, b: 40, c: 18, d: 40, d1: 20, d2: 20 });
    expect(published(s, ['k', 'a', 'b', 'c', 'd', 'd1', 'd2'])).toEqual({ k: 100, a: '*', b: 40, c: '*', d: 40, d1: 20, d2: 20 });
    // d = d1 + d2 = 10 is computable from its Sozialräume, so it cannot protect a (a = 100 − 40 − 48 − 10 = 2).
    // The next-smallest non-zero sibling b does: a + b = 100 − 48 − 10 = 42, each at least 1.
    // (The old expectation withheld d and d1 instead: three cells where two suffice.)
    const t = store({ k: 100, a: 2, b: 40, c: 48, d: 10, d1: 4, d2: 6 });
    expect(published(t, ['k', 'a', 'b', 'c', 'd', 'd1', 'd2'])).toEqual({ k: 100, a: '*', b: '*', c: 48, d: 10, d1: 4, d2: 6 });
  });

  it('keeps the published values consistent: no withheld value can be computed from the rest', () => {
    const values = { k: 50, a: 1, b: 7, c: 12, d: 30, d1: 29, d2: 1 };
    const s = store(values);
    const shown = published(s, Object.keys(values));
    const hidden = (ids: string[]) => ids.filter((id) => typeof shown[id] !== 'number');
    for (const [parent, kids] of [['k', ['a', 'b', 'c', 'd']], ['d', ['d1', 'd2']]] as const) {
      const n = hidden([parent, ...kids]).length;
      expect(n === 0 || n >= 2, `${parent}: ${JSON.stringify(shown)}`).toBe(true);
    }
  });

  it('never picks a zero as the complement: the pair would give the withheld count away', () => {
    // Old rule: the smallest published sibling b = 0 → a + b = 20 − 5 − 13 = 2 = a. New: c = 5, the smallest non-zero.
    const s = store({ k: 20, a: 2, b: 0, c: 5, d: 13 });
    expect(published(s, ['k', 'a', 'b', 'c', 'd'])).toEqual({ k: 20, a: '*', b: 0, c: '*', d: 13 });
    // By hand: a + c = 20 − 0 − 13 = 7, each at least 1 → a ∈ [1, 6]: not computable.
  });

  it('withholds more when no single complement protects the value', () => {
    // a = 2 primary; b, c are 0; d = 48 is computable from d1 + d2. Withholding d alone leaves d = 40 + 8 and so a = 2;
    // d's Sozialraum d2 is withheld too.
    const s = store({ k: 50, a: 2, b: 0, c: 0, d: 48, d1: 40, d2: 8 });
    const shown = published(s, ['k', 'a', 'b', 'c', 'd', 'd1', 'd2']);
    expect(shown).toEqual({ k: 50, a: '*', b: 0, c: 0, d: '*', d1: 40, d2: '*' });
    // By hand, from the published k = 50, b = c = 0, d1 = 40: a + d = 50 and d = 40 + d2, so a = 10 − d2 with
    // d2 ≥ 1 and a ≥ 1: a ∈ [1, 9], d2 ∈ [1, 9], d ∈ [41, 49]. Nothing is computable.
  });

  it('protects a withheld Gemeinde in the Kreis although its Sozialräume are withheld too', () => {
    // d = 2 and d1 = 2 are primary; d = d1 + 0 ties them, and in the Kreis d = 30 − 0 − 5 − 23 = 2 would give both
    // away. So d needs a sibling: b = 5 (a = 0 is not eligible).
    const s = store({ k: 30, a: 0, b: 5, c: 23, d: 2, d1: 2, d2: 0 });
    expect(published(s, ['k', 'a', 'b', 'c', 'd', 'd1', 'd2'])).toEqual({ k: 30, a: 0, b: '*', c: 23, d: '*', d1: '*', d2: 0 });
    // By hand: b + d = 30 − 0 − 23 = 7 and d = d1 + 0, all ≥ 1 → d = d1 ∈ [1, 6]: not computable.
  });
});

describe('which indicators are withheld', () => {
  const cases: [einheit: string, geheimhaltung: boolean | null, withheld: boolean][] = [
    ['Anzahl', null, true],
    ['anzahl', null, true],
    ['Anzahl Fälle', null, true],
    ['Personen', null, true],
    ['Fälle', null, true],
    ['Haushalte', null, true],
    ['Kinder', null, true],
    ['Bedarfsgemeinschaften', null, true],
    ['Kinder unter 15 Jahren', null, true],
    ['%', null, false],
    ['je 1.000 Einw.', null, false],
    ['je 100 Personen im Erwerbsalter', null, false],
    ['Personen je km²', null, false],
    ['Euro', null, false],
    ['Jahre', null, false],
    ['Anzahl', false, false],
    ['Personen', false, false],
    ['%', true, true],
    ['je 1.000 Einw.', true, true],
  ];
  it.each(cases)('einheit %j, geheimhaltung %j → withheld: %j', (einheit, geheimhaltung, withheld) => {
    const ind = { ...indikator('x', einheit), geheimhaltung };
    const s = store({ k: 10, a: 2, b: 8 }, ind);
    expect(s.cell('x', 'a', 2024)?.symbol === '*').toBe(withheld);
    expect(s.cell('x', 'a', 2024)?.wert).toBe(withheld ? null : 2);
  });
});
