/**
 * Which decimal separator a column of numbers uses, decided from all its values — never guessed:
 *
 *   `0.125`, `12.5`               point (no German number looks like that)
 *   `0,125`, `1.234,5`, `1.234.567`  comma
 *   `12`, `-3`, text, symbols     neutral: say nothing
 *   `7.280`, `1.000`              ambiguous: 7280 with a German thousands dot, 7,28 with an English decimal point
 *
 * A column with point and comma values is an error (which number is meant cannot be known); so is a column
 * whose only evidence is ambiguous values: then the file's settings (`dezimalzeichen`, see
 * src/data/schemas/einstellungen.ts) must say it. With that setting the column is read in that style, no evidence
 * asked. A column of neutral values reads the same either way.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { decimalEvidence, type NumberStyle } from '../numbers.ts';
import type { CsvFile } from '../read/file.ts';

export type ColumnDecimal = { style: NumberStyle; problem: null } | { style: null; problem: Problem };

/**
 * @param count number of rows
 * @param value the column's text in row `r` (may reuse a buffer: read at once)
 * @param at where row `r`'s field is, for the message
 */
export function decideDecimal(csv: CsvFile, column: string, count: number, value: (r: number) => string, at: (r: number) => Location): ColumnDecimal {
  if (csv.decimal) return { style: csv.decimal, problem: null };
  let point = -1;
  let comma = -1;
  let ambiguous = -1;
  let ambiguousCount = 0;
  for (let r = 0; r < count; r++) {
    const e = decimalEvidence(value(r));
    if (e === null) continue;
    if (e === 'punkt' && point < 0) point = r;
    else if (e === 'komma' && comma < 0) comma = r;
    else if (e === 'mehrdeutig') {
      if (ambiguous < 0) ambiguous = r;
      ambiguousCount++;
    }
    if (point >= 0 && comma >= 0) break;
  }
  if (point >= 0 && comma >= 0) {
    const [first, later] = point < comma ? [point, comma] : [comma, point];
    const firstText = value(first).trim();
    const laterText = value(later).trim();
    return { style: null, problem: dataErrors.decimalMixed(at(later), column, laterText, at(first), firstText, csv.file) };
  }
  if (point >= 0) return { style: 'en', problem: null };
  if (comma >= 0) return { style: 'de', problem: null };
  if (ambiguous >= 0) {
    const text = value(ambiguous).trim();
    return { style: null, problem: dataErrors.decimalAmbiguous(at(ambiguous), column, text, ambiguousCount - 1, csv.file) };
  }
  return { style: csv.numbers, problem: null };
}
