/**
 * `npm run fassung`: records the current saved state as a Fassung (an annotated tag `fassung-<datum>-<status>`).
 * Refuses, with a German reason, when there are uncommitted changes, the status would step back (without
 * `--zurueck`), a required value is missing, or the check of content and data finds an error.
 * Git, the clock, the check and the question prompt are passed in.
 */
import type { Problem } from '../errors/problem.ts';
import { hasErrors } from '../errors/problem.ts';
import { versionErrors } from '../errors/versions.ts';
import type { ProjectPaths } from '../project.ts';
import { loadPublications } from '../publication/load.ts';
import { STATUS, STATUS_LABEL, type Status } from '../publication/settings-schema.ts';
import { formatFassungMessage, type FassungMessage } from './fassung-message.ts';
import { listFassungen, TAG_PREFIX, type Fassung } from './fassungen.ts';
import { GitError, tryGit, type Git } from './git.ts';
import { changedFiles, repositoryState } from './repository.ts';
import { checkTransition, isStatus } from './status-flow.ts';

export interface FassungRequest {
  status?: string | undefined;
  titel?: string | undefined;
  beschlussdatum?: string | undefined;
  drucksache?: string | undefined;
  /** Allow a step back in the lifecycle. */
  zurueck?: boolean | undefined;
}

export interface CreateFassungDeps {
  git: Git;
  paths: ProjectPaths;
  now: () => Date;
  /** Phase 1 of the build (pipeline.checkProject). */
  check: (paths: ProjectPaths) => Promise<Problem[]>;
  /** Asks on the terminal; absent when not interactive (then missing values are errors). */
  ask?: ((question: string) => Promise<string>) | undefined;
}

export type CreateFassungResult =
  | { ok: true; tag: string; message: FassungMessage; commit: string; latest: Fassung | undefined; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function createFassung(request: FassungRequest, deps: CreateFassungDeps): Promise<CreateFassungResult> {
  const { git, paths } = deps;
  const fail = (...problems: Problem[]): CreateFassungResult => ({ ok: false, problems });
  let state;
  try {
    state = repositoryState(git);
  } catch (err) {
    if (err instanceof GitError) return fail(versionErrors.noRepositoryForFassung());
    throw err;
  }
  if (state.kind === 'ohne-git') return fail(versionErrors.gitMissing());
  if (state.kind !== 'ok') return fail(versionErrors.noRepositoryForFassung());
  const dirty = changedFiles(git);
  if (dirty.length > 0) return fail(versionErrors.dirtyTree(dirty));

  const { fassungen } = listFassungen(git);
  const latest = fassungen.at(-1);
  const warnings: Problem[] = [];

  const statusText = request.status ?? (await askStatus(deps, latest));
  if (!statusText) return fail(versionErrors.missingValue('status', `der Status der Fassung (${STATUS.join(', ')})`));
  if (!isStatus(statusText)) return fail(versionErrors.badStatus(statusText));
  const status: Status = statusText;
  const step = checkTransition(latest, status, request.zurueck === true);
  if (step?.severity === 'fehler') return fail(step);
  if (step) warnings.push(step);

  const titel = (request.titel ?? (await deps.ask?.(`Titel der Fassung [${STATUS_LABEL[status]}]: `))) || STATUS_LABEL[status];
  const message: FassungMessage = { status, titel: titel.trim() };
  if (status === 'beschlossen') {
    const datum = request.beschlussdatum ?? (await deps.ask?.('Datum des Beschlusses (JJJJ-MM-TT): '))?.trim();
    if (!datum) return fail(versionErrors.missingValue('beschlussdatum', 'das Datum des Beschlusses'));
    if (!DATE.test(datum) || Number.isNaN(Date.parse(datum))) return fail(versionErrors.badDate('beschlussdatum', datum));
    const drucksache = request.drucksache ?? (await deps.ask?.('Drucksache (z. B. DS 2026/123): '))?.trim();
    if (!drucksache) return fail(versionErrors.missingValue('drucksache', 'die Nummer der Drucksache (z. B. DS 2026/123)'));
    message.beschlussdatum = datum;
    message.drucksache = drucksache;
  }

  for (const p of loadPublications(paths).publications) {
    if (p.settings.status !== status) warnings.push(versionErrors.statusMismatch(`content/${p.slug}/publikation.yaml`, p.settings.status, status));
  }

  const problems = await deps.check(paths);
  if (hasErrors(problems)) return fail(...problems, versionErrors.checkFailed(problems.filter((p) => p.severity === 'fehler').length));

  const tag = freeTagName(git, `${TAG_PREFIX}${berlinDate(deps.now())}-${status}`);
  try {
    git.run(['tag', '-a', tag, '-F', '-'], formatFassungMessage(message));
  } catch (err) {
    if (err instanceof GitError) return fail(versionErrors.tagFailed(tag, err.stderr || err.message));
    throw err;
  }
  return { ok: true, tag, message, commit: state.head, latest, warnings };
}

async function askStatus(deps: CreateFassungDeps, latest: Fassung | undefined): Promise<string | undefined> {
  if (!deps.ask) return undefined;
  const list = STATUS.map((s, i) => `  ${i + 1} ${s} – ${STATUS_LABEL[s]}`).join('\n');
  const now = latest ? `Letzte Fassung: ${latest.tag} (${latest.status}).\n` : '';
  const answer = (await deps.ask(`${now}Status der neuen Fassung:\n${list}\nNummer oder Name: `)).trim();
  return /^[1-4]$/.test(answer) ? STATUS[Number(answer) - 1] : answer || undefined;
}

/** `fassung-2026-11-24-entwurf`, or `…-2`, `…-3` when that name is taken. */
function freeTagName(git: Git, base: string): string {
  const taken = (name: string) => tryGit(git, ['rev-parse', '--verify', '--quiet', `refs/tags/${name}`]) !== null;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The calendar date in the county's time zone, `JJJJ-MM-TT`. */
function berlinDate(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
