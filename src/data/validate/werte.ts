/**
 * `data/werte/*.csv` → cells. Every reference must resolve, every number parse, and no key
 * (indikator, gebiet, jahr) may carry two different values: any of these could publish a wrong number.
 *
 * Files are big (a row per indicator, Gebiet and year), so rows are read through a cursor (no object per row),
 * a well-formed row is checked by plain code (werte-fast.ts) and only a doubtful one goes through the zod
 * schema, which then also writes the message. Positions are worked out only for what is reported or kept.
 */
import { dataErrors, SHOWN_PER_CAUSE } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { isCount } from '../confidentiality.ts';
import { rowCursor, type RowCursor } from '../read/cursor.ts';
import type { CsvFile } from '../read/file.ts';
import { WERTE_COLUMNS, wertRow, type WertRow } from '../schemas/werte.ts';
import { closest } from '../similar.ts';
import type { Cell, Gebiet, Indikator } from '../types.ts';
import { CappedProblems } from './capped.ts';
import { decideDecimal } from './decimal.ts';
import { readHeader } from './header.ts';
import { parseRow, wantedColumns } from './rows.ts';
import { emptyWertRow, fastWertRow, werteFields } from './werte-fast.ts';

interface Unknown {
  kind: 'gebiet' | 'indikator';
  id: string;
  at: Location;
  others: number;
}

/** Years fit in 1900–2100 (the schema's range), so (indicator, Gebiet, year) packs into one number. */
const YEARS = 201;

