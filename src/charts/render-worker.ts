/**
 * Worker thread of the render pool (pool.ts): draws one chart at a time with the same `renderSvg` as the main
 * thread and answers with the SVG (or vega's error message) and the warnings it collected. The pool may send several
 * charts ahead; they are drawn one after the other, in the order they came.
 */
import { parentPort } from 'node:worker_threads';
import { renderSvg, type RenderInput } from './render.ts';

export interface RenderTask {
  id: number;
  input: RenderInput;
}

export interface RenderReply {
  id: number;
  svg?: string;
  error?: string;
  warnings: string[];
}

/**
 * vega throws some errors from callbacks outside the promise of toSVG() (e.g. a TypeError for a spec it cannot
 * draw without a DOM). In this thread they can only come from the chart being drawn: they fail that chart, with the
 * message, instead of the thread (whose charts the pool would then draw on the main thread, crashing the build).
 */
let failCurrent: ((e: unknown) => void) | null = null;
process.on('uncaughtException', (e) => failCurrent?.(e));
process.on('unhandledRejection', (e) => failCurrent?.(e));

async function draw({ id, input }: RenderTask): Promise<RenderReply> {
  const warnings: string[] = [];
  try {
    const crashed = new Promise<never>((_, reject) => (failCurrent = reject));
    return { id, svg: await Promise.race([renderSvg(input, (m) => warnings.push(m)), crashed]), warnings };
  } catch (e) {
    return { id, error: (e as Error).message ?? String(e), warnings };
  } finally {
    failCurrent = null;
  }
}

let previous: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (task: RenderTask) => {
  previous = previous.then(async () => parentPort?.postMessage(await draw(task)));
});
