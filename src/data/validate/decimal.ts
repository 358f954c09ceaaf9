/**
 * Which decimal separator a column of numbers uses, decided from all its values — never guessed:
 *
 *   `0.125`, `12.5`                 point (no German number looks like that)
 *   `0,125`, `1.234,5`, `1.234.567` comma
 *   `12`, `-3`, text, symbols       neutral: say nothing
 *   `7.280`, `1.000`                ambiguous: 7280 with a German thousands dot, 7,28 with an English decimal point
 *
 * A column whose only evidence is ambiguous values is an error: the file's settings (`dezimalzeichen`, see
 * src/data/schemas/einstellungen.ts) must say it. A column with point and comma values is read in the style of
 * most of them, and every value of the other style is an error at its place (which number it means is unknown).
 * With the setting the column is read in that style, no evidence asked. Neutral values read the same either way.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { decimalEvidence, parseNumber, writeNumber, type NumberStyle } from '../numbers.ts';
import type { CsvFile } from '../read/file.ts';

export type ColumnDecimal =
  | {
      style: NumberStyle;
      problem: null;
      /** Rows whose value has the other separator; `conflict(r)` is the problem for such a row. */
      conflicts: ReadonlySet<number>;
      conflict: (r: number) => Problem;
    }
  | { style: null; problem: Problem };

const STYLE = { punkt: 'en', komma: 'de' } as const;

/**
 * @param count number of rows
 * @param value the column's text in row `r` (may reuse a buffer: read at once)
 * @param at where row `r`'s field is, for the message
 */
export function decideDecimal(csv: CsvFile, column: string, count: number, value: (r: number) => string, at: (r: number) => Location): ColumnDecimal {
  const none = new Set<number>();
  const noConflict = (): Problem => {
    throw new Error('no conflict');
  };
  if (csv.decimal) return { style: csv.decimal, problem: null, conflicts: none, conflict: noConflict };
  const point: number[] = [];
  const comma: number[] = [];
  let ambiguous = -1;
  let ambiguousCount = 0;
  for (let r = 0; r < count; r++) {
    const e = decimalEvidence(value(r));
    if (e === 'punkt') point.push(r);
    else if (e === 'komma') comma.push(r);
    else if (e === 'mehrdeutig') {
      if (ambiguous < 0) ambiguous = r;
      ambiguousCount++;
    }
  }
  if (point.length || comma.length) {
    const mark = point.length > comma.length || (point.length === comma.length && (point[0] ?? 0) < (comma[0] ?? 0)) ? 'punkt' : 'komma';
    const [major, minor] = mark === 'punkt' ? [point, comma] : [comma, point];
    const style = STYLE[mark];
    if (minor.length === 0) return { style, problem: null, conflicts: none, conflict: noConflict };
    const firstRow = major[0] ?? 0;
    const firstAt = at(firstRow);
    const firstText = value(firstRow).trim();
    const minorMark = mark === 'punkt' ? 'komma' : 'punkt';
    const conflict = (r: number): Problem => {
      const text = value(r).trim();
      const n = parseNumber(text, STYLE[minorMark]);
      const suggestion = n.ok ? writeNumber(n.value, style) : null;
      return dataErrors.decimalMixed(at(r), column, text, minorMark, firstAt, firstText, suggestion, csv.file);
    };
    return { style, problem: null, conflicts: new Set(minor), conflict };
  }
  if (ambiguous >= 0) {
    const text = value(ambiguous).trim();
    return { style: null, problem: dataErrors.decimalAmbiguous(at(ambiguous), column, text, ambiguousCount - 1, csv.file) };
  }
  return { style: csv.numbers, problem: null, conflicts: none, conflict: noConflict };
}
