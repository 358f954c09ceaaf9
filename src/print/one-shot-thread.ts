/**
 * A worker thread for one job, started early (while Chromium prints) so that its modules are loaded when the job
 * arrives, and ended after it: the completeness check (completeness-thread.ts) runs in one beside the PDF/UA
 * post-processing. (The post-processing in a thread of its own as well gained nothing measurable: two busy threads
 * and their garbage collectors share the two cores either way.) The worker module
 * answers one message with `{ result }` or `{ error }`; a worker that could not start or died gives `{ error }` too,
 * and the caller then does the job in its own thread.
 */
import { Worker } from 'node:worker_threads';

export type ThreadReply<T> = { result: T } | { error: string };

export interface OneShotThread<Req, Res> {
  run(request: Req, transfer?: ArrayBuffer[]): Promise<ThreadReply<Res>>;
  close(): Promise<void>;
}

export function startOneShotThread<Req, Res>(module: URL): OneShotThread<Req, Res> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(module);
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
    async run(request, transfer) {
      const w = worker;
      if (!w) return { error: 'kein Thread' };
      const reply = await new Promise<ThreadReply<Res>>((resolve) => {
        w.once('message', resolve);
        w.once('error', (err: unknown) => resolve({ error: err instanceof Error ? err.message : String(err) }));
        w.once('exit', (code) => resolve({ error: `Thread beendet (${code})` }));
        w.postMessage(request, transfer ?? []);
      });
      await close();
      return reply;
    },
    close,
  };
}
