/**
 * Spelling on a worker thread, started as soon as the chapters are parsed: it loads the dictionary and checks the
 * words while the main thread checks everything else. Resolves with the words it does not know.
 */
import { Worker } from 'node:worker_threads';

export function startSpeller(words: readonly string[], personal: readonly string[]): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./speller-worker.ts', import.meta.url), { workerData: { words: [...words], personal: [...personal] } });
    worker.once('message', (unknown: string[]) => {
      resolve(new Set(unknown));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
