/**
 * The version of this build, from git: which Fassung it is (or how far past one), the commit date, and whether
 * the working tree has uncommitted changes. `versionText` is what readers see in the footer of every page;
 * the technical label below is for logs, file metadata and feedback links.
 *
 *   HEAD tagged fassung-2026-11-02-fachoeffentlich          → fassung-2026-11-02-fachoeffentlich
 *   3 commits later                                         → fassung-2026-11-02-fachoeffentlich+3.a1b2c3d
 *   no Fassung yet                                          → a1b2c3d
 *   uncommitted changes                                     → dirty: true, text „… (geändert) …“
 *   no git, no repository, no commit                        → „ohne Versionsangabe“ and a warning, never a crash
 */
import type { Problem } from '../errors/problem.ts';
import { versionErrors } from '../errors/versions.ts';
import { consoleLogger, type Logger } from '../log.ts';
import { projectPaths } from '../project.ts';
import type { Status } from '../publication/settings-schema.ts';
import { formatDateLong } from '../site/dates.ts';
import { parseFassungMessage } from './fassung-message.ts';
import { listFassungen, TAG_PREFIX } from './fassungen.ts';
import { realGit, tryGit, type Git } from './git.ts';
import { warnOnce } from './log-once.ts';
import { changedFiles, repositoryState } from './repository.ts';

export const NO_VERSION = 'ohne Versionsangabe';

export interface VersionStamp {
  /** `fassung-…`, `fassung-…+3.a1b2c3d`, `a1b2c3d`, or `ohne Versionsangabe`. Never contains the dirty mark. */
  label: string;
  /** The latest Fassung tag reachable from HEAD, or null. */
  tag: string | null;
  /** Commits since `tag` (0 when HEAD is the tagged commit or there is no tag). */
  commitsSince: number;
  /** Short commit hash, or null without git. */
  hash: string | null;
  /** Commit date of HEAD, ISO 8601 with the committer's offset, or null. */
  date: string | null;
  /** Uncommitted changes below the project folder (`+geändert`). */
  dirty: boolean;
  /** Status of the Fassung when the build is exactly that Fassung (HEAD is the tagged commit). */
  status?: Status;
  /** Label of that Fassung. */
  titel?: string;
  /** The clone has no full history (CI): the label may lack its Fassung. */
  shallow: boolean;
  /** Number of `tag` among all Fassungen, oldest first (1 = the first Fassung); absent without a Fassung. */
  fassungNr?: number;
  /** When the Fassung `tag` was made (ISO 8601): the date a reader sees for it. */
  fassungDate?: string;
}

const UNKNOWN: VersionStamp = { label: NO_VERSION, tag: null, commitsSince: 0, hash: null, date: null, dirty: false, shallow: false };

