/** The CSV reader: dialect, positions of every field (what error locations rest on), broken quotes. */
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/data/read/decode.ts';
import { normaliseLineEnds, parseCsvText } from '../../../src/data/read/csv.ts';

const parse = (text: string) => parseCsvText(normaliseLineEnds(text));

describe('dialect', () => {
  it('takes the delimiter from the header line', () => {
    expect(parse('a;b,c;d\n1;2;3\n').table.delimiter).toBe(';');
    expect(parse('a,b\n"1;2",3\n').table.delimiter).toBe(',');
    expect(parse('a;b\n').table.numbers).toBe('de');
  });

  it('decodes UTF-8 with BOM, Windows-1252, and recognises non-text', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa4]))).toEqual({ ok: true, text: 'aä', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0x61, 0xe4, 0x80]))).toEqual({ ok: true, text: 'aä€', encoding: 'windows-1252' });
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ ok: false, reason: 'xlsx' });
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ ok: false, reason: 'utf16' });
    expect(decode(new Uint8Array([0x0d, 0x0a, 0x20]))).toEqual({ ok: false, reason: 'leer' });
  });
});

describe('positions', () => {
  it('gives line and column of every field, across CRLF and quoted line breaks', () => {
    const { table } = parse('a;b;c\r\n1;"x\r\ny";3\r\n\r\n4;"5""";6\r\n');
    expect(table.header.map((f) => [f.value, f.line, f.column])).toEqual([
      ['a', 1, 1],
      ['b', 1, 3],
      ['c', 1, 5],
    ]);
    expect(table.rows.map((r) => r.fields.map((f) => [f.value, f.line, f.column]))).toEqual([
      [
        ['1', 2, 1],
        ['x\ny', 2, 3],
        ['3', 3, 4],
      ],
      [
        ['4', 5, 1],
        ['5"', 5, 3],
        ['6', 5, 9],
      ],
    ]);
  });

  it('counts columns in characters of the original line', () => {
    const { table } = parse('name,wert\nMühlbach,12\n');
    expect(table.rows[0]?.fields[1]).toEqual({ value: '12', line: 2, column: 10 });
  });

  it('leaves out rows that are only delimiters (Excel leftovers)', () => {
    expect(parse('a;b\n1;2\n;\n;;\n').table.rows).toHaveLength(1);
  });
});

describe('broken quotes', () => {
  it('an unclosed quote is located at the opening quote; earlier rows survive', () => {
    const { table, failure } = parse('a,b\n1,2\n3,"offen\n5,6\n');
    expect(failure).toEqual({ kind: 'quote', line: 3, column: 3, lastLine: 4 });
    expect(table.rows.map((r) => r.fields.map((f) => f.value))).toEqual([['1', '2']]);
  });

  it('a quote inside an unquoted field is kept as text', () => {
    const { table, failure } = parse('a,b\n1,ab"c\n');
    expect(failure).toBeNull();
    expect(table.rows[0]?.fields[1]?.value).toBe('ab"c');
  });
});
