/**
 * Throwaway git repositories for tests, in os.tmpdir(): files written, commits and annotated tags made with
 * pinned dates and a fixed author, isolated from the user's git configuration. Each repo takes a few ms.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realGit, type Git } from '../../src/versions/git.ts';

export interface TestRepo {
  dir: string;
  /** The real git in this repository (isolated configuration; tag dates follow the last `at`). */
  git: Git;
  write(file: string, content: string | Uint8Array): void;
  remove(file: string): void;
  /** Stages everything and commits with author and committer date `date` (ISO); returns the full hash. */
  commit(message: string, date: string): string;
  /** An annotated tag on HEAD (or `target`), made at `date`. */
  tag(name: string, message: string, date: string, target?: string): void;
  /** Any git command, stdout trimmed. */
  run(...args: string[]): string;
  cleanup(): void;
}

/** Environment without the user's or system's git configuration. */
export function isolatedGitEnv(date?: string): NodeJS.ProcessEnv {
  return {
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Sozialplanung',
    GIT_AUTHOR_EMAIL: 'sozialplanung@example.org',
    GIT_COMMITTER_NAME: 'Sozialplanung',
    GIT_COMMITTER_EMAIL: 'sozialplanung@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
}

export function createTestRepo(files: Record<string, string> = {}, options: { init?: boolean } = {}): TestRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-git-'));
  const exec = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...isolatedGitEnv(date) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  if (options.init !== false) exec(['init', '-q', '-b', 'main']);
  const repo: TestRepo = {
    dir,
    git: realGit(dir, { env: isolatedGitEnv() }),
    write(file, content) {
      const abs = path.join(dir, file);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    },
    remove(file) {
      fs.rmSync(path.join(dir, file));
    },
    commit(message, date) {
      exec(['add', '-A']);
      exec(['commit', '-q', '--allow-empty', '-m', message], date);
      return exec(['rev-parse', 'HEAD']);
    },
    tag(name, message, date, target = 'HEAD') {
      exec(['tag', '-a', name, '-m', message, target], date);
    },
    run: (...args) => exec(args),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  for (const [file, content] of Object.entries(files)) repo.write(file, content);
  return repo;
}
