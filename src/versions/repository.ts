/**
 * What git can tell about the project folder before anything else: is there git, a repository, a commit,
 * and is the history complete (a CI clone is often shallow and without tags)?
 */
import { GitError, tryGit, type Git } from './git.ts';

export type RepositoryState =
  | { kind: 'ok'; shallow: boolean; head: string }
  | { kind: 'ohne-git' }
  | { kind: 'kein-repository' }
  | { kind: 'keine-commits' };

export function repositoryState(git: Git): RepositoryState {
  let inside: string | null;
  try {
    inside = tryGit(git, ['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'fehlt') return { kind: 'ohne-git' };
    throw err;
  }
  if (inside?.trim() !== 'true') return { kind: 'kein-repository' };
  const head = tryGit(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])?.trim();
  if (!head) return { kind: 'keine-commits' };
  const shallow = tryGit(git, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  return { kind: 'ok', shallow, head };
}

/** Files with uncommitted changes (staged, unstaged or new and not ignored) below the project folder. */
export function changedFiles(git: Git): string[] {
  const out = git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']);
  const files: string[] = [];
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.length < 4) continue;
    files.push(e.slice(3));
    if (e[0] === 'R' || e[0] === 'C') i++; // renames carry the old name as the next entry
  }
  return files;
}
