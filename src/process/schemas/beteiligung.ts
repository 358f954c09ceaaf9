/**
 * `data/beteiligung/`: who takes part in the planning process, what the recommendations say per phase,
 * and the log of what actually happened.
 *
 * ```csv
 * id,name,gruppe                                        akteure.csv   institutions, never private persons
 * jobcenter,Jobcenter Hainwald,Jobcenter/Agentur für Arbeit
 *
 * phase,schritt,wer,warum,wie                           schritte.csv  recommended steps; wer = groups, `|`-separated
 * orientierung,Steuerungsgruppe einrichten,Verwaltungsleitung|Fachressorts,"…","…"
 *
 * datum,phase,format,titel,beteiligte                   termine.csv   what took place; beteiligte = actor ids
 * 2025-04-09,orientierung,Steuerungsgruppe,Konstituierende Sitzung,sozialplanung|jobcenter|liga
 * ```
 */
import { z } from 'zod';
import { columnsOf, idField, requiredTextField } from '../../data/schemas/fields.ts';
import { PHASEN } from '../phases.ts';
import { choiceField, dateField, idListField } from './fields.ts';

export const akteurRow = z.object({
  /** Short id used in termine.csv, e.g. `jobcenter`. */
  id: idField,
  /** Name of the institution as printed, e.g. `Jobcenter Hainwald`. No private persons. */
  name: requiredTextField,
  /** Actor group as used in schritte.csv (`wer`), e.g. `Freie Wohlfahrtspflege`. */
  gruppe: requiredTextField,
});

export const schrittRow = z.object({
  /** `orientierung`, `datenanalyse`, `fachoeffentliche_diskussion` or `strategieentwicklung`. */
  phase: choiceField(PHASEN),
  /** The step, e.g. `Steuerungsgruppe einrichten`. */
  schritt: requiredTextField,
  /** Actor groups, separated by `|`. */
  wer: idListField,
  /** Why they take part. */
  warum: requiredTextField,
  /** How (formats, bodies). */
  wie: requiredTextField,
});

export const terminRow = z.object({
  /** `JJJJ-MM-TT` (or `TT.MM.JJJJ`). */
  datum: dateField,
  phase: choiceField(PHASEN),
  /** Kind of meeting, e.g. `Steuerungsgruppe`, `Workshop`, `Sozialraumkonferenz`. */
  format: requiredTextField,
  titel: requiredTextField,
  /** Actor ids from akteure.csv, separated by `|`. */
  beteiligte: idListField,
});

export type AkteurRow = z.output<typeof akteurRow>;
export type SchrittRow = z.output<typeof schrittRow>;
export type TerminRow = z.output<typeof terminRow>;
export const AKTEURE_COLUMNS = columnsOf(akteurRow);
export const SCHRITTE_COLUMNS = columnsOf(schrittRow);
export const TERMINE_COLUMNS = columnsOf(terminRow);
