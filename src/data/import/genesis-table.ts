/**
 * A table as GENESIS-Online, the Regionaldatenbank Deutschland and the Landesämter export it („Werteabruf“ → CSV):
 *
 *   GENESIS-Tabelle: 12411-01-01-4                      metadata: one field a line (code, title, depth, statistic, unit)
 *   Bevölkerung nach Geschlecht - Stichtag 31.12. -
 *   ;;Stichtag                                          2–4 header rows over the value columns; a text stands
 *   ;;31.12.2018                                        for every column to its right until the next one
 *   ;;Insgesamt;männlich;weiblich
 *   DG;Deutschland;83019213;41037613;41981600           data: key, name (indented), values or symbols
 *   16051;      Erfurt, krfr. Stadt;213981;…
 *   __________                                          footer: notes (quoted, several lines), licence, „Stand: …“
 *
 * Also with the date in the first column (`31.12.2018;16051;Erfurt;…`). Keys of any length may follow each other:
 * the hierarchy is only in the key's length and the name's indentation, which this reader does not need.
 */
import { importErrors } from '../../errors/import.ts';
import type { Problem } from '../../errors/problem.ts';
import { CappedProblems } from '../validate/capped.ts';
import { cellText, type Grid, type GridCell } from './grid.ts';
import { looksLikeKey } from './keys.ts';
import { yearOf, type RawValue, type ReaderResult } from './types.ts';

interface Layout {
  dateColumn: number;
  keyColumn: number;
  nameColumn: number;
  valueStart: number;
}

const FOOTER = /^_{3,}/;
const VALUE = /^(?:[+-]?[\d.,]+|[-–.x/*]|\.\.\.|…)\s*[a-zA-Z]?$/;

function layoutOf(row: readonly GridCell[]): Layout | null {
  const has = (from: number) => row.slice(from).some((c) => VALUE.test(c.value.trim()));
  if (yearOf(cellText(row, 0)) !== null && looksLikeKey(cellText(row, 1)) && has(3)) return { dateColumn: 0, keyColumn: 1, nameColumn: 2, valueStart: 3 };
  if (looksLikeKey(cellText(row, 0)) && has(2)) return { dateColumn: -1, keyColumn: 0, nameColumn: 1, valueStart: 2 };
  return null;
}

export function readGenesisTable(grid: Grid): ReaderResult {
  const { rows, file } = grid;
  const problems: Problem[] = [];
  const footer = rows.findIndex((r) => FOOTER.test(cellText(r, 0)));
  const end = footer < 0 ? rows.length : footer;
  let first = -1;
  let layout: Layout | null = null;
  for (let r = 0; r < end && !layout; r++) {
    layout = layoutOf(rows[r] ?? []);
    if (layout) first = r;
  }
  if (!layout) {
    problems.push(importErrors.noDataRows({ file, line: 1, column: 1 }, 'genesis-tabelle'));
    return { values: [], problems, style: null, labels: [] };
  }
  const { dateColumn, keyColumn, nameColumn, valueStart } = layout;
  // Header rows: directly above the first data row, with text over the value columns.
  let top = first;
  while (top > 0 && (rows[top - 1] ?? []).slice(valueStart).some((c) => c.value.trim() !== '')) top--;
  const headerRows = rows.slice(top, first);
  const width = Math.max(0, ...rows.slice(first, end).map((r) => r.length));
  const columnLabels: string[][] = [];
  const columnYear: (number | null)[] = [];
  for (let c = valueStart; c < width; c++) {
    const labels: string[] = [];
    let year: number | null = null;
    for (const h of headerRows) {
      let k = c;
      while (k >= valueStart && cellText(h, k) === '') k--;
      const text = k >= valueStart ? cellText(h, k) : '';
      if (!text) continue;
      const y = yearOf(text);
      if (y !== null) year = y;
      else labels.push(text);
    }
    columnLabels[c] = labels;
    columnYear[c] = year;
  }
  const values: RawValue[] = [];
  const skipped = new CappedProblems();
  for (let r = first; r < end; r++) {
    const row = rows[r] ?? [];
    const key = cellText(row, keyColumn);
    if (!looksLikeKey(key)) {
      if (row.filter((c) => c.value.trim() !== '').length <= 1) continue; // a note or the licence line
      skipped.add(importErrors.rowNotData({ file, line: row[0]?.line ?? 0, column: 1 }, row.map((c) => c.value.trim()).filter(Boolean).join(' ').slice(0, 60)));
      continue;
    }
    const keyCell = row[keyColumn];
    const rowYear = dateColumn >= 0 ? yearOf(cellText(row, dateColumn)) : null;
    for (let c = valueStart; c < row.length; c++) {
      const cell = row[c];
      const labels = columnLabels[c];
      if (!cell || !labels) continue;
      values.push({
        labels,
        dims: labels,
        gebiet: key,
        name: cellText(row, nameColumn),
        gebietAt: { file, line: keyCell?.line ?? 0, column: keyCell?.column ?? 1 },
        jahr: rowYear ?? columnYear[c] ?? null,
        text: cell.value.trim(),
        at: { file, line: cell.line, column: cell.column },
      });
    }
  }
  problems.push(...skipped.list());
  const labels = [...new Set(columnLabels.flat().filter(Boolean))];
  return { values, problems, style: null, labels };
}
