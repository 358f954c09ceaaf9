/**
 * data/beteiligung → actors, recommended steps and the participation log, with references checked:
 * every actor id in termine.csv must exist in akteure.csv, every group in schritte.csv („wer“) must be a group
 * of akteure.csv. Names that look like private persons are warned about (see person-name.ts).
 */
import path from 'node:path';
import { dataErrors } from '../errors/data.ts';
import { processErrors } from '../errors/process.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { closest } from '../data/similar.ts';
import type { ProjectPaths } from '../project.ts';
import { looksLikePerson } from './person-name.ts';
import { readTable } from './read.ts';
import { AKTEURE_COLUMNS, akteurRow, SCHRITTE_COLUMNS, schrittRow, TERMINE_COLUMNS, terminRow } from './schemas/beteiligung.ts';
import type { Akteur, Beteiligung, Schritt, Termin } from './types.ts';

const shift = (at: Location, offset: number): Location => ({ ...at, column: at.column + offset });

export function validateBeteiligung(paths: ProjectPaths, problems: Problem[]): Beteiligung & { termineFile: string } {
  const dir = path.join(paths.data, 'beteiligung');
  const akteureT = readTable(paths, path.join(dir, 'akteure.csv'), akteurRow, AKTEURE_COLUMNS, problems);
  const schritteT = readTable(paths, path.join(dir, 'schritte.csv'), schrittRow, SCHRITTE_COLUMNS, problems);
  const termineT = readTable(paths, path.join(dir, 'termine.csv'), terminRow, TERMINE_COLUMNS, problems);

  const akteure = new Map<string, Akteur>();
  const gruppen: string[] = [];
  for (const row of akteureT.rows) {
    const d = row.data;
    const first = akteure.get(d.id);
    if (first) {
      problems.push(dataErrors.idDuplicate(row.at('id'), d.id, first.source));
      continue;
    }
    if (looksLikePerson(d.name)) problems.push(processErrors.personName(row.at('name'), d.name));
    akteure.set(d.id, { ...d, source: row.at('id') });
    if (!gruppen.includes(d.gruppe)) gruppen.push(d.gruppe);
  }

  const known = new Set(gruppen);
  const schritte: Schritt[] = [];
  for (const row of schritteT.rows) {
    const d = row.data;
    const at = schritteT.contentAt(row.at('wer'));
    const wer: string[] = [];
    for (const { id, offset } of d.wer) {
      if (known.has(id)) wer.push(id);
      else if (akteure.size > 0) problems.push(processErrors.unknownGroup(shift(at, offset), id, gruppen, closest(id, gruppen)));
    }
    schritte.push({ phase: d.phase, schritt: d.schritt, wer, warum: d.warum, wie: d.wie, source: row.at('schritt') });
  }

  const termine: Termin[] = [];
  for (const row of termineT.rows) {
    const d = row.data;
    const at = termineT.contentAt(row.at('beteiligte'));
    const beteiligte: string[] = [];
    for (const { id, offset } of d.beteiligte) {
      if (akteure.has(id)) beteiligte.push(id);
      else problems.push(processErrors.unknownActor(shift(at, offset), id, closest(id, akteure.keys())));
    }
    termine.push({ datum: d.datum, phase: d.phase, format: d.format, titel: d.titel, beteiligte, source: row.at('datum'), beteiligteAt: at });
  }
  termine.sort((a, b) => a.datum.localeCompare(b.datum));
  return { akteure, gruppen, schritte, termine, termineFile: termineT.file };
}
