/**
 * One process CSV (data/beteiligung, data/strategie, data/stellungnahmen) → typed rows with positions.
 * Encoding, dialect and field positions come from the data layer's reader (src/data/read/), the per-row zod
 * validation from its row validator (src/data/validate/rows.ts): the same rules and messages as all data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Location, Problem } from '../errors/problem.ts';
import { decode } from '../data/read/decode.ts';
import { normaliseLineEnds } from '../data/read/csv.ts';
import { readCsvFile, type CsvFile } from '../data/read/file.ts';
import { validateRows, type TypedRow } from '../data/validate/rows.ts';
import type { ExpectedColumns } from '../data/validate/header.ts';
import { relativeToProject, type ProjectPaths } from '../project.ts';

export interface ReadTable<T> {
  /** Path relative to the project, e.g. `data/beteiligung/termine.csv`. */
  file: string;
  csv: CsvFile | null;
  rows: TypedRow<T>[];
  /** Where the content of the field at `at` starts: one column later when the field is quoted. */
  contentAt(at: Location): Location;
}

/** Reads `file` (absolute) if it exists; a missing file gives an empty table and no problem. */
export function readTable<S extends z.ZodObject>(
  paths: ProjectPaths,
  file: string,
  schema: S,
  columns: ExpectedColumns,
  problems: Problem[],
): ReadTable<z.output<S>> {
  const rel = relativeToProject(paths, file);
  const none = { file: rel, csv: null, rows: [], contentAt: (at: Location) => at };
  if (!fs.existsSync(file)) return none;
  const bytes = fs.readFileSync(file);
  const r = readCsvFile(rel, bytes, columns.required);
  problems.push(...r.problems);
  if (!r.csv) return none;
  const v = validateRows(r.csv, schema, columns);
  problems.push(...v.problems);
  const decoded = decode(bytes);
  const lines = decoded.ok ? normaliseLineEnds(decoded.text).split('\n') : [];
  const contentAt = (at: Location): Location =>
    lines[at.line - 1]?.[at.column - 1] === '"' ? { ...at, column: at.column + 1 } : at;
  return { file: rel, csv: r.csv, rows: v.rows, contentAt };
}

/** All `.csv` files of a folder below data/, sorted by name (hidden and lock files left out). */
export function csvFilesIn(paths: ProjectPaths, folder: string): string[] {
  const dir = path.join(paths.data, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f) && !f.startsWith('.') && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}
