/**
 * The four phases of a planning process for a poverty-prevention strategy, in their ideal order
 * (they may overlap or recur in practice). The ids are what planners write in the CSV files and in
 * `<Beteiligung phase="…" />`; the labels are what readers see.
 */
export const PHASEN = ['orientierung', 'datenanalyse', 'fachoeffentliche_diskussion', 'strategieentwicklung'] as const;
export type Phase = (typeof PHASEN)[number];

export const PHASE_LABEL: Record<Phase, string> = {
  orientierung: 'Orientierungsphase',
  datenanalyse: 'Datenanalyse',
  fachoeffentliche_diskussion: 'Fachöffentliche Diskussion',
  strategieentwicklung: 'Strategieentwicklung',
};

export function isPhase(value: string): value is Phase {
  return (PHASEN as readonly string[]).includes(value);
}
