/**
 * Worker thread of the render pool (pool.ts): draws one chart at a time with the same `renderSvg` as the main
 * thread and answers with the SVG (or vega's error message) and the warnings it collected.
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

parentPort?.on('message', async ({ id, input }: RenderTask) => {
  const warnings: string[] = [];
  let reply: RenderReply;
  try {
    reply = { id, svg: await renderSvg(input, (m) => warnings.push(m)), warnings };
  } catch (e) {
    reply = { id, error: (e as Error).message ?? String(e), warnings };
  }
  parentPort?.postMessage(reply);
});
