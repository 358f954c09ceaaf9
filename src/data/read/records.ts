/**
 * Records of a CSV text without any quote character, kept as offsets into the text: no object per row or field.
 * Most planners' value files are like this, and they are the big ones (hundreds of thousands of rows).
 * Such a text needs no CSV parser: a record is a non-empty line, its fields are split at the delimiter; the
 * result is exactly what csv-parse gives for it (src/data/read/csv.ts uses csv-parse for everything else).
 * Positions (line:column) are computed only when asked for, i.e. when there is something to report.
 */
import type { CsvField, CsvRow, Delimiter } from './csv.ts';

export class CsvRecords {
  readonly text: string;
  readonly delimiter: Delimiter;
  /** Offset of each record's first character and its 1-based line number (records in file order). */
  readonly #starts: number[] = [];
  readonly #lines: number[] = [];

  constructor(text: string, delimiter: Delimiter) {
    this.text = text;
    this.delimiter = delimiter;
    const d = delimiter.charCodeAt(0);
    let line = 1;
    for (let start = 0; start < text.length; line++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (end > start && !blank(text, start, end, d)) {
        this.#starts.push(start);
        this.#lines.push(line);
      }
      start = end + 1;
    }
  }

  /** The longest record's line and length (characters). */
  longestLine(): { line: number; length: number } {
    let best = { line: 0, length: 0 };
    for (let i = 0; i < this.#starts.length; i++) {
      const start = this.#starts[i] ?? 0;
      const end = this.text.indexOf('\n', start);
      const length = (end === -1 ? this.text.length : end) - start;
      if (length > best.length) best = { line: this.#lines[i] ?? 0, length };
    }
    return best;
  }

  /** The first field longer than `chars`, found without splitting records into objects (a line may have millions of fields). */
  firstLongField(chars: number): { line: number; column: number; length: number } | null {
    const text = this.text;
    for (let i = 0; i < this.#starts.length; i++) {
      const start = this.#starts[i] ?? 0;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (end - start <= chars) continue;
      for (let from = start; from <= end; ) {
        let to = text.indexOf(this.delimiter, from);
        if (to === -1 || to > end) to = end;
        if (to - from > chars) return { line: this.#lines[i] ?? 0, column: from - start + 1, length: to - from };
        from = to + 1;
      }
    }
    return null;
  }

  get length(): number {
    return this.#starts.length;
  }

  line(i: number): number {
    return this.#lines[i] ?? 0;
  }

  /**
   * Splits record `i` into `values`; `offsets[k]` is where field k starts in the text. Both are reused
   * between calls (the caller copies what it keeps). Returns the number of fields.
   */
  split(i: number, values: string[], offsets: number[]): number {
    const text = this.text;
    const start = this.#starts[i] ?? 0;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let n = 0;
    let from = start;
    for (;;) {
      let to = text.indexOf(this.delimiter, from);
      if (to === -1 || to > end) to = end;
      values[n] = text.slice(from, to);
      offsets[n] = from;
      n++;
      if (to === end) break;
      from = to + 1;
    }
    values.length = n;
    offsets.length = n;
    return n;
  }

  /** Field `k` of record `i` (empty if the record has fewer fields), without splitting the others. */
  field(i: number, k: number): string {
    const text = this.text;
    const start = this.#starts[i] ?? 0;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let from = start;
    for (let n = 0; n < k; n++) {
      const to = text.indexOf(this.delimiter, from);
      if (to === -1 || to >= end) return '';
      from = to + 1;
    }
    let to = text.indexOf(this.delimiter, from);
    if (to === -1 || to > end) to = end;
    return text.slice(from, to);
  }

  /** Column (1-based) of an offset in record `i`. */
  column(i: number, offset: number): number {
    return offset - (this.#starts[i] ?? 0) + 1;
  }

  /** Record `i` with the position of every field, as the CSV reader gives it. */
  row(i: number): CsvRow {
    const values: string[] = [];
    const offsets: number[] = [];
    const n = this.split(i, values, offsets);
    const line = this.line(i);
    const fields: CsvField[] = [];
    for (let k = 0; k < n; k++) fields.push({ value: values[k] ?? '', line, column: this.column(i, offsets[k] ?? 0) });
    const last = n - 1;
    const endColumn = this.column(i, (offsets[last] ?? 0) + (values[last]?.length ?? 0));
    return { line, fields, endLine: line, endColumn };
  }
}

/** Whether text[start, end) has only delimiters and white space (an Excel leftover such as `;;;`). */
function blank(text: string, start: number, end: number, delimiter: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== delimiter && c !== 32 && c !== 9 && !isSpace(c)) return false;
  }
  return true;
}

/** What String.prototype.trim removes, besides space and tab. */
function isSpace(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
