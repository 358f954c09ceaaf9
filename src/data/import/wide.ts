/**
 * A table as planners keep it in Excel: one row per area, one column per year. The first column that is not a
 * year names the area (official key, id from data/gebiete or its exact name); the texts of other such columns
 * (e.g. „Merkmal“) and of title lines above the header can be chosen with `spalte`.
 *
 *   Arbeitslosenquote in %
 *   Gebiet;2021;2022;2023
 *   16099001;6,1;5,9;5,7
 */
import { cellText, type Grid } from './grid.ts';
import { yearOf, type RawValue, type ReaderResult } from './types.ts';

const YEAR = /^\s*\d{4}\s*$/;

export function readWide(grid: Grid): ReaderResult {
  const { rows, file } = grid;
  const h = rows.findIndex((r) => r.filter((c) => YEAR.test(c.value) && yearOf(c.value) !== null).length >= 2);
  const header = rows[h] ?? [];
  const isYear = header.map((c) => YEAR.test(c.value) && yearOf(c.value) !== null);
  const textColumns = header.map((_, i) => i).filter((i) => !isYear[i]);
  const gebietColumn = textColumns[0] ?? 0;
  const titles = rows.slice(0, Math.max(h, 0)).flatMap((r) => r.map((c) => c.value.trim()).filter(Boolean));
  const labels = new Set<string>(titles);
  const values: RawValue[] = [];
  for (const row of rows.slice(h + 1)) {
    const keyCell = row[gebietColumn];
    const rowLabels = [...titles, ...textColumns.slice(1).map((k) => cellText(row, k)).filter(Boolean)];
    for (const l of rowLabels) labels.add(l);
    isYear.forEach((year, c) => {
      const cell = row[c];
      if (!year || !cell) return;
      values.push({
        labels: rowLabels,
        dims: rowLabels,
        gebiet: cellText(row, gebietColumn),
        name: cellText(row, textColumns[1] ?? gebietColumn),
        gebietAt: { file, line: keyCell?.line ?? 0, column: keyCell?.column ?? 1 },
        jahr: yearOf(cellText(header, c)),
        text: cell.value.trim(),
        at: { file, line: cell.line, column: cell.column },
      });
    });
  }
  return { values, problems: [], style: null, labels: [...labels] };
}
