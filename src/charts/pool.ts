/**
 * Draws charts on worker threads, one per core but one, so a cold build renders them in parallel while Astro renders
 * pages (vega is CPU-bound and Astro renders mostly on one thread). Workers start on the first chart that misses
 * the cache — a warm build starts none — and keep the process alive only while they have work.
 *
 * The worker file is found next to this module (plain Node, dev server) or below the tool folder named in
 * `BERICHT_WERKZEUG` (set by astro.config.mjs: in the built bundle this module lives elsewhere). Without it, or if
 * a worker cannot start, charts are drawn on the main thread as before; the SVG is the same either way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderSvg, type RenderInput, type VegaWarn } from './render.ts';
import type { RenderReply } from './render-worker.ts';

export const TOOL_ENV = 'BERICHT_WERKZEUG';
/** Number of drawing threads; `0` draws on the main thread (for comparisons). Default: one per core but one. */
export const THREADS_ENV = 'BERICHT_DIAGRAMME_THREADS';

function defaultSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number.parseInt(env[THREADS_ENV] ?? '', 10);
  // the main thread renders pages (and draws, when a page waits): one thread fewer than cores
  return Number.isFinite(n) && n >= 0 ? n : Math.max(1, os.availableParallelism() - 1);
}
const WORKER = 'render-worker.ts';

/** The worker script, or null when it cannot be found (then charts are drawn on the main thread). */
export function workerFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(fileURLToPath(new URL(`./${WORKER}`, import.meta.url)));
  } catch {
    // not a file: URL (bundled)
  }
  const tool = env[TOOL_ENV];
  if (tool) candidates.push(path.join(tool, 'src', 'charts', WORKER));
  return candidates.find((f) => fs.existsSync(f)) ?? null;
}

interface Job {
  id: number;
  input: RenderInput;
  warn: VegaWarn | undefined;
  resolve(svg: string): void;
  reject(error: Error): void;
}

export type Render = (input: RenderInput, warn?: VegaWarn) => Promise<string>;

export interface PooledRender extends Render {
  /**
   * For a page that waits for a chart: draws queued charts on this thread until `until` settles, instead of idling
   * while the drawing threads catch up (the page cannot go on anyway; Astro renders one page at a time).
   */
  help(until: Promise<unknown>): Promise<void>;
}

/**
 * Charts handed to a thread ahead of time. A thread gets its next chart through the main thread's event loop, which
 * is busy rendering pages; given one chart at a time it stood idle until the page was done. With charts queued
 * ahead it keeps drawing (cold benchmark build 13.7 → 12.1 s, median of six pairs; 8 ahead gained less, 64 no
 * more). The rest stay here, for `help`.
 */
export const AHEAD = 16;

/** A render function that uses up to `size` workers; falls back to `renderSvg` on the main thread. */
export function pooledRender(size = defaultSize(), file: string | null = workerFile(), ahead = AHEAD): PooledRender {
  if (!file || size < 1) return Object.assign((input: RenderInput, warn?: VegaWarn) => renderSvg(input, warn), { help: async () => {} });
  const workers = new Map<Worker, Map<number, Job>>();
  const queue: Job[] = [];
  let broken = false;
  let nextId = 1;

  const drawHere = (job: Job) => renderSvg(job.input, job.warn).then(job.resolve, job.reject);

  const settle = (worker: Worker, reply: RenderReply) => {
    const jobs = workers.get(worker);
    const job = jobs?.get(reply.id);
    if (!jobs || !job) return;
    jobs.delete(reply.id);
    if (jobs.size === 0) worker.unref();
    for (const w of reply.warnings) job.warn?.(w);
    if (reply.error !== undefined) job.reject(new Error(reply.error));
    else job.resolve(reply.svg ?? '');
    pump();
  };

  const fail = (worker: Worker) => {
    broken = true; // a worker that cannot run means no worker will: draw on the main thread from now on
    const jobs = workers.get(worker);
    workers.delete(worker);
    for (const job of jobs?.values() ?? []) void drawHere(job);
    for (const job of queue.splice(0)) void drawHere(job);
  };

  const spawn = (): Worker => {
    const worker = new Worker(file);
    workers.set(worker, new Map());
    worker.on('message', (reply: RenderReply) => settle(worker, reply));
    worker.on('error', () => fail(worker));
    worker.on('exit', () => {
      if ((workers.get(worker)?.size ?? 0) > 0) fail(worker);
      else workers.delete(worker);
    });
    worker.unref();
    return worker;
  };

  /** The thread with the fewest charts ahead, a new one while fewer than `size` run, or none if all are full. */
  const pick = (): Worker | undefined => {
    let best: Worker | undefined;
    let load = Infinity;
    for (const [w, jobs] of workers) if (jobs.size < load) [best, load] = [w, jobs.size];
    if (load > 0 && workers.size < size) return spawn();
    return load < ahead ? best : undefined;
  };

  const pump = () => {
    while (!broken && queue.length > 0) {
      const worker = pick();
      if (!worker) return;
      const job = queue.shift()!;
      const jobs = workers.get(worker)!;
      jobs.set(job.id, job);
      if (jobs.size === 1) worker.ref(); // keep the process alive while charts are being drawn
      try {
        worker.postMessage({ id: job.id, input: job.input });
      } catch {
        // input that cannot be cloned: draw it here
        jobs.delete(job.id);
        if (jobs.size === 0) worker.unref();
        void drawHere(job);
      }
    }
  };

  const render: Render = (input, warn) => {
    if (broken) return renderSvg(input, warn);
    return new Promise<string>((resolve, reject) => {
      queue.push({ id: nextId++, input, warn, resolve, reject });
      pump();
    });
  };
  const help = async (until: Promise<unknown>) => {
    let settled = false;
    until.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled && queue.length > 0) {
      await drawHere(queue.shift()!);
      // let the threads' answers in before taking the next chart
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return Object.assign(render, { help });
}
