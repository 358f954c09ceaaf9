/**
 * `data/indikatoren/*.csv` → indicators by id: unique ids; a missing source or definition is a warning, and so is a
 * count unit other than `Anzahl` without `geheimhaltung` (ja/nein).
 */
import { dataErrors } from '../../errors/data.ts';
import type { Problem } from '../../errors/problem.ts';
import { isCount, isCountUnit } from '../confidentiality.ts';
import type { CsvFile } from '../read/file.ts';
import { INDIKATOREN_COLUMNS, indikatorRow } from '../schemas/indikatoren.ts';
import type { Indikator } from '../types.ts';
import { validateRows } from './rows.ts';

export function validateIndikatoren(files: readonly CsvFile[]): { indikatoren: Map<string, Indikator>; problems: Problem[]; rejected: Set<string> } {
  const problems: Problem[] = [];
  const indikatoren = new Map<string, Indikator>();
  const rejected = new Set<string>();
  for (const csv of files) {
    const r = validateRows(csv, indikatorRow, INDIKATOREN_COLUMNS);
    problems.push(...r.problems);
    for (const id of r.rejectedIds) rejected.add(id);
    for (const row of r.rows) {
      const d = row.data;
      const first = indikatoren.get(d.id);
      if (first) {
        problems.push(dataErrors.idDuplicate(row.at('id'), d.id, first.source));
        continue;
      }
      if (d.quelle === '') problems.push(dataErrors.infoMissing(row.at('quelle'), d.id, 'quelle'));
      if (d.definition === '') problems.push(dataErrors.infoMissing(row.at('definition'), d.id, 'definition'));
      // A plain `Anzahl` is withheld as documented; another count unit (`Personen`, `Fälle` …) asks for a decision.
      if (d.geheimhaltung === null && isCountUnit(d.einheit) && !isCount(d)) {
        problems.push(dataErrors.confidentialityUnset(row.at('einheit'), d.id, d.einheit));
      }
      indikatoren.set(d.id, { ...d, source: row.at('id') });
    }
  }
  return { indikatoren, problems, rejected };
}
