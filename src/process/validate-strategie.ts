/**
 * data/strategie → fields of action, goals and measures, with references checked across files:
 * ziele.handlungsfeld → handlungsfelder.id, massnahmen.ziel → ziele.id, ziele.indikator → the indicator
 * catalogue of the data layer (an unknown indicator is an error: the goal could not be measured). Each goal
 * gets its comparison (`mindestens`/`hoechstens`): written, or implied by the indicator's richtung.
 */
import path from 'node:path';
import { dataErrors } from '../errors/data.ts';
import { processErrors } from '../errors/process.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { parseNumber } from '../data/numbers.ts';
import { closest } from '../data/similar.ts';
import type { DataStore, Indikator } from '../data/types.ts';
import { VERGLEICH_TEXT, vergleichOf, type Vergleich } from './goal-status.ts';
import type { ProjectPaths } from '../project.ts';
import { readTable } from './read.ts';
import {
  HANDLUNGSFELDER_COLUMNS,
  handlungsfeldRow,
  MASSNAHMEN_COLUMNS,
  massnahmeRow,
  ZIELE_COLUMNS,
  zielRow,
} from './schemas/strategie.ts';
import type { Handlungsfeld, Massnahme, Strategie, Ziel } from './types.ts';

/** The Gebiet goals are measured for unless ziele.csv says otherwise: the first of level `kreis`. */
export function defaultGebiet(store: DataStore): string | null {
  for (const g of store.gebiete.values()) if (g.ebene === 'kreis') return g.id;
  return null;
}

/**
 * The goal's comparison: as written in `vergleich`, else from the indicator's richtung. A neutral indicator
 * without it is an error (the target could be a floor or a ceiling); one against the richtung a warning.
 */
function comparison(ziel: string, written: Vergleich | null, indikator: Indikator, at: Location, problems: Problem[]): Vergleich | null {
  const implied = vergleichOf(indikator.richtung);
  if (written && implied && written !== implied) {
    const richtung = indikator.richtung === 'steigend_gut' ? 'ein steigender Wert als günstig' : 'ein steigender Wert als ungünstig';
    problems.push(processErrors.comparisonAgainstRichtung(at, ziel, VERGLEICH_TEXT[written], indikator.id, richtung));
  }
  const v = written ?? implied;
  if (!v) problems.push(processErrors.comparisonMissing(at, ziel, indikator.id));
  return v;
}

export function validateStrategie(paths: ProjectPaths, store: DataStore, problems: Problem[]): Strategie {
  const dir = path.join(paths.data, 'strategie');
  const hfT = readTable(paths, path.join(dir, 'handlungsfelder.csv'), handlungsfeldRow, HANDLUNGSFELDER_COLUMNS, problems);
  const zT = readTable(paths, path.join(dir, 'ziele.csv'), zielRow, ZIELE_COLUMNS, problems);
  const mT = readTable(paths, path.join(dir, 'massnahmen.csv'), massnahmeRow, MASSNAHMEN_COLUMNS, problems);

  const handlungsfelder = new Map<string, Handlungsfeld>();
  for (const row of hfT.rows) {
    const first = handlungsfelder.get(row.data.id);
    if (first) problems.push(dataErrors.idDuplicate(row.at('id'), row.data.id, first.source));
    else handlungsfelder.set(row.data.id, { ...row.data, source: row.at('id') });
  }

  const kreis = defaultGebiet(store);
  const ziele = new Map<string, Ziel>();
  for (const row of zT.rows) {
    const d = row.data;
    const first = ziele.get(d.id);
    if (first) {
      problems.push(dataErrors.idDuplicate(row.at('id'), d.id, first.source));
      continue;
    }
    let ok = true;
    if (!handlungsfelder.has(d.handlungsfeld)) {
      problems.push(processErrors.unknownHandlungsfeld(row.at('handlungsfeld'), d.handlungsfeld, closest(d.handlungsfeld, handlungsfelder.keys())));
      ok = false;
    }
    if (!store.indikatoren.has(d.indikator)) {
      problems.push(processErrors.unknownIndicator(row.at('indikator'), d.indikator, closest(d.indikator, store.indikatoren.keys())));
      ok = false;
    }
    const style = zT.csv?.numbers ?? 'en';
    const n = parseNumber(d.zielwert, style);
    if (!n.ok) {
      problems.push(processErrors.zielwertInvalid(row.at('zielwert'), d.zielwert, style));
      ok = false;
    }
    const gebiet = d.gebiet ?? kreis;
    if (d.gebiet && !store.gebiete.has(d.gebiet)) {
      problems.push(processErrors.unknownGebiet(row.at('gebiet'), d.gebiet, closest(d.gebiet, store.gebiete.keys())));
      ok = false;
    } else if (!gebiet) {
      problems.push(processErrors.noKreis(row.at('indikator')));
      ok = false;
    } else if (ok && store.series(d.indikator, gebiet).length === 0) {
      problems.push(processErrors.goalWithoutValues(row.at('indikator'), d.indikator, gebiet));
    }
    const vergleich = ok ? comparison(d.id, d.vergleich, store.indikatoren.get(d.indikator)!, row.at('vergleich'), problems) : null;
    if (!ok || !n.ok || !gebiet || !vergleich) continue;
    ziele.set(d.id, { ...d, zielwert: n.value, gebiet, vergleich, source: row.at('id') });
  }

  const massnahmen: Massnahme[] = [];
  const seen = new Map<string, Massnahme>();
  for (const row of mT.rows) {
    const d = row.data;
    const first = seen.get(d.id);
    if (first) {
      problems.push(dataErrors.idDuplicate(row.at('id'), d.id, first.source));
      continue;
    }
    if (!ziele.has(d.ziel)) {
      // A goal rejected for its own error is not reported a second time here.
      if (!zT.rows.some((r) => r.data.id === d.ziel)) problems.push(processErrors.unknownZiel(row.at('ziel'), d.ziel, closest(d.ziel, ziele.keys())));
      continue;
    }
    if (d.ende && d.ende < d.beginn) {
      problems.push(processErrors.endBeforeStart(row.at('ende'), d.beginn, d.ende));
      continue;
    }
    const m: Massnahme = { ...d, source: row.at('id') };
    seen.set(d.id, m);
    massnahmen.push(m);
  }
  return { handlungsfelder: [...handlungsfelder.values()], ziele: [...ziele.values()], massnahmen };
}
