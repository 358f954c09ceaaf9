/** The planning process after reading and validation: what the components render. */
import type { Location } from '../errors/problem.ts';
import type { Vergleich } from './goal-status.ts';
import type { Phase } from './phases.ts';
import type { MassnahmeStatus } from './schemas/strategie.ts';
import type { Ergebnis } from './schemas/stellungnahmen.ts';

export interface Akteur {
  id: string;
  name: string;
  gruppe: string;
  source: Location;
}

export interface Schritt {
  phase: Phase;
  schritt: string;
  /** Actor groups. */
  wer: string[];
  warum: string;
  wie: string;
  source: Location;
}

export interface Termin {
  /** ISO `JJJJ-MM-TT`. */
  datum: string;
  phase: Phase;
  format: string;
  titel: string;
  /** Actor ids (only known ones). */
  beteiligte: string[];
  source: Location;
  /** Where the list of participants starts, for warnings about the phase. */
  beteiligteAt: Location;
}

export interface Beteiligung {
  akteure: Map<string, Akteur>;
  /** Actor groups in order of first appearance in akteure.csv. */
  gruppen: string[];
  schritte: Schritt[];
  /** Sorted by date. */
  termine: Termin[];
}

export interface Handlungsfeld {
  id: string;
  titel: string;
  leitziel: string;
  source: Location;
}

export interface Ziel {
  id: string;
  handlungsfeld: string;
  titel: string;
  indikator: string;
  zielwert: number;
  zieljahr: number;
  /** Gebiet id the goal is measured for. */
  gebiet: string;
  /** Reached when the latest value is at least (`mindestens`) or at most (`hoechstens`) the target. */
  vergleich: Vergleich;
  source: Location;
}

export interface Massnahme {
  id: string;
  ziel: string;
  titel: string;
  beschreibung: string;
  verantwortlich: string;
  partner: string;
  /** `JJJJ-MM` */
  beginn: string;
  ende: string | null;
  kosten: number | null;
  finanzierung: string;
  status: MassnahmeStatus;
  source: Location;
}

export interface Strategie {
  handlungsfelder: Handlungsfeld[];
  ziele: Ziel[];
  massnahmen: Massnahme[];
}

export interface Stellungnahme {
  nr: string;
  /** ISO date. */
  eingang: string;
  institution: string;
  /** As written, e.g. `massnahmen#familie`. */
  abschnitt: string;
  /** The publication it belongs to, or null when none could be found. */
  publikation: string | null;
  /** Chapter slug, or null when unknown. */
  kapitel: string | null;
  /** Heading anchor, or null for the whole chapter / when unknown. */
  anker: string | null;
  stellungnahme: string;
  abwaegung: string;
  ergebnis: Ergebnis;
  source: Location;
}

export interface ProcessData {
  beteiligung: Beteiligung;
  strategie: Strategie;
  stellungnahmen: Stellungnahme[];
}
