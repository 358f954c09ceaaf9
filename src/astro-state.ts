/**
 * Astro keeps generated files in `<tool>/.astro/`: types, the list of the content modules it loads (the chapters),
 * the dev server's content store and, for an output folder outside the tool's folder, the prerendered pages' code.
 * They belong to one run of one project. Two runs at once (a build of a test fixture beside another, a second
 * county's preview) overwrote each other's list and code: a build failed, or could have loaded another project's
 * chapters. So every run registers while it uses the folder:
 *
 *   a build    waits while any other build runs, or a preview of another project
 *   a preview  waits while a build or preview of another project runs (one of the same project may run alongside:
 *              the preview keeps its content store apart from a build's)
 *   the folder is emptied when the project changes and nobody uses it
 *
 * The register is a folder of one file per run (`<pid>.json`), changed only under a short lock (an atomic mkdir);
 * entries of processes that no longer run are dropped. Astro's cache folder (content layer data store) is the
 * project's own anyway (project-cache.ts); claiming marks it and clears those of vanished projects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { outputMessages } from './errors/build.ts';
import { isRunning } from './output/staging.ts';
import { astroCacheDir, claimCacheFolder } from './project-cache.ts';

export type AstroRun = 'bau' | 'vorschau';

interface Entry {
  pid: number;
  kind: AstroRun;
  project: string;
}

export interface AstroStateOptions {
  /** What this run is. */
  kind: AstroRun;
  /** Hears the waiting message (German), at most every `noticeMs`. */
  notice?: (message: string) => void;
  noticeMs?: number;
  /** Whether a process still runs (tests pass their own). */
  running?: (pid: number) => boolean;
  pid?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Gives up after this long (default 15 minutes): a forgotten preview must not hold a build for ever. */
  maxWaitMs?: number;
}

/** Registers this run as user of `<appRoot>/.astro/` for `projectRoot`, waiting for conflicting runs; returns release. */
export async function useAstroState(appRoot: string, projectRoot: string, options: AstroStateOptions): Promise<() => void> {
  const project = path.resolve(projectRoot);
  claimCacheFolder(astroCacheDir(appRoot, project), project);
  const register = path.join(appRoot, 'node_modules', '.cache', 'astro-nutzung');
  fs.mkdirSync(register, { recursive: true });
  const pid = options.pid ?? process.pid;
  const running = options.running ?? isRunning;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const own = path.join(register, `${pid}.json`);
  const started = Date.now();
  let lastNotice = -Infinity;
  for (;;) {
    const blocker = withLock(register, running, () => {
      const others = entries(register, running).filter((e) => e.pid !== pid);
      const conflict = others.find((o) => o.project !== project || (options.kind === 'bau' && o.kind === 'bau'));
      if (conflict) return conflict;
      if (others.length === 0) resetIfOtherProject(appRoot, project);
      fs.writeFileSync(own, JSON.stringify({ pid, kind: options.kind, project } satisfies Entry));
      return null;
    });
    if (!blocker) break;
    const now = Date.now();
    if (now - started > (options.maxWaitMs ?? 15 * 60_000)) throw new Error(outputMessages.gaveUpWaitingForAstro(blocker));
    if (options.notice && now - lastNotice >= (options.noticeMs ?? 10_000)) {
      options.notice(outputMessages.waitingForAstro(blocker, Math.round((now - started) / 1000)));
      lastNotice = now;
    }
    await sleep(250);
  }
  const release = () => {
    fs.rmSync(own, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

function entries(register: string, running: (pid: number) => boolean): Entry[] {
  const found: Entry[] = [];
  for (const name of fs.readdirSync(register)) {
    if (!/^\d+\.json$/.test(name)) continue;
    const file = path.join(register, name);
    try {
      const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as Entry;
      if (running(entry.pid)) found.push(entry);
      else fs.rmSync(file, { force: true });
    } catch {
      fs.rmSync(file, { force: true }); // half written by a process that died meanwhile
    }
  }
  return found;
}

/** Runs `fn` holding the register's lock (a folder: mkdir is atomic); a lock left by a dead process is broken. */
function withLock<T>(register: string, running: (pid: number) => boolean, fn: () => T): T {
  const lock = path.join(register, 'sperre');
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readOr(path.join(lock, 'pid'), '0'));
      const age = Date.now() - (statOr(lock)?.mtimeMs ?? Date.now());
      // its holder died, or never wrote its pid (killed between the two steps)
      if ((holder > 0 && !running(holder)) || (holder === 0 && age > 5_000)) fs.rmSync(lock, { recursive: true, force: true });
      else if (attempt > 2_000) throw new Error(`Die Sperre ${lock} wird nicht frei.`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function resetIfOtherProject(appRoot: string, project: string): void {
  const dir = path.join(appRoot, '.astro');
  const marker = path.join(dir, 'sozialbericht-projekt.txt');
  if (readOr(marker, null) === project) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(marker, project);
}

function readOr<T>(file: string, fallback: T): string | T {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function statOr(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