/** Reads the stamp through `git`; problems are warnings (the build goes on without a version). */
export function computeStamp(git: Git): { stamp: VersionStamp; problems: Problem[] } {
  const state = repositoryState(git);
  if (state.kind === 'ohne-git') return { stamp: UNKNOWN, problems: [versionErrors.gitMissing()] };
  if (state.kind === 'kein-repository') return { stamp: UNKNOWN, problems: [versionErrors.notRepository('.')] };
  if (state.kind === 'keine-commits') return { stamp: UNKNOWN, problems: [versionErrors.noCommits('.')] };
  const hash = git.run(['rev-parse', '--short=7', 'HEAD']).trim();
  const date = git.run(['log', '-1', '--format=%cI', 'HEAD']).trim();
  const dirty = changedFiles(git).length > 0;
  const { tag, commitsSince } = describe(git);
  const stamp: VersionStamp = {
    label: tag ? (commitsSince > 0 ? `${tag}+${commitsSince}.${hash}` : tag) : hash,
    tag,
    commitsSince,
    hash,
    date,
    dirty,
    shallow: state.shallow,
  };
  if (tag) {
    const fassungen = listFassungen(git).fassungen;
    const n = fassungen.findIndex((f) => f.tag === tag) + 1;
    if (n > 0) {
      stamp.fassungNr = n;
      stamp.fassungDate = fassungen[n - 1]!.date;
    }
  }
  if (tag && commitsSince === 0) {
    const parsed = parseFassungMessage(git.run(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`]));
    if (parsed.ok) {
      stamp.status = parsed.value.status;
      stamp.titel = parsed.value.titel;
    }
  }
  return { stamp, problems: state.shallow ? [versionErrors.historyMissing()] : [] };
}

/** The newest Fassung tag at HEAD, else the nearest one before it (`git describe`), with the distance. */
function describe(git: Git): { tag: string | null; commitsSince: number } {
  const atHead = tryGit(git, ['tag', '--points-at', 'HEAD', '--list', `${TAG_PREFIX}*`, '--sort=-creatordate'])
    ?.split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  if (atHead?.[0]) return { tag: atHead[0], commitsSince: 0 };
  const described = tryGit(git, ['describe', '--tags', '--long', '--abbrev=7', '--match', `${TAG_PREFIX}*`, 'HEAD'])?.trim();
  const m = described ? /^(.+)-(\d+)-g[0-9a-f]+$/.exec(described) : null;
  return m ? { tag: m[1]!, commitsSince: Number(m[2]) } : { tag: null, commitsSince: 0 };
}

/**
 * The version as readers see it in the footer of every page, never a commit hash or a tag name:
 *
 *   exactly the 2nd Fassung           → „Fassung 2 (Entwurf zur fachöffentlichen Diskussion) vom 2. November 2026“
 *   commits after the 2nd Fassung     → „Arbeitsstand vom 24. November 2026, nach Fassung 2“
 *   no Fassung yet                    → „Arbeitsstand vom 5. Januar 2026“
 *   uncommitted changes (local build) → … „ (lokal geändert)“
 *   no git                            → „ohne Versionsangabe“
 *
 * A Fassung carries the date it was made (its tag), a working state that of its last saved change (the commit).
 * The exact technical label stays in `versionId`.
 */
export function versionText(stamp: VersionStamp): string {
  if (!stamp.hash) return NO_VERSION;
  const on = (iso: string | null | undefined) => (iso ? ` vom ${formatDateLong(iso.slice(0, 10))}` : '');
  const changed = stamp.dirty ? ' (lokal geändert)' : '';
  if (stamp.fassungNr && stamp.commitsSince === 0 && !stamp.dirty) {
    return `Fassung ${stamp.fassungNr}${stamp.titel ? ` (${stamp.titel})` : ''}${on(stamp.fassungDate ?? stamp.date)}`;
  }
  const after = stamp.fassungNr ? `, nach Fassung ${stamp.fassungNr}` : '';
  return `Arbeitsstand${on(stamp.date)}${after}${changed}`;
}

/** The label with the dirty mark, for logs and file metadata: `fassung-…+3.a1b2c3d+geändert`. */
export function versionId(stamp: VersionStamp): string {
  return stamp.dirty ? `${stamp.label}+geändert` : stamp.label;
}

const cache = new Map<string, VersionStamp>();

/**
 * The stamp of the current project (BERICHT_PROJEKT or the working folder), read once per process.
 * Warnings (no git, shallow clone) are printed once.
 */
export function versionStamp(root = projectPaths().root, logger: Logger = consoleLogger): VersionStamp {
  let stamp = cache.get(root);
  if (!stamp) {
    const result = computeStamp(realGit(root));
    warnOnce(result.problems, logger);
    stamp = result.stamp;
    cache.set(root, stamp);
  }
  return stamp;
}

/** For e2e tests: the text every built page of the project at `root` must show (computed afresh, silently). */
export function expectedVersionText(root: string): string {
  return versionText(computeStamp(realGit(root)).stamp);
}
