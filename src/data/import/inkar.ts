/**
 * A table from INKAR (BBSR): UTF-8 with BOM, every cell quoted, two header rows — the indicator's name over each
 * of its columns, then the year — and one row per area with its 5-digit Kreis key (or 8-digit AGS):
 *
 *   "Kennziffer";"Raumeinheit";"Aggregat";"Arbeitslosenquote";"Arbeitslosenquote"
 *   "";"";"";"2021";"2022"
 *   "16051";"Erfurt, Stadt";"Kreise";"6,9";"6,5"
 */
import { cellText, type Grid } from './grid.ts';
import { yearOf, type RawValue, type ReaderResult } from './types.ts';

export function readInkar(grid: Grid): ReaderResult {
  const { rows, file } = grid;
  const names = rows[0] ?? [];
  const years = rows[1] ?? [];
  const yearRow = years.some((c) => yearOf(c.value) !== null);
  const values: RawValue[] = [];
  const labels = new Set<string>();
  for (const row of rows.slice(yearRow ? 2 : 1)) {
    const keyCell = row[0];
    for (let c = 3; c < row.length; c++) {
      const cell = row[c];
      const label = cellText(names, c);
      if (!cell || !label) continue;
      labels.add(label);
      values.push({
        labels: [label],
        dims: [],
        gebiet: cellText(row, 0),
        name: cellText(row, 1),
        gebietAt: { file, line: keyCell?.line ?? 0, column: keyCell?.column ?? 1 },
        jahr: yearRow ? yearOf(cellText(years, c)) : null,
        text: cell.value.trim(),
        at: { file, line: cell.line, column: cell.column },
      });
    }
  }
  return { values, problems: [], style: null, labels: [...labels] };
}
