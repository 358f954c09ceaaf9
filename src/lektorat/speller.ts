/**
 * Spelling, started early: `startSpeller()` loads the dictionary on a worker thread at once; `unknownWords()`
 * later hands it the words of all chapters and gets back those it does not know. One worker per check.
 */
import { Worker } from 'node:worker_threads';

export interface Speller {
  /** The words (each once) that are neither in the dictionary nor in the project's word list. */
  unknownWords(words: readonly string[], personal: readonly string[]): Promise<Set<string>>;
  close(): void;
}

export function startSpeller(): Speller {
  const worker = new Worker(new URL('./speller-worker.ts', import.meta.url));
  worker.unref();
  return {
    unknownWords: (words, personal) =>
      new Promise((resolve, reject) => {
        worker.once('message', (unknown: string[]) => resolve(new Set(unknown)));
        worker.once('error', reject);
        worker.postMessage({ words: [...words], personal: [...personal] });
      }),
    close: () => void worker.terminate(),
  };
}
