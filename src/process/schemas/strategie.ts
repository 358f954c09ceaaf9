/**
 * `data/strategie/`: the strategy as data — fields of action, goals tied to indicators, measures.
 *
 * ```csv
 * id,titel,leitziel                                                     handlungsfelder.csv
 * hf1,Existenzsicherung und Zugang zu Leistungen,"Alle Menschen …"
 *
 * id,handlungsfeld,titel,indikator,zielwert,zieljahr[,gebiet][,vergleich]   ziele.csv
 * z1-1,hf1,Weniger Menschen sind auf Grundsicherung angewiesen,sgb2_quote,7.5,2030,,hoechstens
 *
 * id,ziel,titel,beschreibung,verantwortlich,partner,beginn,ende,kosten,finanzierung,status   massnahmen.csv
 * m1-1-1,z1-1,Soziallotsen,"…",Sozialamt,"LIGA, Tafel",2027-01,2030-12,412000,"ESF Plus",geplant
 * ```
 */
import { z } from 'zod';
import { columnsOf, idField, optionalTextField, requiredTextField, textField, yearField } from '../../data/schemas/fields.ts';
import { VERGLEICHE } from '../goal-status.ts';
import { choiceField, euroField, optionalChoiceField, optionalMonthField, requiredMonthField } from './fields.ts';

export const handlungsfeldRow = z.object({
  id: idField,
  titel: requiredTextField,
  /** The guiding aim of the field, one sentence. */
  leitziel: requiredTextField,
});

export const zielRow = z.object({
  id: idField,
  /** Id from handlungsfelder.csv. */
  handlungsfeld: idField,
  titel: requiredTextField,
  /** Id from data/indikatoren. */
  indikator: idField,
  /** Target value in the indicator's unit, written like the numbers of this file (7.5 with `,`, 7,5 with `;`). */
  zielwert: requiredTextField,
  zieljahr: yearField,
  /** Optional: Gebiet id the goal is measured for. Default: the Gebiet of level `kreis`. */
  gebiet: optionalTextField,
  /**
   * Optional: `mindestens` (reached when the latest value is at or above the target) or `hoechstens` (at or
   * below; `höchstens` also accepted). Empty: from the indicator's richtung (steigend_gut → mindestens,
   * steigend_schlecht → hoechstens); a goal on a neutral indicator must say it.
   */
  vergleich: optionalChoiceField(VERGLEICHE),
});

export const MASSNAHME_STATUS = ['geplant', 'laufend', 'abgeschlossen', 'zurueckgestellt'] as const;
export type MassnahmeStatus = (typeof MASSNAHME_STATUS)[number];

export const massnahmeRow = z.object({
  id: idField,
  /** Id from ziele.csv. */
  ziel: idField,
  titel: requiredTextField,
  beschreibung: textField,
  /** The responsible office or institution. */
  verantwortlich: requiredTextField,
  /** Partners, free text. */
  partner: textField,
  /** `JJJJ-MM`. */
  beginn: requiredMonthField,
  /** `JJJJ-MM`; empty = open-ended. */
  ende: optionalMonthField,
  /** Total cost in Euro over the whole period; empty = not quantified. */
  kosten: euroField,
  finanzierung: textField,
  status: choiceField(MASSNAHME_STATUS),
});

export type HandlungsfeldRow = z.output<typeof handlungsfeldRow>;
export type ZielRow = z.output<typeof zielRow>;
export type MassnahmeRow = z.output<typeof massnahmeRow>;
export const HANDLUNGSFELDER_COLUMNS = columnsOf(handlungsfeldRow);
export const ZIELE_COLUMNS = columnsOf(zielRow);
export const MASSNAHMEN_COLUMNS = columnsOf(massnahmeRow);
