/**
 * How long charts take to render, cold and from the cache. Prints figures; changes nothing in the project.
 *
 *   node scripts/bench-charts.ts [anzahl=50]
 *
 * Uses a synthetic county (12 Gemeinden on a grid, Kreis, Land; 10 years) so the numbers do not depend on
 * the demo data. Each chart has different values, so the cold run renders every one of them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createChartCache } from '../src/charts/cache.ts';
import { indicatorFigure, mapFigure, type FigureContext } from '../src/charts/figure.ts';
import type { Cell, DataStore, Gebiet, GeoFeature, Indikator } from '../src/data/types.ts';

const N = Number(process.argv[2] ?? 50);
const at = { file: 'bench', line: 0, column: 0 };
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

function syntheticStore(seed: number): DataStore {
  const gebiete: Gebiet[] = [
    { id: 'land', name: 'Freistaat', ebene: 'land', eltern: null, source: at },
    { id: 'kreis', name: 'Landkreis', ebene: 'kreis', eltern: 'land', source: at },
    ...Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, name: `Gemeinde ${i + 1}`, ebene: 'gemeinde', eltern: 'kreis', source: at })),
  ];
  const ind: Indikator = { id: 'quote', titel: 'Quote', einheit: '%', lebenslage: '', definition: '', quelle: 'Test', richtung: 'steigend_schlecht', nachkommastellen: 1, source: at };
  const value = (g: number, j: number) => Math.round((5 + ((seed * 7 + g * 13 + j * 3) % 50) / 5) * 10) / 10;
  const cells = new Map<string, Cell>();
  gebiete.forEach((g, gi) => YEARS.forEach((jahr) => cells.set(`${g.id}|${jahr}`, { indikator: 'quote', gebiet: g.id, jahr, wert: value(gi, jahr), symbol: null, hinweis: null, source: at })));
  const geo: GeoFeature[] = Array.from({ length: 12 }, (_, i) => {
    const [x, y] = [10 + (i % 4) * 0.1, 50 + Math.floor(i / 4) * 0.08];
    const ring = [[x, y], [x + 0.1, y], [x + 0.1, y + 0.08], [x, y + 0.08], [x, y]];
    return { type: 'Feature', properties: { id: `g${i}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return {
    gebiete: new Map(gebiete.map((g) => [g.id, g])),
    indikatoren: new Map([[ind.id, ind]]),
    datasets: new Map(),
    geo,
    cell: (_i, g, j) => cells.get(`${g}|${j}`),
    series: (_i, g) => YEARS.map((j) => cells.get(`${g}|${j}`)!),
    years: () => YEARS,
    gebieteWith: () => gebiete.map((g) => g.id),
  };
}

const KINDS = ['linie', 'balken', 'karte'] as const;

async function figure(ctx: FigureContext, k: number): Promise<void> {
  const kind = KINDS[k % KINDS.length]!;
  if (kind === 'karte') await mapFigure(ctx, { indikator: 'quote' });
  else await indicatorFigure(ctx, { indikator: 'quote', art: kind, gebiete: kind === 'linie' ? ['kreis', 'land', 'g0', 'g1'] : undefined });
}

async function run(label: string, dir: string | null): Promise<{ ms: number; hits: number; misses: number }> {
  const cache = createChartCache({ dir });
  const t0 = performance.now();
  for (let k = 0; k < N; k++) await figure({ store: syntheticStore(k), mindestfallzahl: 3, cache, at }, k);
  const ms = performance.now() - t0;
  const s = cache.stats();
  console.log(`${label.padEnd(44)} ${(ms / N).toFixed(2).padStart(8)} ms/Diagramm   (${N} Diagramme, ${s.misses} gezeichnet, ${s.hits} aus dem Zwischenspeicher)`);
  return { ms, ...s };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-diagramme-'));
try {
  const t0 = performance.now();
  await figure({ store: syntheticStore(-1), mindestfallzahl: 3, cache: createChartCache({ dir: null }), at }, 0);
  console.log(`${'erstes Diagramm (Laden von vega, JIT)'.padEnd(44)} ${(performance.now() - t0).toFixed(2).padStart(8)} ms`);
  await run('kalt, ohne Zwischenspeicher', null);
  await run('kalt, schreibt Zwischenspeicher', dir);
  await run('Neubau, alles aus dem Zwischenspeicher (Disk)', dir);
  const kb = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0) / 1024;
  console.log(`Zwischenspeicher: ${fs.readdirSync(dir).length} SVG-Dateien, ${kb.toFixed(0)} kB (${(kb / N).toFixed(1)} kB je Diagramm)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
