/**
 * The participation matrix: actor groups × phases, recommended (a step of the phase names the group in „wer“)
 * against actual (an actor of the group took part in a meeting of the phase).
 */
import { PHASEN, type Phase } from './phases.ts';
import { groupsPerPhase } from './required-groups.ts';
import type { Beteiligung } from './types.ts';

export type MatrixMark = 'empfohlen-beteiligt' | 'empfohlen-fehlt' | 'zusaetzlich' | 'keine';

export const MATRIX_LEGEND: Record<MatrixMark, { symbol: string; text: string }> = {
  'empfohlen-beteiligt': { symbol: '●', text: 'empfohlen und beteiligt' },
  'empfohlen-fehlt': { symbol: '○', text: 'empfohlen, nicht beteiligt' },
  zusaetzlich: { symbol: '◆', text: 'beteiligt, ohne Empfehlung' },
  keine: { symbol: '–', text: 'weder empfohlen noch beteiligt' },
};

export interface MatrixRow {
  gruppe: string;
  cells: { phase: Phase; mark: MatrixMark }[];
}

export function participationMatrix(b: Beteiligung): MatrixRow[] {
  const actual = groupsPerPhase(b);
  const recommended = new Map<Phase, Set<string>>(PHASEN.map((p) => [p, new Set<string>()]));
  for (const s of b.schritte) for (const g of s.wer) recommended.get(s.phase)!.add(g);
  return b.gruppen.map((gruppe) => ({
    gruppe,
    cells: PHASEN.map((phase) => {
      const r = recommended.get(phase)!.has(gruppe);
      const a = actual.get(phase)!.has(gruppe);
      const mark: MatrixMark = r ? (a ? 'empfohlen-beteiligt' : 'empfohlen-fehlt') : a ? 'zusaetzlich' : 'keine';
      return { phase, mark };
    }),
  }));
}
