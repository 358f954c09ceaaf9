/**
 * Checked data, shared by every copy of the data layer in one process. The build checks the data in the
 * pipeline's check phase and then renders pages in Astro, which bundles its own copy of src/data/: a cache in a
 * module variable would load everything twice. So the cache lives on globalThis, per project.
 *
 * Two fingerprints keep it from ever serving old data:
 *   stamp   size, times (ns) and inode of every data file and folder: a few stat calls, for getStore on every page
 *   digest  a hash of the path and content of every data file: exact, for checkData (which reads them anyway)
 * A stamp taken within a second of a change is not trusted (the next getStore compares contents instead).
 * An entry also remembers the project generation (src/project-generation.ts) it was checked under.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { CheckResult } from './check.ts';
import type { DataFiles } from './read/files.ts';

interface Entry {
  digest: string;
  /** Folders and files whose stat makes up the stamp. */
  watched: readonly string[];
  stamp: Stamp;
  generation: number;
  result: CheckResult;
}

const KEY = Symbol.for('sozialbericht.daten');
/** Entries kept (the project, plus a few older versions checked by `fassung`). */
const LIMIT = 4;

type WithCache = typeof globalThis & { [KEY]?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  const g = globalThis as WithCache;
  return (g[KEY] ??= new Map());
}

/** Every file whose content the check reads, sorted as listed. */
export function checkedFiles(files: DataFiles): string[] {
  return [...files.gebiete, ...files.indikatoren, ...files.werte, ...files.datasets.map((d) => d.file), ...files.geo, ...files.settings.map((s) => s.file), ...files.ignored, ...files.quellen.flatMap((q) => (q.yaml ? [q.file, q.yaml] : [q.file])), ...files.quellenOhneExport];
}

export interface Stamp {
  text: string;
  /**
   * A path changed less than a second before the stamp was taken: a second change within the file system's
   * time resolution could leave the stamp the same (Git calls such entries „racily clean“). Not trusted then.
   */
  racy: boolean;
}

/** Path, size, modification and change time and inode of every path (no content read). */
export function dataStamp(paths: readonly string[]): Stamp {
  const takenNs = BigInt(Date.now()) * 1_000_000n;
  let newest = 0n;
  const text = paths
    .map((file) => {
      const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
      if (!s) return `${file}\u0000-`;
      if (s.mtimeNs > newest) newest = s.mtimeNs;
      if (s.ctimeNs > newest) newest = s.ctimeNs;
      return `${file}\u0000${s.size}\u0000${s.mtimeNs}\u0000${s.ctimeNs}\u0000${s.ino}`;
    })
    .join('\n');
  return { text, racy: newest > takenNs - 1_000_000_000n };
}

/** What a stamp covers: the folders (a file added or removed changes its folder) and the files read. */
export function watchedPaths(files: DataFiles): string[] {
  return [...files.folders, ...checkedFiles(files)];
}

/** Hash of the paths and of the contents read (files not read count by path only). */
export function dataDigest(files: readonly string[], contents: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash('sha1');
  for (const file of files) {
    const bytes = contents.get(file);
    hash.update(`${file}\u0000${bytes ? bytes.length : -1}\u0000`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}

const keyOf = (root: string, dataDir: string) => `${root}\u0000${dataDir}`;

/** The result checked for exactly these contents, if any. */
export function byDigest(root: string, dataDir: string, digest: string): CheckResult | undefined {
  const e = entries().get(keyOf(root, dataDir));
  return e?.digest === digest ? e.result : undefined;
}

/** The result checked in this project generation for files that still look the same (stamp), if any. */
export function byStamp(root: string, dataDir: string, generation: number): CheckResult | undefined {
  const e = entries().get(keyOf(root, dataDir));
  return e && e.generation === generation && !e.stamp.racy && dataStamp(e.watched).text === e.stamp.text ? e.result : undefined;
}

export function remember(root: string, dataDir: string, entry: Entry): void {
  const map = entries();
  const key = keyOf(root, dataDir);
  map.delete(key);
  map.set(key, entry);
  for (const old of map.keys()) {
    if (map.size <= LIMIT) break;
    map.delete(old);
  }
}

export function forgetAll(): void {
  entries().clear();
}
