/**
 * Which status a new Fassung may have after the latest one. The lifecycle runs
 * entwurf → fachoeffentlich → beschlussvorlage → beschlossen.
 *
 * Decision: the same status again (a revised draft) and any step forward (also skipping a step) are fine.
 * A step back (a new draft after the decision, a council paper sent back to the committees) is refused unless
 * the planner says so with `--zurueck`; then it is a warning. A latest Fassung with unknown status does not block.
 */
import type { Problem } from '../errors/problem.ts';
import { versionErrors } from '../errors/versions.ts';
import { STATUS, type Status } from '../publication/settings-schema.ts';
import type { Fassung } from './fassungen.ts';

export function checkTransition(latest: Fassung | undefined, next: Status, zurueck: boolean): Problem | null {
  if (!latest || latest.status === 'unbekannt') return null;
  if (STATUS.indexOf(next) >= STATUS.indexOf(latest.status)) return null;
  const from = { tag: latest.tag, status: latest.status };
  return zurueck ? versionErrors.statusBackwardsAllowed(from, next) : versionErrors.statusBackwards(from, next);
}

export function isStatus(value: string): value is Status {
  return (STATUS as readonly string[]).includes(value);
}
