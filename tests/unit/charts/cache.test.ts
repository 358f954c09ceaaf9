import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChartCache, formatCacheStats } from '../../../src/charts/cache.ts';
import { renderSvg, type RenderInput } from '../../../src/charts/render.ts';

const input = (n: number): RenderInput => ({
  spec: { width: 100, height: 50, data: { values: [{ a: 1, b: n }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'ordinal' }, y: { field: 'b', type: 'quantitative' } } },
  titel: 'Test',
  beschreibung: 'Balken.',
});

let dir: string;
let renders: number;
const countingRender = (i: RenderInput) => {
  renders++;
  return renderSvg(i);
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagramme-'));
  renders = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('chart cache', () => {
  it('renders a chart once; the second request is a hit', async () => {
    const cache = createChartCache({ dir, render: countingRender });
    const first = await cache.svg(input(1));
    const second = await cache.svg(input(1));
    expect(second).toBe(first);
    expect(renders).toBe(1);
    expect(cache.stats()).toEqual({ hits: 1, misses: 1 });
  });

  it('renders nothing in a rebuild with unchanged data (new process, same folder)', async () => {
    await createChartCache({ dir, render: countingRender }).svg(input(1));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    renders = 0;
    const rebuild = createChartCache({ dir, render: countingRender });
    const svg = await rebuild.svg(input(1));
    expect(svg).toContain('<title');
    expect(renders).toBe(0);
    expect(rebuild.stats()).toEqual({ hits: 1, misses: 0 });
    expect(formatCacheStats(rebuild.stats())).toBe('Diagramme: 0 neu gezeichnet, 1 aus dem Zwischenspeicher.');
  });

  it('renders again when a data value changes', async () => {
    const cache = createChartCache({ dir, render: countingRender });
    await cache.svg(input(1));
    await cache.svg(input(2));
    expect(renders).toBe(2);
    expect(cache.stats()).toEqual({ hits: 0, misses: 2 });
  });

  it('renders identical charts requested at the same time only once', async () => {
    const cache = createChartCache({ dir: null, render: countingRender });
    const [a, b] = await Promise.all([cache.svg(input(3)), cache.svg(input(3))]);
    expect(a).toBe(b);
    expect(renders).toBe(1);
  });
});

describe('drawing threads and a waiting page', () => {
  it('draws queued charts on the waiting thread, each exactly as a drawing thread would', async () => {
    const { pooledRender, workerFile } = await import('../../../src/charts/pool.ts');
    const render = pooledRender(1, workerFile(), 1);
    const cache = createChartCache({ dir: null, render, help: render.help });
    const charts = Array.from({ length: 6 }, (_, i) => cache.svg(input(10 + i)));
    // the page waits for the last chart: the one thread has five ahead of it, this thread draws some of them
    const last = await cache.whileWaiting(charts[5]!);
    const all = await Promise.all(charts);
    expect(all[5]).toBe(last);
    for (let i = 0; i < 6; i++) expect(all[i]).toBe(await renderSvg(input(10 + i)));
    expect(cache.stats()).toEqual({ hits: 0, misses: 6 });
  });

  it('gives every chart its own picture when a thread has several charts queued ahead', async () => {
    const { pooledRender, workerFile } = await import('../../../src/charts/pool.ts');
    const render = pooledRender(1, workerFile(), 4);
    const inputs = Array.from({ length: 9 }, (_, i) => input(20 + i));
    const drawn = await Promise.all(inputs.map((i) => render(i)));
    for (let i = 0; i < inputs.length; i++) expect(drawn[i]).toBe(await renderSvg(inputs[i]!));
    expect(new Set(drawn).size).toBe(inputs.length);
  });
});
