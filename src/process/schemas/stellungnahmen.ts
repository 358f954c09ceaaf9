/**
 * `data/stellungnahmen/*.csv`: written statements on a draft and how each was weighed (Abwägung).
 *
 * ```csv
 * nr,eingang,institution,abschnitt,stellungnahme,abwaegung,ergebnis[,publikation]
 * 2,2026-06-08,Jobcenter Hainwald,umsetzung-und-monitoring#indikatoren-und-zielwerte,"…","…",beruecksichtigt
 * ```
 *
 * `abschnitt` is a chapter (its address segment, or its file name without `.mdx`), optionally followed by
 * `#` and the anchor of a heading in it. The optional column `publikation` names the publication folder;
 * without it a Stellungnahme belongs to the publication that has the named chapter.
 */
import { z } from 'zod';
import { columnsOf, optionalTextField, requiredTextField } from '../../data/schemas/fields.ts';
import { choiceField, dateField } from './fields.ts';

export const ERGEBNISSE = ['beruecksichtigt', 'teilweise', 'nicht_beruecksichtigt', 'kenntnisnahme'] as const;
export type Ergebnis = (typeof ERGEBNISSE)[number];

export const ERGEBNIS_LABEL: Record<Ergebnis, string> = {
  beruecksichtigt: 'berücksichtigt',
  teilweise: 'teilweise berücksichtigt',
  nicht_beruecksichtigt: 'nicht berücksichtigt',
  kenntnisnahme: 'zur Kenntnis genommen',
};

export const stellungnahmeRow = z.object({
  /** Running number, as cited in the Abwägung. */
  nr: requiredTextField,
  /** Date received. */
  eingang: dateField,
  /** The institution that sent it (no private persons). */
  institution: requiredTextField,
  /** `kapitel` or `kapitel#anker`. */
  abschnitt: requiredTextField,
  stellungnahme: requiredTextField,
  abwaegung: requiredTextField,
  ergebnis: choiceField(ERGEBNISSE),
  /** Optional publication folder, e.g. `armutspraeventionsstrategie`. */
  publikation: optionalTextField,
});

export type StellungnahmeRow = z.output<typeof stellungnahmeRow>;
export const STELLUNGNAHMEN_COLUMNS = columnsOf(stellungnahmeRow);
