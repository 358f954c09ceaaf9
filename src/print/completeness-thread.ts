/**
 * The completeness check (completeness.ts) in a worker thread of its own, started before the page is printed so that
 * pdf.js is loaded by the time the PDF's bytes arrive. One thread per publication, one check, then it ends. Should
 * the thread fail (not the check: a problem found is a result), the check runs in this thread instead: it is never
 * skipped.
 */
import { Worker } from 'node:worker_threads';
import { checkCompleteness, type CompletenessResult } from './completeness.ts';
import type { MarkedItem, Placements } from './content-marks.ts';

export interface CheckRequest {
  bytes: Uint8Array;
  slug: string;
  items: readonly MarkedItem[];
  placed: Placements;
}

export type CheckReply = { result: CompletenessResult } | { error: string };

export interface ThreadResult extends CompletenessResult {
  /** Whether the worker thread did the check (false: it ran in this thread, because the worker could not). */
  inThread: boolean;
}

export interface CompletenessThread {
  /** Checks the PDF's bytes (a copy is sent; `bytes` stay usable). */
  check(request: CheckRequest): Promise<ThreadResult>;
  /** Ends the thread (after a check, or when none was asked for). */
  close(): Promise<void>;
}

export function startCompletenessThread(): CompletenessThread {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./completeness-worker.ts', import.meta.url));
    worker.unref();
  } catch {
    worker = null;
  }
  const close = async () => {
    const w = worker;
    worker = null;
    if (w) await w.terminate().catch(() => {});
  };
  return {
    async check(request) {
      const w = worker;
      const here = async () => ({ ...(await checkCompleteness(request.bytes, request.slug, request.items, request.placed)), inThread: false });
      if (!w) return here();
      const reply = await new Promise<CheckReply>((resolve) => {
        w.once('message', resolve);
        w.once('error', (err: unknown) => resolve({ error: err instanceof Error ? err.message : String(err) }));
        w.once('exit', (code) => resolve({ error: `Prüf-Thread beendet (${code})` }));
        w.postMessage(request);
      });
      await close();
      return 'result' in reply ? { ...reply.result, inThread: true } : here();
    },
    close,
  };
}
