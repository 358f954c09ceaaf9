/**
 * The header line of a CSV file: which column is where, and whether the required ones are there.
 * Also the per-row field count check, shared by all kinds of CSV.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import type { CsvFile } from '../read/file.ts';
import type { CsvRow } from '../read/csv.ts';
import { closest } from '../similar.ts';
import { CappedProblems } from './capped.ts';

export interface Header {
  /** Column name → index of the field in each row. Unnamed columns are left out. */
  index: Map<string, number>;
  /** Names in file order (empty string for unnamed columns). */
  names: string[];
}

export interface ExpectedColumns {
  required: readonly string[];
  optional: readonly string[];
}

const loc = (csv: CsvFile, line: number, column: number): Location => ({ file: csv.file, line, column });

/**
 * Reads the header. With `expected`, names are matched case-insensitively, unknown ones warned about and
 * missing required ones reported (then `header` is null: the rows cannot be read).
 */
export function readHeader(csv: CsvFile, expected: ExpectedColumns | null): { header: Header | null; problems: Problem[] } {
  const problems = new CappedProblems();
  const names = csv.header.map((f) => (expected ? f.value.trim().toLowerCase() : f.value.trim()));
  const index = new Map<string, number>();
  let duplicate = false;
  const filled = unnamedWithValues(csv, names);
  names.forEach((name, i) => {
    const f = csv.header[i];
    if (!f) return;
    if (name === '') {
      if (filled.has(i)) problems.push(dataErrors.columnUnnamed(loc(csv, f.line, f.column)));
      return;
    }
    const first = index.get(name);
    if (first !== undefined) {
      problems.push(dataErrors.columnDuplicate(loc(csv, f.line, f.column), name, first + 1));
      duplicate = true;
      return;
    }
    index.set(name, i);
    // A single column means the delimiter is wrong; „spalte-fehlt“ says so, a warning about the name would be noise.
    const oneColumn = names.length === 1 && (expected?.required.length ?? 0) > 1;
    if (expected && !oneColumn && !expected.required.includes(name) && !expected.optional.includes(name)) {
      const all = [...expected.required, ...expected.optional];
      problems.push(dataErrors.columnUnknown(loc(csv, f.line, f.column), name, all, closest(name, all)));
    }
  });
  if (expected) {
    const missing = expected.required.filter((c) => !index.has(c));
    if (missing.length) {
      const first = csv.header[0];
      problems.push(dataErrors.columnsMissing(loc(csv, first?.line ?? 1, 1), missing, names.filter(Boolean), expected.required, expected.optional));
      return { header: null, problems: problems.list() };
    }
  }
  return { header: duplicate ? null : { index, names }, problems: problems.list() };
}

/** Columns without a name that have a value in some row: one pass over all fields. */
function unnamedWithValues(csv: CsvFile, names: readonly string[]): Set<number> {
  const filled = new Set<number>();
  if (!names.includes('')) return filled;
  for (const row of csv.rows) {
    const n = Math.min(row.fields.length, names.length);
    for (let k = 0; k < n; k++) if (names[k] === '' && (row.fields[k]?.value.trim() ?? '') !== '') filled.add(k);
  }
  return filled;
}

/**
 * Whether a row has as many fields as the header. Strict, even for extra empty fields: `12,3,` in a `,` file
 * would otherwise silently become the value 12 with the note „3“. In a `,` file, one field too many next to
 * `12,3`-like neighbours is most likely a decimal comma, which the hint says.
 */
export function checkFieldCount(csv: CsvFile, row: CsvRow, header: Header): Problem | null {
  const want = header.names.length;
  const got = row.fields.length;
  if (got === want) return null;
  // Only the first names are shown (a header may have 100,000 columns, and every bad row says this).
  const columns = header.names.slice(0, 10).map((n, i) => n || `(Spalte ${i + 1})`);
  let decimal: { value: string; suggestion: string } | null = null;
  let decimalAt: number | null = null;
  if (csv.delimiter === ',' && got === want + 1) {
    for (let i = 0; i + 1 < got; i++) {
      const a = row.fields[i]?.value.trim() ?? '';
      const b = row.fields[i + 1]?.value.trim() ?? '';
      if (/^-?\d+$/.test(a) && /^\d+$/.test(b) && !/^(19|20)\d\d$/.test(a)) {
        decimal = { value: `${a},${b}`, suggestion: `${a}.${b}` };
        decimalAt = i;
        break;
      }
    }
  }
  const at = decimalAt !== null ? row.fields[decimalAt] : got > want ? row.fields[want] : null;
  return dataErrors.fieldCount(
    loc(csv, at?.line ?? row.endLine, at?.column ?? row.endColumn),
    got,
    columns,
    want,
    csv.delimiter,
    decimal,
  );
}
