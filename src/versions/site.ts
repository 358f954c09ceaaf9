/**
 * The versions facts for the website, computed once per build process for the current project
 * (BERICHT_PROJEKT or the working folder): the pages call these instead of git.
 */
import { consoleLogger } from '../log.ts';
import { projectPaths } from '../project.ts';
import type { DataCache } from './data-revision.ts';
import { realGit, type Git } from './git.ts';
import { warnOnce } from './log-once.ts';
import { compareCurrent, compareWithPredecessor, loadVersions, type Comparison, type VersionsOverview } from './overview.ts';
import { versionStamp } from './stamp.ts';

interface SiteState {
  git: Git;
  root: string;
  overview: VersionsOverview;
  data: DataCache;
  comparisons: Map<string, Comparison>;
}

let state: SiteState | null = null;

function site(): SiteState {
  const root = projectPaths().root;
  if (!state || state.root !== root) {
    const git = realGit(root);
    const overview = loadVersions(git, versionStamp(root));
    warnOnce(overview.problems, consoleLogger);
    state = { git, root, overview, data: new Map(), comparisons: new Map() };
  }
  return state;
}

export function siteVersions(): VersionsOverview {
  return site().overview;
}

/** This build against the Fassung it is based on (`/<publikation>/aenderungen/`). */
export function currentChanges(publikation: string): Comparison {
  const s = site();
  return memo(s, `aktuell\u0000${publikation}`, () => compareCurrent(s.git, s.root, s.overview, publikation, s.data));
}

/** A Fassung against its predecessor (`/<publikation>/aenderungen/<tag>/`). */
export function fassungChanges(publikation: string, tag: string): Comparison {
  const s = site();
  return memo(s, `${tag}\u0000${publikation}`, () => compareWithPredecessor(s.git, s.root, s.overview, publikation, tag, s.data));
}

function memo(s: SiteState, key: string, compute: () => Comparison): Comparison {
  let c = s.comparisons.get(key);
  if (!c) s.comparisons.set(key, (c = compute()));
  return c;
}
