/** `data/gebiete/*.csv` → Gebiete by id: unique ids, known parents, no circles. */
import { dataErrors } from '../../errors/data.ts';
import { importErrors } from '../../errors/import.ts';
import { normaliseKey } from '../import/keys.ts';
import type { Problem } from '../../errors/problem.ts';
import type { CsvFile } from '../read/file.ts';
import { GEBIETE_COLUMNS, gebietRow } from '../schemas/gebiete.ts';
import { closest } from '../similar.ts';
import type { Gebiet } from '../types.ts';
import { validateRows } from './rows.ts';

export function validateGebiete(files: readonly CsvFile[]): { gebiete: Map<string, Gebiet>; problems: Problem[]; rejected: Set<string> } {
  const problems: Problem[] = [];
  const gebiete = new Map<string, Gebiet>();
  const parentRefs: { id: string; eltern: string; at: Gebiet['source'] }[] = [];
  const rejected = new Set<string>();
  const keyAt: { value: string; at: Gebiet['source'] }[] = [];
  for (const csv of files) {
    const r = validateRows(csv, gebietRow, GEBIETE_COLUMNS);
    problems.push(...r.problems);
    for (const id of r.rejectedIds) rejected.add(id);
    for (const row of r.rows) {
      const { id, name, ebene, eltern, schluessel } = row.data;
      const first = gebiete.get(id);
      if (first) {
        problems.push(dataErrors.idDuplicate(row.at('id'), id, first.source));
        continue;
      }
      gebiete.set(id, { id, name, ebene, eltern, schluessel, source: row.at('id') });
      if (schluessel !== null) keyAt.push({ value: schluessel, at: row.at('schluessel') });
      if (eltern !== null) parentRefs.push({ id, eltern, at: row.at('eltern') });
    }
  }
  for (const { eltern, at } of parentRefs) {
    if (!gebiete.has(eltern) && !rejected.has(eltern)) problems.push(dataErrors.unknownReference(at, 'eltern', eltern, closest(eltern, gebiete.keys()), 0));
  }
  problems.push(...findCycles(gebiete), ...checkKeys(keyAt));
  return { gebiete, problems, rejected };
}

/** Every `schluessel` is an official key, and no two Gebiete have the same one (compared normalised). */
function checkKeys(keys: readonly { value: string; at: Gebiet['source'] }[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Gebiet['source']>();
  for (const { value, at } of keys) {
    const k = normaliseKey(value);
    if (k === null) {
      problems.push(importErrors.keyInvalid(at, value));
      continue;
    }
    const first = seen.get(k);
    if (first) problems.push(importErrors.keyDuplicate(at, value, first));
    else seen.set(k, at);
  }
  return problems;
}

/** Each circle of `eltern` links is reported once, at the Gebiet where a walk up from the files' first Gebiet enters it. */
function findCycles(gebiete: Map<string, Gebiet>): Problem[] {
  const problems: Problem[] = [];
  const done = new Set<string>();
  for (const start of gebiete.values()) {
    const chain: string[] = [];
    const seen = new Set<string>();
    let cur: Gebiet | undefined = start;
    while (cur && !done.has(cur.id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      chain.push(cur.id);
      cur = cur.eltern === null ? undefined : gebiete.get(cur.eltern);
    }
    if (cur && seen.has(cur.id)) {
      const circle = chain.slice(chain.indexOf(cur.id));
      problems.push(dataErrors.parentCycle(cur.source, [...circle, cur.id]));
    }
    for (const id of chain) done.add(id);
  }
  return problems;
}
