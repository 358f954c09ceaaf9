/**
 * Required actor groups (`pflichtgruppen` in publikation.yaml): each must take part in at least one meeting
 * (termine.csv) of every phase that has begun. A gap is a warning at the first meeting of that phase (column
 * „beteiligte“), or at the header of termine.csv when the phase has no meeting although a later one has.
 * Phases after the latest phase with a meeting have not begun yet and are not checked.
 *
 * The groups are read from the publications of `art: strategie` (the process belongs to the strategy); without
 * such a publication from all publications; without publications the default applies.
 */
import { processErrors } from '../errors/process.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { closest } from '../data/similar.ts';
import type { Publication } from '../publication/load.ts';
import { settingsSchema } from '../publication/settings-schema.ts';
import { PHASE_LABEL, PHASEN, type Phase } from './phases.ts';
import type { Beteiligung } from './types.ts';
import { yamlKeyLocation } from './yaml-location.ts';
import type { ProjectPaths } from '../project.ts';

export function requiredGroups(publications: readonly Publication[]): { gruppen: string[]; from: Publication[] } {
  const strategies = publications.filter((p) => p.settings.art === 'strategie');
  const from = strategies.length > 0 ? strategies : [...publications];
  if (from.length === 0) {
    const defaults = settingsSchema.shape.pflichtgruppen.parse(undefined);
    return { gruppen: [...defaults], from };
  }
  return { gruppen: [...new Set(from.flatMap((p) => p.settings.pflichtgruppen))], from };
}

/** Which groups took part in a meeting of each phase. */
export function groupsPerPhase(b: Beteiligung): Map<Phase, Set<string>> {
  const out = new Map<Phase, Set<string>>(PHASEN.map((p) => [p, new Set<string>()]));
  for (const t of b.termine) {
    for (const id of t.beteiligte) {
      const g = b.akteure.get(id)?.gruppe;
      if (g) out.get(t.phase)!.add(g);
    }
  }
  return out;
}

export function checkRequiredGroups(
  paths: ProjectPaths,
  b: Beteiligung & { termineFile: string },
  publications: readonly Publication[],
): Problem[] {
  if (b.akteure.size === 0 && b.termine.length === 0) return [];
  const problems: Problem[] = [];
  const { gruppen, from } = requiredGroups(publications);
  for (const g of gruppen) {
    if (b.gruppen.includes(g)) continue;
    const pub = from.find((p) => p.settings.pflichtgruppen.includes(g));
    const at: Location = pub ? yamlKeyLocation(paths, pub.slug, 'pflichtgruppen') : { file: 'data/beteiligung/akteure.csv', line: 0, column: 0 };
    problems.push(processErrors.unknownRequiredGroup(at, g, b.gruppen, closest(g, b.gruppen)));
  }
  const present = groupsPerPhase(b);
  const begun = Math.max(-1, ...b.termine.map((t) => PHASEN.indexOf(t.phase)));
  for (const phase of PHASEN.slice(0, begun + 1)) {
    const first = b.termine.find((t) => t.phase === phase);
    const at: Location = first ? first.beteiligteAt : { file: b.termineFile, line: 1, column: 1 };
    for (const g of gruppen) {
      if (!b.gruppen.includes(g)) continue;
      if (!present.get(phase)!.has(g)) problems.push(processErrors.requiredGroupMissing(at, g, PHASE_LABEL[phase]));
    }
  }
  return problems;
}
