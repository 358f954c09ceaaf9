/**
 * Rows of a CSV file of a known kind (gebiete, indikatoren, werte) → typed rows via the kind's zod schema.
 * Each failing field becomes a problem at its own line and column; a row with any error is left out, and its
 * `id` (if the kind has one) is returned in `rejectedIds` so references to it are not reported a second time.
 */
import type { z } from 'zod';
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import type { NumberRejection, NumberStyle } from '../numbers.ts';
import type { CsvRow } from '../read/csv.ts';
import type { CsvFile } from '../read/file.ts';
import type { FieldIssueCode } from '../schemas/fields.ts';
import { CappedProblems } from './capped.ts';
import { checkFieldCount, readHeader, type ExpectedColumns, type Header } from './header.ts';

/** A validated row: its data, and where each of its fields is (one object per row, no closures: files can be big). */
export class TypedRow<T> {
  readonly data: T;
  readonly line: number;
  readonly #file: string;
  readonly #row: CsvRow;
  readonly #index: ReadonlyMap<string, number>;

  constructor(data: T, file: string, row: CsvRow, index: ReadonlyMap<string, number>) {
    this.data = data;
    this.line = row.line;
    this.#file = file;
    this.#row = row;
    this.#index = index;
  }

  /** Location of a column's field in this row (the row start if the column is absent). */
  at(column: string): Location {
    const f = this.#row.fields[this.#index.get(column) ?? -1];
    return { file: this.#file, line: f?.line ?? this.#row.line, column: f?.column ?? 1 };
  }

  /** The field as written (trimmed). */
  text(column: string): string {
    return this.#row.fields[this.#index.get(column) ?? -1]?.value.trim() ?? '';
  }
}

function issueProblem(issue: z.core.$ZodIssue, at: Location, column: string, style: 'de' | 'en'): Problem {
  const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
  const value = String(params['value'] ?? '');
  switch (issue.message as FieldIssueCode) {
    case 'pflichtfeld-leer':
      return dataErrors.requiredEmpty(at, column);
    case 'id-ungueltig':
      return dataErrors.idInvalid(at, column, value);
    case 'jahr-ungueltig':
      return dataErrors.yearInvalid(at, value);
    case 'wert-keine-zahl':
      return dataErrors.notANumber(at, column, value, (params['style'] as NumberStyle | undefined) ?? style, (params['suggestion'] as string | null) ?? null);
    case 'zahl-nicht-darstellbar':
      return dataErrors.numberNotPublishable(at, column, value, params['reason'] as NumberRejection);
    case 'id-zu-lang':
      return dataErrors.idTooLong(at, column, Number(params['length']), Number(params['limit']));
    case 'richtung-ungueltig':
      return dataErrors.richtungInvalid(at, value);
    case 'nachkommastellen-ungueltig':
      return dataErrors.decimalsInvalid(at, value);
    case 'ja-nein-ungueltig':
      return dataErrors.yesNoInvalid(at, column, value);
    default:
      return dataErrors.invalid(at, column, value, issue.message);
  }
}

/** The outcome of one row: its typed data, or the problems that keep it out. */
export type RowResult<T> = { data: T; problems: null } | { data: null; problems: Problem[] };

/**
 * One row through the field count check and the kind's zod schema, each failing field reported at its own
 * line and column. `wanted`: the schema's columns that the header has.
 */
export function parseRow<S extends z.ZodObject>(csv: CsvFile, row: CsvRow, header: Header, schema: S, wanted: readonly string[]): RowResult<z.output<S>> {
  const countProblem = checkFieldCount(csv, row, header);
  if (countProblem) return { data: null, problems: [countProblem] };
  const record: Record<string, string> = {};
  for (const c of wanted) record[c] = row.fields[header.index.get(c) ?? -1]?.value ?? '';
  const result = schema.safeParse(record);
  if (result.success) return { data: result.data, problems: null };
  const failed = new TypedRow(null, csv.file, row, header.index);
  const problems = result.error.issues.map((issue) => {
    const column = String(issue.path[0] ?? '');
    return issueProblem(issue, failed.at(column), column, csv.numbers);
  });
  return { data: null, problems };
}

/** The schema's columns that the header has, in schema order. */
export function wantedColumns(columns: ExpectedColumns, header: Header): string[] {
  return [...columns.required, ...columns.optional].filter((c) => header.index.has(c));
}

export function validateRows<S extends z.ZodObject>(
  csv: CsvFile,
  schema: S,
  columns: ExpectedColumns,
): { rows: TypedRow<z.output<S>>[]; problems: Problem[]; rejectedIds: Set<string> } {
  const { header, problems: headerProblems } = readHeader(csv, columns);
  const problems = new CappedProblems();
  problems.push(...headerProblems);
  const rows: TypedRow<z.output<S>>[] = [];
  const rejectedIds = new Set<string>();
  if (!header) return { rows, problems: problems.list(), rejectedIds };
  const idText = (row: CsvRow) => row.fields[header.index.get('id') ?? -1]?.value.trim() ?? '';
  const wanted = wantedColumns(columns, header);
  for (const row of csv.rows) {
    const r = parseRow(csv, row, header, schema, wanted);
    if (r.problems) {
      problems.push(...r.problems);
      rejectedIds.add(idText(row));
      continue;
    }
    rows.push(new TypedRow(r.data, csv.file, row, header.index));
  }
  return { rows, problems: problems.list(), rejectedIds };
}
