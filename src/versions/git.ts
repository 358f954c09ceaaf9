/**
 * Git as an injected effect. Everything in src/versions/ reads history through this small interface, so tests
 * can pass a real git in a throwaway repository or a fake that fails like a missing git.
 *
 * The calls are synchronous: the version stamp is read in Astro frontmatter, where sync code is simplest, and
 * every call is short (a few milliseconds in a report repository).
 */
import { execFileSync } from 'node:child_process';

export interface Git {
  /** Runs `git <args>` in the project folder and returns stdout as UTF-8. Throws GitError on failure. */
  run(args: readonly string[], input?: string): string;
  /** Same, stdout as bytes (file contents in Windows-1252 must not be decoded as UTF-8). */
  bytes(args: readonly string[], input?: string): Uint8Array;
}

/** Why a git call failed: git is not installed, or it ran and exited with an error. */
export class GitError extends Error {
  readonly kind: 'fehlt' | 'fehlgeschlagen';
  readonly stderr: string;
  constructor(kind: 'fehlt' | 'fehlgeschlagen', message: string, stderr = '') {
    super(message);
    this.name = 'GitError';
    this.kind = kind;
    this.stderr = stderr;
  }
}

export interface RealGitOptions {
  /** Extra environment, e.g. GIT_COMMITTER_DATE to pin the date of a new tag in tests. */
  env?: NodeJS.ProcessEnv;
}

/** The real git, run with `cwd` = the project folder (which may be a subfolder of the repository). */
export function realGit(cwd: string, options: RealGitOptions = {}): Git {
  const env = { ...process.env, ...options.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  const exec = (args: readonly string[], input?: string): Buffer => {
    try {
      return execFileSync('git', [...args], {
        cwd,
        env,
        input,
        stdio: ['pipe', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stderr?: Buffer; status?: number };
      if (e.code === 'ENOENT') throw new GitError('fehlt', 'git ist nicht installiert.');
      const stderr = e.stderr?.toString('utf8').trim() ?? '';
      throw new GitError('fehlgeschlagen', `git ${args.join(' ')}: ${stderr || e.message}`, stderr);
    }
  };
  return {
    run: (args, input) => exec(args, input).toString('utf8'),
    bytes: (args, input) => new Uint8Array(exec(args, input)),
  };
}

/** `git …` output, or null when the call fails (for questions whose „no“ is a normal answer). */
export function tryGit(git: Git, args: readonly string[]): string | null {
  try {
    return git.run(args);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'fehlgeschlagen') return null;
    throw err;
  }
}
