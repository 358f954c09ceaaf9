/**
 * The short ways for big value files give exactly what the general ones give: quote-free CSV read without
 * csv-parse (same fields, positions, skipped rows), and value rows checked without zod (same data; anything
 * doubtful left to the schema, which writes the message).
 */
import { describe, expect, it } from 'vitest';
import { normaliseLineEnds, parseCsvText } from '../../../src/data/read/csv.ts';
import type { NumberStyle } from '../../../src/data/numbers.ts';
import { wertRow } from '../../../src/data/schemas/werte.ts';
import { emptyWertRow, FAST_PATH_MATCHES_SCHEMA, fastWertRow, werteFields } from '../../../src/data/validate/werte-fast.ts';

const fieldsOf = (text: string, parser: 'auto' | 'csv-parse') => {
  const { table, failure } = parseCsvText(normaliseLineEnds(text), parser);
  return {
    failure,
    delimiter: table.delimiter,
    header: table.header,
    rows: table.rows.map((r) => ({ ...r, fields: [...r.fields] })),
  };
};

describe('CSV without quotes', () => {
  const texts = [
    'indikator;gebiet;jahr;wert;hinweis\nalq;hw;2024;5,8;\nalq;hw-nord;2023;1.234,5;vorläufig\n',
    'a,b,c\r\n1,2,3\r\n\r\n;;\r\n  \r\n4,,6,7\r\n8\r\n,\t,\u00a0\r\nMühlbach, 12 ,x',
    '\n\n  \nname;wert\n;\nA;1;\n',
    'eins\n',
    'a,b\n1,ab\u2028c\n',
  ];
  it.each(texts.map((t) => [JSON.stringify(t).slice(0, 40), t]))('%s: the same rows and positions as csv-parse', (_, text) => {
    const fast = parseCsvText(normaliseLineEnds(text)).table;
    expect(fast.records, 'the short way was taken').toBeDefined();
    expect(fieldsOf(text, 'auto')).toEqual(fieldsOf(text, 'csv-parse'));
  });
});

describe('value rows without zod', () => {
  const header = { index: new Map(['indikator', 'gebiet', 'jahr', 'wert', 'hinweis'].map((c, i) => [c, i])), names: ['indikator', 'gebiet', 'jahr', 'wert', 'hinweis'] };
  const known = (id: string) => ['alq', 'hw', 'hw-nord'].includes(id);
  const values = ['5,8', '5.8', '-3', '−3', '+4', '1.234,5', '1,234.5', '12', ' 7 ', '0', '-0', '007', '', '  ', '.', '...', '–', '-', 'x', 'X', '*', '/', '…', '12 %', 'abc', '1e3', '.5', '5.', '5,', '1.000', 'Infinity'];
  const years = ['2024', ' 2024 ', '1900', '2100', '1899', '2101', '20x4', '224', '02024', '２０２４'];
  const ids = ['alq', ' alq ', 'hw-nord', 'unbekannt', '', 'h w'];
  const hinweise = ['', ' ', 'vorläufig', ' geschätzt '];

  it('is on: it knows every column of the schema', () => {
    expect(FAST_PATH_MATCHES_SCHEMA).toBe(true);
  });

  it.each(['de', 'en'] as NumberStyle[])('accepts only what the schema accepts, with the same result (%s)', (style) => {
    const fields = werteFields(header);
    expect(fields).not.toBeNull();
    const schema = wertRow(style);
    let fast = 0;
    for (const wert of values)
      for (const jahr of years)
        for (const id of ids)
          for (const hinweis of hinweise) {
            const row = [id, 'hw', jahr, wert, hinweis];
            const out = emptyWertRow();
            if (!fastWertRow(row, fields!, style, known, known, out)) continue;
            fast++;
            const z = schema.safeParse({ indikator: row[0], gebiet: row[1], jahr: row[2], wert: row[3], hinweis: row[4] });
            expect(z.success, row.join('|')).toBe(true);
            expect(out, row.join('|')).toEqual(z.data);
          }
    // The common forms take the short way: plain and grouped numbers, symbols, empty cells, trimmed ids.
    expect(fast).toBeGreaterThan(300);
  });

  it('leaves unknown ids and bad cells to the schema', () => {
    const fields = werteFields(header)!;
    const out = emptyWertRow();
    expect(fastWertRow(['alq', 'hw', '2024', '5,8', ''], fields, 'de', known, known, out)).toBe(true);
    expect(out.wert).toEqual({ wert: 5.8, symbol: null, leer: false });
    expect(fastWertRow(['alq', 'xx', '2024', '5,8', ''], fields, 'de', known, known, out)).toBe(false);
    expect(fastWertRow(['alq', 'hw', '2024', '5.8', ''], fields, 'de', known, known, out)).toBe(false);
    expect(fastWertRow(['alq', 'hw', '1899', '5', ''], fields, 'de', known, known, out)).toBe(false);
  });
});
