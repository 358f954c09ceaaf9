/**
 * The completeness check (completeness.ts) in a worker thread of its own, started before the page is printed so that
 * pdf.js is loaded by the time the PDF's bytes arrive. One thread per publication, one check, then it ends. Should
 * the thread fail (not the check: a problem found is a result), the check runs in this thread instead: it is never
 * skipped.
 */
import { checkCompleteness, type CompletenessResult } from './completeness.ts';
import type { MarkedItem, Placements } from './content-marks.ts';
import { startOneShotThread, type ThreadReply } from './one-shot-thread.ts';

export interface CheckRequest {
  bytes: Uint8Array;
  slug: string;
  items: readonly MarkedItem[];
  placed: Placements;
}

export type CheckReply = ThreadReply<CompletenessResult>;

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
  const thread = startOneShotThread<CheckRequest, CompletenessResult>(new URL('./completeness-worker.ts', import.meta.url));
  return {
    async check(request) {
      const reply = await thread.run(request);
      if ('result' in reply) return { ...reply.result, inThread: true };
      return { ...(await checkCompleteness(request.bytes, request.slug, request.items, request.placed)), inThread: false };
    },
    close: thread.close,
  };
}
