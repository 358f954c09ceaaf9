/**
 * The flat file (ffcsv) of GENESIS-Online, the Regionaldatenbank and the Zensus 2022 database: long form, UTF-8
 * with BOM, `;`, one value a row. German downloads write `1234,5`, English ones `1234.5`.
 *
 *   statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;
 *     1_variable_attribute_code;1_variable_attribute_label;…;value;value_unit;value_variable_code;value_variable_label
 *   12411;Fortschreibung …;STAG;Stichtag;2022-12-31;GEOGM1;Gemeinden;160510000000;Erfurt;…;213981;Anzahl;BEVSTD;Bevölkerungsstand
 *
 * Some exports put each value variable in a column of its own (`BEVSTD__Bevölkerungsstand__Anzahl`, quality flags
 * in `…__q`); both are read. The area is the variable whose attribute codes are official keys (ARS, AGS, Kreis).
 */
import { importErrors } from '../../errors/import.ts';
import type { Problem } from '../../errors/problem.ts';
import { cellText, type Grid } from './grid.ts';
import { looksLikeKey } from './keys.ts';
import { yearOf, type RawValue, type ReaderResult } from './types.ts';

const META = /^(statistics_(code|label)|time(_code|_label)?|\d+_variable_(code|label|attribute_code|attribute_label)|value_(unit|variable_code|variable_label|q)|.*__q|.*_q)$/i;

export function readGenesisFlat(grid: Grid): ReaderResult {
  const { rows, file } = grid;
  const problems: Problem[] = [];
  const header = (rows[0] ?? []).map((c) => c.value.trim());
  const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name);
  const time = col('time');
  const data = rows.slice(1);
  const variables = [...new Set(header.map((h) => /^(\d+)_variable_attribute_code$/i.exec(h)?.[1]).filter((n): n is string => !!n))];
  const keyVariable = variables.find((n) => {
    const k = col(`${n}_variable_attribute_code`);
    const sample = data.slice(0, 50).map((r) => cellText(r, k)).filter(Boolean);
    return sample.length > 0 && sample.every(looksLikeKey);
  });
  if (keyVariable === undefined) {
    problems.push(importErrors.noKeyColumn({ file, line: 1, column: 1 }, 'genesis-flach'));
    return { values: [], problems, style: null, labels: [] };
  }
  const keyColumn = col(`${keyVariable}_variable_attribute_code`);
  const nameColumn = col(`${keyVariable}_variable_attribute_label`);
  const dimColumns = variables.filter((n) => n !== keyVariable).flatMap((n) => [col(`${n}_variable_attribute_code`), col(`${n}_variable_attribute_label`)]);
  const long = col('value');
  const valueColumns = long >= 0 ? [long] : header.map((h, i) => (h && !META.test(h) ? i : -1)).filter((i) => i >= 0);
  const varCode = col('value_variable_code');
  const varLabel = col('value_variable_label');
  const labels = new Set<string>();
  const values: RawValue[] = [];
  for (const row of data) {
    const keyCell = row[keyColumn];
    const dims = dimColumns.map((k) => cellText(row, k)).filter(Boolean);
    const jahr = time >= 0 ? yearOf(cellText(row, time)) : null;
    for (const v of valueColumns) {
      const cell = row[v];
      if (!cell) continue;
      const names = v === long ? [cellText(row, varCode), cellText(row, varLabel)] : (header[v] ?? '').split('__').slice(0, 2);
      for (const n of names) if (n) labels.add(n);
      values.push({
        labels: names.filter(Boolean),
        dims,
        gebiet: cellText(row, keyColumn),
        name: cellText(row, nameColumn),
        gebietAt: { file, line: keyCell?.line ?? 0, column: keyCell?.column ?? 1 },
        jahr,
        text: cell.value.trim(),
        at: { file, line: cell.line, column: cell.column },
      });
    }
  }
  return { values, problems, style: null, labels: [...labels] };
}
