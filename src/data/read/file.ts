/**
 * One CSV file of the planners → a table with positions, or problems saying why it cannot be read
 * (too large, empty, not text, a damaged UTF-8 byte, an unclosed quote, a field too long). Encoding and dialect
 * need no configuration; the decimal separator is decided per column (src/data/validate/decimal.ts), and only
 * when that is ambiguous does a settings file (`<datei>.einstellungen.yaml`) say which.
 * Every problem has a line and column: the real position, or line 1 column 1 when the whole file is meant.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import type { NumberStyle } from '../numbers.ts';
import { decode, type Encoding } from './decode.ts';
import { normaliseLineEnds, parseCsvText, type CsvTable } from './csv.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { readSettings } from './settings.ts';

export interface CsvFile extends CsvTable {
  /** Path relative to the project root, e.g. `data/werte/arbeit.csv`. */
  file: string;
  encoding: Encoding;
  /** The decimal style the file's settings fix for every number column, or null: decided per column. */
  decimal: NumberStyle | null;
}

/** The file's settings file, if it has one: path relative to the project root, and its bytes. */
export interface SettingsSource {
  file: string;
  bytes: Uint8Array;
}

/**
 * The file's text, or the problem of a whole file that cannot be read (too large, not text, a damaged byte),
 * at the byte that shows it or at line 1 column 1. Shared with GeoJSON (src/data/validate/geo.ts).
 */
export function decodeFile(file: string, bytes: Uint8Array, expected: readonly string[]): { text: string; encoding: Encoding } | { problem: Problem } {
  const first: Location = { file, line: 1, column: 1 };
  if (bytes.length > MAX_FILE_BYTES) return { problem: dataErrors.fileTooLarge(first, bytes.length, MAX_FILE_BYTES) };
  const decoded = decode(bytes);
  if (decoded.ok) return decoded;
  const at = decoded.at ? { file, line: decoded.at.line, column: decoded.at.column } : first;
  if (decoded.reason === 'utf8') return { problem: dataErrors.utf8Invalid(at, decoded.at.byte, decoded.at.offset, decoded.others) };
  return { problem: dataErrors.fileUnreadable(at, decoded.reason, expected) };
}

/**
 * @param file path relative to the project root, for messages
 * @param expected the columns a header should have, for the „Datei ist leer“ hint
 * @param settings the file's `.einstellungen.yaml`, if there is one
 */
export function readCsvFile(
  file: string,
  bytes: Uint8Array,
  expected: readonly string[],
  settings: SettingsSource | null = null,
): { csv: CsvFile | null; problems: Problem[] } {
  const first: Location = { file, line: 1, column: 1 };
  const decoded = decodeFile(file, bytes, expected);
  if ('problem' in decoded) return { csv: null, problems: [decoded.problem] };
  const problems: Problem[] = [];
  let decimal: NumberStyle | null = null;
  if (settings) {
    const s = readSettings(settings.file, settings.bytes);
    problems.push(...s.problems);
    if (s.problems.length) return { csv: null, problems };
    decimal = s.decimal;
  }
  const { table, failure } = parseCsvText(normaliseLineEnds(decoded.text));
  if (failure?.kind === 'quote') {
    problems.push(dataErrors.quoteNotClosed({ file, line: failure.line, column: failure.column }, failure.lastLine));
  } else if (failure?.kind === 'long') {
    problems.push(dataErrors.fieldTooLong({ file, line: failure.line, column: failure.column }, failure.length, failure.limit));
    return { csv: null, problems };
  } else if (failure) {
    problems.push(dataErrors.csvUnreadable({ file, line: failure.line, column: failure.column }, failure.detail));
  }
  if (table.header.length === 0) {
    if (!failure) problems.push(dataErrors.fileUnreadable(first, 'leer', expected));
    return { csv: null, problems };
  }
  const rowCount = table.records ? table.records.length - 1 : table.rows.length;
  if (rowCount === 0 && !failure) problems.push(dataErrors.noRows({ file, line: table.header[0]?.line ?? 1, column: 1 }));
  // Assigned, not spread: `rows` may be built on first use (see CsvTable.records).
  return { csv: Object.assign(table, { file, encoding: decoded.encoding, decimal }), problems };
}
