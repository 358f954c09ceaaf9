/**
 * Free datasets: any other CSV below data/ (e.g. `data/frei/kita-plaetze.csv` → `frei/kita-plaetze`).
 * Columns are typed by their content: a column of numbers (table symbols and empty cells allowed) is numeric;
 * a stray non-number in a mostly numeric column is an error, since a chart would otherwise drop or misplace it.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { hasLeadingZero, parseNumber } from '../numbers.ts';
import type { CsvFile } from '../read/file.ts';
import type { CsvField } from '../read/csv.ts';
import { closest } from '../similar.ts';
import { parseSymbol } from '../symbols.ts';
import type { Dataset, Gebiet } from '../types.ts';
import { checkFieldCount, readHeader } from './header.ts';

/** Columns that hold names or keys, never numbers, whatever they look like. */
const TEXT_COLUMNS = new Set(['id', 'gebiet', 'name', 'titel', 'bezeichnung', 'indikator', 'hinweis', 'quelle', 'ags', 'schluessel']);

type Kind = { type: 'empty' } | { type: 'symbol'; value: string } | { type: 'number'; value: number } | { type: 'text'; suggestion: string | null };

function classify(text: string, style: 'de' | 'en'): Kind {
  const t = text.trim();
  if (t === '') return { type: 'empty' };
  const symbol = parseSymbol(t);
  if (symbol) return { type: 'symbol', value: symbol };
  const n = parseNumber(t, style);
  return n.ok ? { type: 'number', value: n.value } : { type: 'text', suggestion: n.suggestion };
}

export function validateDataset(csv: CsvFile, name: string, gebiete: ReadonlyMap<string, Gebiet>): { dataset: Dataset | null; problems: Problem[] } {
  const { header, problems } = readHeader(csv, null);
  if (!header) return { dataset: null, problems };
  const rows = csv.rows.filter((row) => {
    const p = checkFieldCount(csv, row, header);
    if (p) problems.push(p);
    return !p;
  });
  const columns = [...header.index.keys()];
  const numeric: string[] = [];
  const out: Record<string, string | number | null>[] = rows.map(() => ({}));
  for (const column of columns) {
    const i = header.index.get(column) ?? -1;
    const fields = rows.map((r) => r.fields[i]);
    const kinds = fields.map((f) => classify(f?.value ?? '', csv.numbers));
    const numbers = kinds.filter((k) => k.type === 'number').length;
    const texts = kinds.filter((k) => k.type === 'text').length;
    const isNumeric =
      !TEXT_COLUMNS.has(column.toLowerCase()) && numbers > 0 && numbers > texts && !fields.some((f) => f && hasLeadingZero(f.value));
    if (isNumeric) numeric.push(column);
    kinds.forEach((k, r) => {
      const f = fields[r];
      const row = out[r];
      if (!row) return;
      if (!isNumeric || k.type === 'text') row[column] = k.type === 'empty' ? null : (f?.value.trim() ?? null);
      else row[column] = k.type === 'empty' ? null : k.value;
      if (isNumeric && k.type === 'text' && f) {
        problems.push(dataErrors.notANumber(fieldAt(csv, f), column, f.value.trim(), csv.numbers, k.suggestion));
      }
    });
  }
  problems.push(...unknownGebiete(csv, header.index.get('gebiet'), rows.map((r) => r.fields), gebiete));
  return { dataset: { name, file: csv.file, columns, rows: out, numericColumns: numeric }, problems };
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
  return [...unknown].map(([id, u]) => dataErrors.datasetGebietUnknown(u.at, id, closest(id, gebiete.keys()), u.others));
}
