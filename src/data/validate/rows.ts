/**
 * Rows of a CSV file of a known kind (gebiete, indikatoren, werte) → typed rows via the kind's zod schema.
 * Each failing field becomes a problem at its own line and column; a row with any error is left out, and its
 * `id` (if the kind has one) is returned in `rejectedIds` so references to it are not reported a second time.
 */
import type { z } from 'zod';
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import type { CsvRow } from '../read/csv.ts';
import type { CsvFile } from '../read/file.ts';
import type { FieldIssueCode } from '../schemas/fields.ts';
import { checkFieldCount, readHeader, type ExpectedColumns } from './header.ts';

export interface TypedRow<T> {
  data: T;
  line: number;
  /** Location of a column's field in this row (the row start if the column is absent). */
  at(column: string): Location;
  /** The field as written (trimmed). */
  text(column: string): string;
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
      return dataErrors.notANumber(at, column, value, style, (params['suggestion'] as string | null) ?? null);
    case 'richtung-ungueltig':
      return dataErrors.richtungInvalid(at, value);
    case 'nachkommastellen-ungueltig':
      return dataErrors.decimalsInvalid(at, value);
    default:
      return dataErrors.invalid(at, column, value, issue.message);
  }
}

export function validateRows<S extends z.ZodObject>(
  csv: CsvFile,
  schema: S,
  columns: ExpectedColumns,
): { rows: TypedRow<z.output<S>>[]; problems: Problem[]; rejectedIds: Set<string> } {
  const { header, problems } = readHeader(csv, columns);
  const rows: TypedRow<z.output<S>>[] = [];
  const rejectedIds = new Set<string>();
  if (!header) return { rows, problems, rejectedIds };
  const idText = (row: CsvRow) => row.fields[header.index.get('id') ?? -1]?.value.trim() ?? '';
  const wanted = [...columns.required, ...columns.optional].filter((c) => header.index.has(c));
  for (const row of csv.rows) {
    const countProblem = checkFieldCount(csv, row, header);
    if (countProblem) {
      problems.push(countProblem);
      rejectedIds.add(idText(row));
      continue;
    }
    const record: Record<string, string> = {};
    for (const c of wanted) record[c] = row.fields[header.index.get(c) ?? -1]?.value ?? '';
    const at = (column: string): Location => {
      const f = row.fields[header.index.get(column) ?? -1];
      return { file: csv.file, line: f?.line ?? row.line, column: f?.column ?? 1 };
    };
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.push(issueProblem(issue, at(column), column, csv.numbers));
      }
      rejectedIds.add(idText(row));
      continue;
    }
    rows.push({
      data: result.data,
      line: row.line,
      at,
      text: (column) => row.fields[header.index.get(column) ?? -1]?.value.trim() ?? '',
    });
  }
  return { rows, problems, rejectedIds };
}
