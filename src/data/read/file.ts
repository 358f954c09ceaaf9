/**
 * One CSV file of the planners → a table with positions, or problems saying why it cannot be read
 * (empty, not text, an unclosed quote). Encoding and dialect need no configuration.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Problem } from '../../errors/problem.ts';
import { decode, type Encoding } from './decode.ts';
import { normaliseLineEnds, parseCsvText, type CsvTable } from './csv.ts';

export interface CsvFile extends CsvTable {
  /** Path relative to the project root, e.g. `data/werte/arbeit.csv`. */
  file: string;
  encoding: Encoding;
}

/**
 * @param file path relative to the project root, for messages
 * @param expected the columns a header should have, for the „Datei ist leer“ hint
 */
export function readCsvFile(file: string, bytes: Uint8Array, expected: readonly string[]): { csv: CsvFile | null; problems: Problem[] } {
  const whole = { file, line: 0, column: 0 };
  const decoded = decode(bytes);
  if (!decoded.ok) return { csv: null, problems: [dataErrors.fileUnreadable(whole, decoded.reason, expected)] };
  const { table, failure } = parseCsvText(normaliseLineEnds(decoded.text));
  const problems: Problem[] = [];
  if (failure?.kind === 'quote') {
    problems.push(dataErrors.quoteNotClosed({ file, line: failure.line, column: failure.column }, failure.lastLine));
  } else if (failure) {
    problems.push(dataErrors.csvUnreadable({ file, line: failure.line, column: 0 }, failure.detail));
  }
  if (table.header.length === 0) {
    if (!failure) problems.push(dataErrors.fileUnreadable(whole, 'leer', expected));
    return { csv: null, problems };
  }
  const rowCount = table.records ? table.records.length - 1 : table.rows.length;
  if (rowCount === 0 && !failure) problems.push(dataErrors.noRows({ file, line: 1, column: 0 }));
  // Assigned, not spread: `rows` may be built on first use (see CsvTable.records).
  return { csv: Object.assign(table, { file, encoding: decoded.encoding }), problems };
}
