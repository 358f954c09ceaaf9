/**
 * The chart floor: every chart and map of the synthetic project drawn directly with vega, one after another in
 * this process (after one warm-up chart), and the time divided by the cores — what a perfectly parallel cold
 * build could at best spend on charts. The inputs come from the same figure code the components use.
 */
import os from 'node:os';
import { createChartCache } from '../charts/cache.ts';
import { freeFigure, indicatorFigure, mapFigure, type FigureContext } from '../charts/figure.ts';
import { renderSvg, type RenderInput } from '../charts/render.ts';
import type { DataStore } from '../data/types.ts';
import type { ChartRequest } from './content.ts';

export interface ChartFloor {
  charts: number;
  /** Seconds for all charts in one process. */
  sequentialSeconds: number;
  cores: number;
  /** sequentialSeconds / cores. */
  seconds: number;
}

/** The render inputs (spec with data, title, description) of every request, without drawing anything. */
export async function chartInputs(store: DataStore, requests: readonly ChartRequest[]): Promise<RenderInput[]> {
  const inputs: RenderInput[] = [];
  const cache = createChartCache({ dir: null, render: async (input) => (inputs.push(input), '') });
  const ctx: FigureContext = { store, mindestfallzahl: 3, cache, at: { file: 'bench', line: 0, column: 0 } };
  for (const r of requests) {
    if (r.kind === 'karte') await mapFigure(ctx, { indikator: r.indikator, jahr: r.jahr });
    else if (r.kind === 'frei') await freeFigure(ctx, r);
    else await indicatorFigure(ctx, { indikator: r.indikator, gebiete: r.gebiete, jahre: r.jahre, art: r.kind });
  }
  return inputs;
}

export async function measureChartFloor(inputs: readonly RenderInput[], cores = os.availableParallelism()): Promise<ChartFloor> {
  if (inputs[0]) await renderSvg(inputs[0]);
  const start = performance.now();
  for (const input of inputs) await renderSvg(input);
  const sequentialSeconds = (performance.now() - start) / 1000;
  return { charts: inputs.length, sequentialSeconds, cores, seconds: sequentialSeconds / cores };
}
