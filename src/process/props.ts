/** Props of the process components (`phase`, `handlungsfeld`), checked with located German errors. */
import { closest } from '../data/similar.ts';
import { processErrors } from '../errors/process.ts';
import { ProblemError, type Location } from '../errors/problem.ts';
import { isPhase, PHASEN, type Phase } from './phases.ts';
import type { Strategie } from './types.ts';

export function phaseProp(value: unknown, component: string, at: Location): Phase {
  const v = String(value ?? '').trim().toLowerCase();
  if (!isPhase(v)) throw new ProblemError([processErrors.phaseProp(at, component, String(value ?? '').trim(), closest(v, PHASEN))]);
  return v;
}

export function optionalPhaseProp(value: unknown, component: string, at: Location): Phase | undefined {
  return value === undefined || value === '' ? undefined : phaseProp(value, component, at);
}

export function handlungsfeldProp(value: unknown, component: string, at: Location, s: Strategie): string | undefined {
  if (value === undefined || value === '') return undefined;
  const v = String(value).trim();
  if (!s.handlungsfelder.some((h) => h.id === v)) {
    throw new ProblemError([processErrors.handlungsfeldProp(at, component, v, closest(v, s.handlungsfelder.map((h) => h.id)))]);
  }
  return v;
}
