/**
 * Everything the versions pages need, computed once: the Fassungen, whether the clone has the history to compare
 * them, a German notice when it has not, and the two kinds of comparison the pages show. When history is missing
 * the result says why instead of comparing: rather no diff than a wrong one.
 */
import { versionErrors } from '../errors/versions.ts';
import type { Problem } from '../errors/problem.ts';
import { formatDateShort } from '../site/dates.ts';
import { publicationChanges, type PublicationChanges } from './changes.ts';
import type { DataCache } from './data-revision.ts';
import { listFassungen, predecessor, type Fassung } from './fassungen.ts';
import type { Git } from './git.ts';
import { repositoryState, type RepositoryState } from './repository.ts';
import { hasRevision, type Revision } from './revision.ts';
import type { VersionStamp } from './stamp.ts';

/**
 * Why the pages cannot show Fassungen, for readers of the public site: no git, no npm, nothing to do for them. What
 * the planner should do is said by the build's warnings (versionErrors) and the handbook.
 */
export interface Notice {
  reader: string;
}

const READER_NO_VERSIONS = 'Zu dieser Website sind keine Fassungen verzeichnet.';

export interface VersionsOverview {
  state: RepositoryState;
  stamp: VersionStamp;
  /** Oldest first. */
  fassungen: Fassung[];
  notice: Notice | null;
  /** False when Fassungen cannot be compared (no git, shallow clone). */
  comparable: boolean;
  /** The Fassung this build is exactly (HEAD is the tagged commit and nothing is changed), or null. */
  current: Fassung | null;
  problems: Problem[];
}

export type Comparison =
  | { ok: true; from: Fassung; to: Fassung | null; changes: PublicationChanges }
  | { ok: false; reason: string; notice?: Notice };

const history: Notice = { reader: 'Die früheren Fassungen und ihre Änderungen können auf dieser Website zurzeit nicht angezeigt werden.' };

export function loadVersions(git: Git, stamp: VersionStamp): VersionsOverview {
  const state = repositoryState(git);
  if (state.kind !== 'ok') {
    return { state, stamp, fassungen: [], notice: { reader: READER_NO_VERSIONS }, comparable: false, current: null, problems: [] };
  }
  const { fassungen, problems } = listFassungen(git);
  if (state.shallow) problems.push(versionErrors.historyMissing());
  const notice: Notice | null = state.shallow
    ? history
    : fassungen.length === 0
      ? { reader: 'Es ist noch keine Fassung festgehalten. Sobald es eine gibt, steht sie hier, mit dem, was sich geändert hat.' }
      : null;
  const atHead = stamp.commitsSince === 0 && !stamp.dirty ? fassungen.filter((f) => f.commit === state.head).at(-1) : undefined;
  return { state, stamp, fassungen, notice, comparable: !state.shallow, current: atHead ?? null, problems };
}

export function fassungRevision(f: Fassung): Revision {
  return { kind: 'git', rev: f.commit, label: `Fassung ${f.tag}` };
}

export const WORKING_TREE: Revision = { kind: 'arbeitsstand', label: 'aktueller Stand' };

/** A Fassung against the one before it. */
export function compareWithPredecessor(git: Git, root: string, v: VersionsOverview, publikation: string, tag: string, cache?: DataCache): Comparison {
  if (!v.comparable) return { ok: false, reason: 'Die Änderungen können hier zurzeit nicht ermittelt werden.', ...(v.notice ? { notice: v.notice } : {}) };
  const to = v.fassungen.find((f) => f.tag === tag);
  if (!to) return { ok: false, reason: `Die Fassung „${tag}“ gibt es nicht.` };
  const from = predecessor(v.fassungen, tag);
  if (!from) return { ok: false, reason: 'Dies ist die erste Fassung; es gibt keine frühere, mit der sie verglichen werden kann.' };
  if (!hasRevision(git, from.commit) || !hasRevision(git, to.commit)) return { ok: false, reason: 'Die Fassungen können hier zurzeit nicht verglichen werden.', notice: history };
  return { ok: true, from, to, changes: publicationChanges(git, root, publikation, fassungRevision(from), fassungRevision(to), cache) };
}

/**
 * What this build changes against the Fassung it is based on (the nearest Fassung tag before HEAD, else the
 * newest). When the build IS a Fassung, that Fassung against its predecessor.
 */
export function compareCurrent(git: Git, root: string, v: VersionsOverview, publikation: string, cache?: DataCache): Comparison {
  if (v.current) return compareWithPredecessor(git, root, v, publikation, v.current.tag, cache);
  if (!v.comparable) return { ok: false, reason: 'Die Änderungen können hier zurzeit nicht ermittelt werden.', ...(v.notice ? { notice: v.notice } : {}) };
  const base = v.fassungen.find((f) => f.tag === v.stamp.tag) ?? v.fassungen.at(-1);
  if (!base) return { ok: false, reason: 'Es gibt noch keine Fassung, mit der dieser Stand verglichen werden kann.' };
  if (!hasRevision(git, base.commit)) return { ok: false, reason: 'Diese Fassung kann hier zurzeit nicht verglichen werden.', notice: history };
  return { ok: true, from: base, to: null, changes: publicationChanges(git, root, publikation, fassungRevision(base), WORKING_TREE, cache) };
}

/** `Fassung vom 02.11.2026 (fassung-2026-11-02-fachoeffentlich)` */
export function fassungName(f: Fassung): string {
  return `Fassung vom ${formatDateShort(f.date.slice(0, 10))}`;
}
