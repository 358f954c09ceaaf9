/**
 * `data/werte/*.csv` → cells. Every reference must resolve, every number parse, and no key
 * (indikator, gebiet, jahr) may carry two different values: any of these could publish a wrong number.
 */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { isCount } from '../confidentiality.ts';
import type { CsvFile } from '../read/file.ts';
import { WERTE_COLUMNS, wertRow } from '../schemas/werte.ts';
import { closest } from '../similar.ts';
import type { Cell, Gebiet, Indikator } from '../types.ts';
import { validateRows } from './rows.ts';

interface Unknown {
  kind: 'gebiet' | 'indikator';
  id: string;
  at: Location;
  others: number;
}

export function validateWerte(
  files: readonly CsvFile[],
  gebiete: ReadonlyMap<string, Gebiet>,
  indikatoren: ReadonlyMap<string, Indikator>,
  /** Ids whose definition row had an error (already reported): references to them are skipped silently. */
  rejected: ReadonlySet<string> = new Set(),
): { cells: Cell[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cells: Cell[] = [];
  const seen = new Map<string, { cell: Cell; text: string }>();
  for (const csv of files) {
    const r = validateRows(csv, wertRow(csv.numbers), WERTE_COLUMNS);
    problems.push(...r.problems);
    const unknown = new Map<string, Unknown>();
    const noteUnknown = (kind: Unknown['kind'], id: string, at: Location) => {
      const u = unknown.get(`${kind}:${id}`);
      if (rejected.has(id)) return;
      if (u) u.others++;
      else unknown.set(`${kind}:${id}`, { kind, id, at, others: 0 });
    };
    for (const row of r.rows) {
      const { indikator, gebiet, jahr, wert, hinweis } = row.data;
      const ind = indikatoren.get(indikator);
      if (!ind) noteUnknown('indikator', indikator, row.at('indikator'));
      if (!gebiete.has(gebiet)) noteUnknown('gebiet', gebiet, row.at('gebiet'));
      if (!ind || !gebiete.has(gebiet)) continue;
      if (wert.leer) problems.push(dataErrors.valueEmpty(row.at('wert')));
      if (wert.wert !== null && isCount(ind) && (!Number.isInteger(wert.wert) || wert.wert < 0)) {
        problems.push(dataErrors.countInvalid(row.at('wert'), row.text('wert'), indikator));
        continue;
      }
      const cell: Cell = {
        indikator,
        gebiet,
        jahr,
        wert: wert.wert,
        symbol: wert.leer ? '.' : wert.symbol,
        hinweis,
        source: row.at('wert'),
      };
      const key = `${indikator}\u0000${gebiet}\u0000${jahr}`;
      const first = seen.get(key);
      if (first) {
        const what = `Indikator „${indikator}“, Gebiet „${gebiet}“, Jahr ${jahr}`;
        if (first.cell.wert === cell.wert && first.cell.symbol === cell.symbol) {
          problems.push(dataErrors.valueRepeated(cell.source, what, first.cell.source));
        } else {
          problems.push(dataErrors.valueConflict(cell.source, what, row.text('wert') || '(leer)', first.cell.source, first.text || '(leer)'));
        }
        continue;
      }
      seen.set(key, { cell, text: row.text('wert') });
      cells.push(cell);
    }
    for (const u of unknown.values()) {
      const known = u.kind === 'gebiet' ? gebiete.keys() : indikatoren.keys();
      problems.push(dataErrors.unknownReference(u.at, u.kind, u.id, closest(u.id, known), u.others));
    }
  }
  return { cells, problems };
}