export function validateWerte(
  files: readonly CsvFile[],
  gebiete: ReadonlyMap<string, Gebiet>,
  indikatoren: ReadonlyMap<string, Indikator>,
  /** Ids whose definition row had an error (already reported): references to them are skipped silently. */
  rejected: ReadonlySet<string> = new Set(),
): { cells: Cell[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cells: Cell[] = [];
  const gebietNo = new Map([...gebiete.keys()].map((id, i) => [id, i]));
  const indikatorNo = new Map([...indikatoren.keys()].map((id, i) => [id, i]));
  const knownGebiet = (id: string) => gebietNo.has(id);
  const knownIndikator = (id: string) => indikatorNo.has(id);
  /** Key → index in `cells`; where each cell came from (file, row), to quote the first of two values. */
  const seen = new Map<number, number>();
  const originFile: number[] = [];
  const originRow: number[] = [];
  const cursors: RowCursor[] = [];
  const wertField: number[] = [];
  const fast = emptyWertRow();

  files.forEach((csv, fileNo) => {
    const { header, problems: headerProblems } = readHeader(csv, WERTE_COLUMNS);
    const rowProblems = new CappedProblems();
    rowProblems.push(...headerProblems);
    const cursor = rowCursor(csv);
    cursors.push(cursor);
    wertField.push(header?.index.get('wert') ?? -1);
    if (!header) {
      problems.push(...rowProblems.list());
      return;
    }
    const wertColumn = header.index.get('wert') ?? -1;
    const decimal = decideDecimal(
      csv,
      'wert',
      cursor.count,
      (r) => cursor.field(r, wertColumn),
      (r) => {
        const f = cursor.row(r).fields[wertColumn];
        return { file: csv.file, line: f?.line ?? cursor.row(r).line, column: f?.column ?? 1 };
      },
    );
    if (decimal.problem) {
      // Which number is meant is unknown: no value of this file is read.
      problems.push(...rowProblems.list(), decimal.problem);
      return;
    }
    const style = decimal.style;
    const schema = wertRow(style);
    const wanted = wantedColumns(WERTE_COLUMNS, header);
    const fields = werteFields(header);
    const width = header.names.length;
    const wertAt = header.index.get('wert') ?? -1;
    /** The `wert` field of the current row as written. */
    const text = () => (cursor.values[wertAt] ?? '').trim();
    const refProblems = new CappedProblems();
    const unknown = new Map<string, Unknown>();
    const at = (column: string): Location => {
      const k = header.index.get(column) ?? -1;
      return { file: csv.file, line: cursor.line(k), column: cursor.column(k) };
    };
    const noteUnknown = (kind: Unknown['kind'], id: string) => {
      const u = unknown.get(`${kind}:${id}`);
      if (rejected.has(id)) return;
      if (u) u.others++;
      else unknown.set(`${kind}:${id}`, { kind, id, at: at(kind), others: 0 });
    };

    for (let r = 0; r < cursor.count; r++) {
      if (decimal.conflicts.has(r)) {
        rowProblems.add(decimal.conflict(r));
        continue;
      }
      const n = cursor.load(r);
      let row: WertRow = fast;
      if (!(fields && n === width && fastWertRow(cursor.values, fields, style, knownIndikator, knownGebiet, fast))) {
        const parsed = parseRow(csv, cursor.row(r), header, schema, wanted);
        if (parsed.problems) {
          rowProblems.push(...parsed.problems);
          continue;
        }
        row = parsed.data;
      }
      const { indikator, gebiet, jahr, wert, hinweis } = row;
      const ind = indikatoren.get(indikator);
      const g = gebiete.get(gebiet);
      if (!ind) noteUnknown('indikator', indikator);
      if (!g) noteUnknown('gebiet', gebiet);
      if (!ind || !g) continue;
      if (wert.leer) refProblems.push(dataErrors.valueEmpty(at('wert')));
      if (wert.wert !== null && isCount(ind) && (!Number.isInteger(wert.wert) || wert.wert < 0)) {
        refProblems.push(dataErrors.countInvalid(at('wert'), text(), indikator));
        continue;
      }
      const cell: Cell = Object.freeze({
        indikator: ind.id,
        gebiet: g.id,
        jahr,
        wert: wert.wert,
        symbol: wert.leer ? '.' : wert.symbol,
        hinweis,
        source: at('wert'),
      });
      const key = ((indikatorNo.get(ind.id) ?? 0) * gebietNo.size + (gebietNo.get(g.id) ?? 0)) * YEARS + (jahr - 1900);
      const firstNo = seen.get(key);
      const first = firstNo === undefined ? undefined : cells[firstNo];
      if (firstNo !== undefined && first) {
        const what = `Indikator „${indikator}“, Gebiet „${gebiet}“, Jahr ${jahr}`;
        if (first.wert === cell.wert && first.symbol === cell.symbol) {
          refProblems.push(dataErrors.valueRepeated(cell.source, what, first.source));
        } else {
          const firstText = wertText(cursors[originFile[firstNo] ?? 0], originRow[firstNo] ?? 0, wertField[originFile[firstNo] ?? 0] ?? -1);
          refProblems.push(dataErrors.valueConflict(cell.source, what, text() || '(leer)', first.source, firstText || '(leer)'));
        }
        continue;
      }
      seen.set(key, cells.length);
      originFile.push(fileNo);
      originRow.push(r);
      cells.push(cell);
    }
    problems.push(...rowProblems.list(), ...refProblems.list());
    // Only the first few unknown ids of a kind are reported one by one (capped.ts): only they need a suggestion.
    const unknownProblems = new CappedProblems();
    const suggested = { gebiet: 0, indikator: 0 };
    for (const u of unknown.values()) {
      const known = u.kind === 'gebiet' ? gebiete.keys() : indikatoren.keys();
      const suggestion = suggested[u.kind]++ < SHOWN_PER_CAUSE ? closest(u.id, known) : null;
      unknownProblems.add(dataErrors.unknownReference(u.at, u.kind, u.id, suggestion, u.others));
    }
    problems.push(...unknownProblems.list());
  });
  return { cells, problems };
}

/** The `wert` field of a row as written (trimmed), read again from its file. */
function wertText(cursor: RowCursor | undefined, row: number, field: number): string {
  return cursor?.row(row).fields[field]?.value.trim() ?? '';
}
