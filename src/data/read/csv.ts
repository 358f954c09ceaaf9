/**
 * CSV text → header and rows, every field with its line and column in the original file.
 * Parsing is csv-parse's job; this module adds the dialect (delimiter `,` or `;`, detected from the header line)
 * and the positions (csv-parse reports records, not where each field starts).
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { NumberStyle } from '../numbers.ts';
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS } from './limits.ts';
import { lineIndex } from './positions.ts';
import { CsvRecords } from './records.ts';

export type Delimiter = ',' | ';';

export interface CsvField {
  /** The field as written, unquoted but not trimmed. */
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  line: number;
  fields: CsvField[];
  /** Where the record ends (after its last character), for „a field is missing“ messages. */
  endLine: number;
  endColumn: number;
}

export interface CsvTable {
  delimiter: Delimiter;
  numbers: NumberStyle;
  header: CsvField[];
  /** The data rows (built on first use when `records` is there). */
  rows: CsvRow[];
  /**
   * For a text without quotes: all records (index 0 is the header) as offsets into the text, for readers of big
   * files that want no object per row (src/data/validate/werte.ts). `rows` holds the same records from index 1.
   */
  records?: CsvRecords;
}

export type CsvFailure =
  | { kind: 'quote'; line: number; column: number; lastLine: number }
  | { kind: 'long'; line: number; column: number; length: number | null; limit: number }
  | { kind: 'other'; line: number; column: number; detail: string };

/** The first field longer than MAX_FIELD_CHARS, as a failure (the file is not read on). */
function longField(rows: readonly CsvRow[]): CsvFailure | null {
  for (const row of rows) {
    for (const f of row.fields) {
      if (f.value.length > MAX_FIELD_CHARS) return { kind: 'long', line: f.line, column: f.column, length: f.value.length, limit: MAX_FIELD_CHARS };
    }
  }
  return null;
}

/** `;` if the first line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n' && (semicolons || commas)) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Offset after the field starting at `i`: after its closing quote (if quoted) up to the next delimiter or newline. */
function fieldEnd(text: string, i: number, delimiter: string): { end: number; closed: boolean } {
  let j = i;
  let closed = true;
  if (text[j] === '"') {
    closed = false;
    j++;
    while (j < text.length) {
      if (text[j] === '"') {
        if (text[j + 1] === '"') j += 2;
        else {
          j++;
          closed = true;
          break;
        }
      } else j++;
    }
  }
  while (j < text.length && text[j] !== delimiter && text[j] !== '\n') j++;
  return { end: j, closed };
}

/** Line numbers for increasing offsets, in one pass over the text (records arrive in order). */
function lineTracker(text: string) {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  return (offset: number): { line: number; column: number } => {
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/** The opening quote, from `start` on, that is never closed. */
function unclosedQuote(text: string, start: number, delimiter: string): number {
  let i = start;
  while (i < text.length) {
    const { end, closed } = fieldEnd(text, i, delimiter);
    if (!closed) return i;
    i = end + 1;
  }
  return start;
}

/**
 * Parses normalised text (LF line ends, no BOM). Rows whose fields are all empty (`;;;`) are left out.
 * A text without quotes takes the short way (records.ts) unless `parser` says `csv-parse` (tests compare both).
 */
export function parseCsvText(text: string, parser: 'auto' | 'csv-parse' = 'auto'): { table: CsvTable; failure: CsvFailure | null } {
  const delimiter = detectDelimiter(text);
  if (parser === 'auto' && !text.includes('"')) {
    const table = unquotedTable(text, delimiter);
    const long = table.records?.firstLongField(MAX_FIELD_CHARS);
    if (long) return { table, failure: { kind: 'long', ...long, limit: MAX_FIELD_CHARS } };
    const longest = table.records?.longestLine() ?? { line: 0, length: 0 };
    if (longest.length > MAX_RECORD_CHARS) return { table, failure: { kind: 'long', line: longest.line, column: 1, length: null, limit: MAX_RECORD_CHARS } };
    return { table, failure: null };
  }
  const at = lineIndex(text);
  const track = lineTracker(text);
  const records: CsvRow[] = [];
  let cursor = 0;
  let failure: CsvFailure | null = null;
  try {
    parse(text, {
      delimiter,
      max_record_size: MAX_RECORD_CHARS,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // With `raw: true` csv-parse passes `{ record, raw }`, which its typings do not know.
      on_record: (value: unknown) => {
        const { record, raw } = value as { record: string[]; raw: string };
        let start = text.startsWith(raw, cursor) ? cursor : text.indexOf(raw, cursor);
        cursor = start + raw.length;
        while (text[start] === '\n') start++;
        if (record.every((v) => v.trim() === '')) return null;
        const fields: CsvField[] = [];
        let i = start;
        for (const value of record) {
          const pos = track(i);
          fields.push({ value, line: pos.line, column: pos.column });
          const { end } = fieldEnd(text, i, delimiter);
          i = text[end] === delimiter ? end + 1 : end;
        }
        const end = track(i);
        const row = { line: fields[0]?.line ?? end.line, fields, endLine: end.line, endColumn: end.column };
        records.push(row);
        failure ??= longField([row]);
        return null;
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // A field over the limit was found first: that failure stands (the file is not read on).
    if (failure) return { table: emptyTable(delimiter), failure };
    const lastLine = at(text.trimEnd().length).line;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      const pos = at(unclosedQuote(text, cursor, delimiter));
      failure = { kind: 'quote', line: pos.line, column: pos.column, lastLine };
    } else if (err.code === 'CSV_MAX_RECORD_SIZE') {
      const pos = at(Math.min(text.length, cursor + (text[cursor] === '\n' ? 1 : 0)));
      failure = { kind: 'long', line: pos.line, column: pos.column, length: null, limit: MAX_RECORD_CHARS };
    } else {
      const pos = at(cursor);
      failure = { kind: 'other', line: pos.line, column: pos.column, detail: err.message };
    }
  }
  const [header, ...rows] = records;
  return {
    table: { delimiter, numbers: delimiter === ';' ? 'de' : 'en', header: header?.fields ?? [], rows },
    failure,
  };
}

function emptyTable(delimiter: Delimiter): CsvTable {
  return { delimiter, numbers: delimiter === ';' ? 'de' : 'en', header: [], rows: [] };
}

/** Without quotes a record is a line: no parser needed, and the rows are built only if someone asks for them. */
function unquotedTable(text: string, delimiter: Delimiter): CsvTable {
  const records = new CsvRecords(text, delimiter);
  let rows: CsvRow[] | null = null;
  const table = {
    delimiter,
    numbers: delimiter === ';' ? 'de' : 'en',
    header: records.length > 0 ? records.row(0).fields : [],
    records,
  } as CsvTable;
  Object.defineProperty(table, 'rows', {
    enumerable: true,
    get: () => (rows ??= Array.from({ length: Math.max(0, records.length - 1) }, (_, i) => records.row(i + 1))),
  });
  return table;
}

/** Windows (CRLF) and old Mac (CR) line ends become LF; columns are unaffected since CR ends a line. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
