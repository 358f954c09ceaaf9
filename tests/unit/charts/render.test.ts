import { describe, expect, it } from 'vitest';
import { selectIndicatorData } from '../../../src/charts/indicator-data.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { freeSpec } from '../../../src/charts/spec-free.ts';
import { lineSpec } from '../../../src/charts/spec-indicator.ts';
import { WIDE } from '../../../src/charts/theme.ts';
import { DATASETS, fakeStore } from './fake-store.ts';
import { svgIds, svgRefs, svgTexts } from './svg-helpers.ts';

const at = { file: 'content/demo/01-test.mdx', line: 0, column: 0 };
const store = fakeStore();

async function lineChart(indikator: string): Promise<string> {
  const sel = selectIndicatorData(store, { indikator, art: 'linie', mindestfallzahl: 3, at });
  return renderSvg({ spec: lineSpec(sel, store.gebiete, WIDE), titel: `Titel ${indikator}`, beschreibung: 'Liniendiagramm: Beschreibung.' });
}

/** A chart that makes vega write defs: a gradient legend and a clip path. */
async function gradientChart(titel: string): Promise<string> {
  const spec = freeSpec(
    { mark: { type: 'point', clip: true }, encoding: { x: { field: 'Jahr', type: 'ordinal' }, y: { field: 'Quote', type: 'quantitative' }, color: { field: 'Quote', type: 'quantitative' } } },
    DATASETS[0]!,
    at,
  );
  return renderSvg({ spec, titel, beschreibung: 'Punkte.' });
}

describe('rendered line chart', () => {
  it('is an accessible image named by its title and described by its desc', async () => {
    const svg = await lineChart('sgb2-quote');
    const title = /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg);
    const desc = /<desc id="([^"]+)">([^<]*)<\/desc>/.exec(svg);
    expect(title?.[2]).toBe('Titel sgb2-quote');
    expect(desc?.[2]).toBe('Liniendiagramm: Beschreibung.');
    expect(svg).toMatch(new RegExp(`^<svg[^>]* role="img" aria-labelledby="${title![1]}" aria-describedby="${desc![1]}"`));
  });

  it('scales with the column: viewBox and width 100%, no fixed height', async () => {
    const root = /^<svg[^>]*>/.exec(await lineChart('sgb2-quote'))![0];
    expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(root).toContain('width="100%"');
    expect(root).not.toMatch(/\sheight="/);
  });

  it('writes German numbers: thousands with a dot, years without separator', async () => {
    const texts = svgTexts(await lineChart('bg-anzahl'));
    expect(texts).toContain('1.000');
    expect(texts).toContain('4.000');
    expect(texts).toContain('2023');
    expect(texts).toContain('2024');
    expect(texts.filter((t) => /^\d{1,3},\d{3}$/.test(t))).toEqual([]);
    expect(texts).not.toContain('2.023');
    expect(texts).not.toContain('2,023');
    expect(texts).toContain('Landkreis Hainwald');
    expect(texts).toContain('Anzahl');
  });

  it('writes decimal commas in tick labels', async () => {
    const spec = freeSpec(
      { mark: 'line', encoding: { x: { field: 'Jahr', type: 'ordinal' }, y: { field: 'Quote', type: 'quantitative', scale: { domain: [31, 34] } } } },
      { ...DATASETS[0]!, rows: DATASETS[0]!.rows.filter((r) => r['Altersgruppe'] === 'unter 3') },
      at,
    );
    const texts = svgTexts(await renderSvg({ spec, titel: 't', beschreibung: 'd' }));
    expect(texts).toContain('31,5');
    expect(texts.some((t) => /^\d+\.\d$/.test(t))).toBe(false);
  });
});

describe('ids of several charts on one page', () => {
  it('are prefixed per chart, unique across charts, and every reference stays inside its chart', async () => {
    const a = await gradientChart('A');
    const b = await gradientChart('B');
    const idsA = svgIds(a);
    const idsB = svgIds(b);
    expect(idsA.some((id) => id.includes('gradient'))).toBe(true);
    expect(idsA.some((id) => id.includes('clip'))).toBe(true);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    for (const [svg, ids] of [[a, idsA], [b, idsB]] as const) {
      const prefix = ids[0]!.split('-')[0]!;
      expect(prefix).toMatch(/^d[0-9a-f]{10}$/);
      expect(ids.every((id) => id.startsWith(`${prefix}-`))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = svgRefs(svg);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    }
  });

  it('renders the same chart byte for byte the same, whatever was rendered before', async () => {
    const first = await gradientChart('A');
    await lineChart('sgb2-quote');
    expect(await gradientChart('A')).toBe(first);
  });
});
