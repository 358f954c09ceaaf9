/**
 * Spelling on a worker thread, started as soon as the chapters are parsed: it loads the dictionary and checks the
 * words while the main thread checks everything else. Resolves with the words it does not know. With a project
 * root, the verdicts of earlier runs are taken from the speller cache (speller-cache.ts) and only new words go to
 * the worker; when there are none, no worker starts and no dictionary is loaded.
 */
import { Worker } from 'node:worker_threads';
import { spellerCache } from './speller-cache.ts';

function askWorker(words: readonly string[], personal: readonly string[]): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./speller-worker.ts', import.meta.url), { workerData: { words: [...words], personal: [...personal] } });
    worker.once('message', (unknown: string[]) => {
      resolve(new Set(unknown));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export function startSpeller(words: readonly string[], personal: readonly string[], projectRoot?: string): Promise<Set<string>> {
  if (projectRoot === undefined) return askWorker(words, personal);
  const cache = spellerCache(projectRoot, personal);
  const unknown = new Set(words.filter((w) => cache.verdict(w) === false));
  const ask = words.filter((w) => cache.verdict(w) === undefined);
  if (ask.length === 0) return Promise.resolve(unknown);
  return askWorker(ask, personal).then((found) => {
    cache.remember(ask, found);
    for (const w of found) unknown.add(w);
    return unknown;
  });
}
