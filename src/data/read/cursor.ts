/**
 * The data rows of a CSV file, one at a time, without an object per row or field: for validators of big files.
 * Field values and positions of the current row live in reused arrays; `row(i)` builds the full CsvRow (with
 * every field's line:column) for the rare row that has something to report.
 */
import type { CsvRow } from './csv.ts';
import type { CsvFile } from './file.ts';

export interface RowCursor {
  /** Number of data rows (the header not counted). */
  readonly count: number;
  /** Field values of the row last loaded (untrimmed). Reused: copy what you keep. */
  readonly values: string[];
  /** Loads data row `i` into `values`; returns its number of fields. */
  load(i: number): number;
  /** Line of field `k` of the row last loaded (the row's first line if it has no such field). */
  line(k: number): number;
  /** Column of field `k` of the row last loaded (1 if it has no such field). */
  column(k: number): number;
  /** Field `k` of data row `i` as written ('' if the row has no such field); leaves `values` alone. */
  field(i: number, k: number): string;
  /** Data row `i` with all positions. */
  row(i: number): CsvRow;
}

export function rowCursor(csv: CsvFile): RowCursor {
  const records = csv.records;
  const values: string[] = [];
  if (records) {
    const offsets: number[] = [];
    let current = 0;
    return {
      count: Math.max(0, records.length - 1),
      values,
      load(i) {
        current = i + 1;
        return records.split(current, values, offsets);
      },
      line: () => records.line(current),
      column: (k) => (k < offsets.length ? records.column(current, offsets[k] ?? 0) : 1),
      field: (i, k) => records.field(i + 1, k),
      row: (i) => records.row(i + 1),
    };
  }
  const rows = csv.rows;
  let current: CsvRow | undefined;
  return {
    count: rows.length,
    values,
    load(i) {
      current = rows[i];
      const fields = current?.fields ?? [];
      values.length = fields.length;
      for (let k = 0; k < fields.length; k++) values[k] = fields[k]?.value ?? '';
      return fields.length;
    },
    line: (k) => current?.fields[k]?.line ?? current?.line ?? 0,
    column: (k) => current?.fields[k]?.column ?? 1,
    field: (i, k) => rows[i]?.fields[k]?.value ?? '',
    row: (i) => rows[i] ?? { line: 0, fields: [], endLine: 0, endColumn: 0 },
  };
}
