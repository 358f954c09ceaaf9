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

async function draw({ id, input }: RenderTask): Promise<RenderReply> {
  const warnings: string[] = [];
  try {
    return { id, svg: await renderSvg(input, (m) => warnings.push(m)), warnings };
  } catch (e) {
    return { id, error: (e as Error).message ?? String(e), warnings };
  }
}

let previous: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (task: RenderTask) => {
  previous = previous.then(async () => parentPort?.postMessage(await draw(task)));
});
