/**
 * All or nothing: a build writes into a new folder next to the output folder and only a build that finished every
 * phase puts it in place. A failed, interrupted or killed build leaves the previous website untouched.
 *
 *   dist.neu-<pid>/  ← the build writes here (same parent, hence same file system: renames are atomic)
 *   publish():  dist → dist.alt-<pid>,  dist.neu-<pid> → dist,  remove dist.alt-<pid>
 *   discard():  remove dist.neu-<pid>
 *
 * A killed build leaves its `.neu-<pid>` (or, killed between the two renames, its `.alt-<pid>`) behind; the next
 * build removes the folders of processes that no longer run, and puts an `.alt-` folder back if dist/ is missing.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface StagedOutput {
  /** The folder the build writes into. */
  readonly dir: string;
  /** Puts the new folder in place of the output folder; the old one is removed. */
  publish(): void;
  /** Removes the new folder; the output folder stays as it was. */
  discard(): void;
}

/** Whether a process with this id runs (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SIDE = /^\.(neu|alt)-(\d+)$/;

/** The `.neu-<pid>` and `.alt-<pid>` folders next to `outDir` whose build no longer runs. */
function leftovers(outDir: string, running: (pid: number) => boolean, self: number): { dir: string; kind: 'neu' | 'alt' }[] {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(base)) return [];
    const m = SIDE.exec(name.slice(base.length));
    if (!m) return [];
    const pid = Number(m[2]);
    if (pid !== self && running(pid)) return [];
    return [{ dir: path.join(parent, name), kind: m[1] as 'neu' | 'alt' }];
  });
}

/** Cleans up after killed builds; returns the folders removed or put back. */
export function removeLeftovers(outDir: string, running: (pid: number) => boolean = isRunning, self = process.pid): string[] {
  const found = leftovers(outDir, running, self);
  // an `.alt-` folder is the last good output when a build was killed between its two renames
  const restore = fs.existsSync(outDir) ? undefined : found.find((f) => f.kind === 'alt');
  if (restore) fs.renameSync(restore.dir, outDir);
  for (const f of found) if (f !== restore) fs.rmSync(f.dir, { recursive: true, force: true });
  return found.map((f) => f.dir);
}

export function stageOutput(outDir: string, pid: number = process.pid): StagedOutput {
  const dir = `${outDir}.neu-${pid}`;
  const old = `${outDir}.alt-${pid}`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return {
    dir,
    publish() {
      const hadOld = fs.existsSync(outDir);
      if (hadOld) fs.renameSync(outDir, old);
      try {
        fs.renameSync(dir, outDir);
      } catch (e) {
        if (hadOld) fs.renameSync(old, outDir);
        throw e;
      }
      fs.rmSync(old, { recursive: true, force: true });
    },
    discard() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
