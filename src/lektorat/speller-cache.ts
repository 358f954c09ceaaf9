/**
 * The one owner of the speller's verdicts on disk: which words the dictionary knows, so that a check run again on
 * unchanged chapters needs no dictionary at all (loading it is most of the Lektorat's time), and a run after an edit
 * asks only about the new words. One file per project (project-cache.ts):
 *
 *   <cwd>/node_modules/.cache/bericht-lektorat/<projekt>-<hash>/woerter.json   { key, unknown: [...], known: [...] }
 *
 * Invalidation: `key` hashes everything a verdict depends on — the speller's code (speller-worker.ts), the
 * dictionary files (size and time) and the project's word list — so a new dictionary, a changed speller or an edited
 * content/woerterbuch.txt starts an empty cache. A cache that cannot be read or written only costs time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimCacheFolder, projectCacheKey } from '../project-cache.ts';

export const CACHE_FILE = 'woerter.json';

export interface SpellerCache {
  /** true: known; false: unknown; undefined: not asked yet. */
  verdict(word: string): boolean | undefined;
  /** Adds the speller's answers for `asked` (the words it did not know are `unknown`) and writes the file. */
  remember(asked: readonly string[], unknown: ReadonlySet<string>): void;
}

export function spellerCacheDir(projectRoot: string, base: string = process.cwd()): string {
  return path.join(base, 'node_modules', '.cache', 'bericht-lektorat', projectCacheKey(projectRoot));
}

function cacheKey(personal: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(fs.readFileSync(new URL('./speller-worker.ts', import.meta.url)));
  const dictionary = path.dirname(fileURLToPath(import.meta.resolve('dictionary-de')));
  for (const f of ['index.aff', 'index.dic']) {
    const s = fs.statSync(path.join(dictionary, f));
    hash.update(`\0${f}:${s.size}:${s.mtimeMs}`);
  }
  hash.update(`\0${[...personal].sort().join('\n')}`);
  return hash.digest('hex');
}

export function spellerCache(projectRoot: string, personal: readonly string[], base: string = process.cwd()): SpellerCache {
  const dir = spellerCacheDir(projectRoot, base);
  const file = path.join(dir, CACHE_FILE);
  const key = cacheKey(personal);
  const verdicts = new Map<string, boolean>();
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string; unknown?: string[]; known?: string[] };
    if (stored.key === key) {
      for (const w of stored.known ?? []) verdicts.set(w, true);
      for (const w of stored.unknown ?? []) verdicts.set(w, false);
    }
  } catch {
    // no cache yet, or an unreadable one: ask the speller
  }
  return {
    verdict: (word) => verdicts.get(word),
    remember(asked, unknown) {
      if (asked.length === 0) return;
      for (const w of asked) verdicts.set(w, !unknown.has(w));
      const known = [...verdicts].filter(([, k]) => k).map(([w]) => w);
      const notKnown = [...verdicts].filter(([, k]) => !k).map(([w]) => w);
      try {
        claimCacheFolder(dir, projectRoot);
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ key, unknown: notKnown, known }));
        fs.renameSync(tmp, file);
      } catch {
        // a cache that cannot be written only costs time
      }
    },
  };
}
