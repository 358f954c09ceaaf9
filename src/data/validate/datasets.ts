/**
 * Free datasets: any other CSV below data/ (e.g. `data/frei/kita-plaetze.csv` → `frei/kita-plaetze`).
 * Columns are typed by their content: a column of numbers (table symbols and empty cells allowed) is numeric;
 * a stray non-number in a mostly numeric column is an error, since a chart would otherwise drop or misplace it.
 */
import { dataErrors, SHOWN_PER_CAUSE } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { hasLeadingZero, parseNumber, type NumberRejection, type NumberStyle } from '../numbers.ts';
import type { CsvFile } from '../read/file.ts';
import type { CsvField } from '../read/csv.ts';
import { closest } from '../similar.ts';
import { parseSymbol } from '../symbols.ts';
import type { Dataset, Gebiet } from '../types.ts';
import { CappedProblems } from './capped.ts';
import { decideDecimal } from './decimal.ts';
import { checkFieldCount, readHeader } from './header.ts';

/** Columns that hold names or keys, never numbers, whatever they look like. */
const TEXT_COLUMNS = new Set(['id', 'gebiet', 'name', 'titel', 'bezeichnung', 'indikator', 'hinweis', 'quelle', 'ags', 'schluessel']);

type Kind =
  | { type: 'empty' }
  | { type: 'symbol'; value: string }
  | { type: 'number'; value: number }
  | { type: 'unpublishable'; reason: NumberRejection }
  | { type: 'text'; suggestion: string | null };

function classify(text: string, style: NumberStyle): Kind {
  const t = text.trim();
  if (t === '') return { type: 'empty' };
  const symbol = parseSymbol(t);
  if (symbol) return { type: 'symbol', value: symbol };
  const n = parseNumber(t, style);
  if (n.ok) return { type: 'number', value: n.value };
  return n.reason ? { type: 'unpublishable', reason: n.reason } : { type: 'text', suggestion: n.suggestion };
}

/** Whether a column is one of numbers: mostly numbers in either style (too long or `-0` count as meant numbers). */
function looksNumeric(kinds: readonly Kind[]): boolean {
  let numbers = 0;
  let texts = 0;
  for (const k of kinds) {
    if (k.type === 'number' || k.type === 'unpublishable') numbers++;
    else if (k.type === 'text') texts++;
  }
  return numbers > 0 && numbers > texts;
}

export function validateDataset(csv: CsvFile, name: string, gebiete: ReadonlyMap<string, Gebiet>): { dataset: Dataset | null; problems: Problem[] } {
  const { header, problems: headerProblems } = readHeader(csv, null);
  const problems = new CappedProblems();
  problems.push(...headerProblems);
  if (!header) return { dataset: null, problems: problems.list() };
  const rows = csv.rows.filter((row) => {
    const p = checkFieldCount(csv, row, header);
    if (p) problems.add(p);
    return !p;
  });
  const columns = [...header.index.keys()];
  const numeric: string[] = [];
  const out: Record<string, string | number | null>[] = rows.map(() => ({}));
  for (const column of columns) {
    const i = header.index.get(column) ?? -1;
    const fields = rows.map((r) => r.fields[i]);
    const textColumn = TEXT_COLUMNS.has(column.toLowerCase()) || fields.some((f) => f && hasLeadingZero(f.value));
    let style: NumberStyle = csv.decimal ?? csv.numbers;
    let undecided = false;
    let conflicts: ReadonlySet<number> = new Set();
    let conflict: ((r: number) => Problem) | null = null;
    if (!textColumn) {
      const value = (r: number) => fields[r]?.value ?? '';
      const at = (r: number): Location => {
        const f = fields[r];
        return f ? fieldAt(csv, f) : { file: csv.file, line: rows[r]?.line ?? 1, column: 1 };
      };
      const d = decideDecimal(csv, column, fields.length, value, at);
      if (d.problem) {
        // Only a column of numbers needs its separator; a text column with `1.2` in it stays text.
        const either = fields.map((f) => {
          const k = classify(f?.value ?? '', 'de');
          return k.type === 'text' ? classify(f?.value ?? '', 'en') : k;
        });
        if (looksNumeric(either)) problems.add(d.problem);
        undecided = true;
      } else {
        style = d.style;
        conflicts = d.conflicts;
        conflict = d.conflict;
      }
    }
    const kinds = fields.map((f) => classify(f?.value ?? '', style));
    const isNumeric = !textColumn && !undecided && looksNumeric(kinds);
    if (isNumeric) numeric.push(column);
    kinds.forEach((k, r) => {
      const f = fields[r];
      const row = out[r];
      if (!row) return;
      if (!isNumeric || k.type === 'text' || k.type === 'unpublishable') row[column] = k.type === 'empty' ? null : (f?.value.trim() ?? null);
      else row[column] = k.type === 'empty' ? null : k.value;
      if (isNumeric && conflict && conflicts.has(r)) {
        problems.add(conflict(r));
        row[column] = null;
        return;
      }
      if (isNumeric && k.type === 'text' && f) {
        problems.add(dataErrors.notANumber(fieldAt(csv, f), column, f.value.trim(), style, k.suggestion));
      }
      if (isNumeric && k.type === 'unpublishable' && f) {
        problems.add(dataErrors.numberNotPublishable(fieldAt(csv, f), column, f.value.trim(), k.reason));
      }
    });
  }
  problems.push(...unknownGebiete(csv, header.index.get('gebiet'), rows.map((r) => r.fields), gebiete));
  return { dataset: { name, file: csv.file, columns, rows: out, numericColumns: numeric }, problems: problems.list() };
}

function fieldAt(csv: CsvFile, f: CsvField): Location {
  return { file: csv.file, line: f.line, column: f.column };
}

/** A `gebiet` column should name known Gebiete; maps and charts cannot place the others (warning). */
function unknownGebiete(csv: CsvFile, column: number | undefined, rows: CsvField[][], gebiete: ReadonlyMap<string, Gebiet>): Problem[] {
  if (column === undefined || gebiete.size === 0) return [];
  const unknown = new Map<string, { at: Location; others: number }>();
  for (const fields of rows) {
    const f = fields[column];
    const id = f?.value.trim() ?? '';
    if (!f || id === '' || gebiete.has(id)) continue;
    const u = unknown.get(id);
    if (u) u.others++;
    else unknown.set(id, { at: fieldAt(csv, f), others: 0 });
  }
  let suggested = 0;
  return [...unknown].map(([id, u]) => dataErrors.datasetGebietUnknown(u.at, id, suggested++ < SHOWN_PER_CAUSE ? closest(id, gebiete.keys()) : null, u.others));
}
