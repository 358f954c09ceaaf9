import { describe, expect, it } from 'vitest';
import { rewindFeature, signedArea } from '../../../src/charts/geo.ts';
import { selectIndicatorData } from '../../../src/charts/indicator-data.ts';
import { renderSvg } from '../../../src/charts/render.ts';
import { mapSpec } from '../../../src/charts/spec-map.ts';
import type { GeoFeature } from '../../../src/data/types.ts';
import { ccwSquare, fakeStore, GEO } from './fake-store.ts';
import { geoshapePaths, pathBox, svgTexts, viewBoxSize } from './svg-helpers.ts';

const at = { file: 'content/demo/01-test.mdx', line: 0, column: 0 };

async function mapOf(indikator: string, mindestfallzahl = 3): Promise<string> {
  const store = fakeStore();
  const sel = selectIndicatorData(store, { indikator, art: 'karte', mindestfallzahl, at });
  return renderSvg({ spec: mapSpec(sel, store.geo), titel: 'Karte', beschreibung: 'Karte.' });
}

describe('rewinding GeoJSON for d3-geo', () => {
  it('turns counter-clockwise outer rings clockwise and clockwise holes counter-clockwise', () => {
    const hole = ccwSquare(10.02, 50.52, 0.02).reverse(); // RFC 7946 hole: clockwise
    const f: GeoFeature = { type: 'Feature', properties: { id: 'x' }, geometry: { type: 'Polygon', coordinates: [ccwSquare(10, 50.5, 0.1), hole] } };
    expect(signedArea(ccwSquare(10, 50.5, 0.1) as [number, number][])).toBeGreaterThan(0);
    const [outer, inner] = rewindFeature(f).geometry.coordinates as [number, number][][];
    expect(signedArea(outer!)).toBeLessThan(0);
    expect(signedArea(inner!)).toBeGreaterThan(0);
  });

  it('rewinds every polygon of a MultiPolygon', () => {
    const f: GeoFeature = { type: 'Feature', properties: { id: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [[ccwSquare(10, 50, 0.1)], [ccwSquare(11, 50, 0.1)]] } };
    const polys = rewindFeature(f).geometry.coordinates as [number, number][][][];
    expect(polys.map((p) => signedArea(p[0]!) < 0)).toEqual([true, true]);
  });
});

describe('choropleth map', () => {
  it('draws two small counter-clockwise squares as two small areas side by side, not as the globe minus a hole', async () => {
    const svg = await mapOf('sgb2-quote');
    const paths = geoshapePaths(svg);
    expect(paths).toHaveLength(2);
    const view = viewBoxSize(svg);
    const [a, b] = paths.map(pathBox);
    for (const box of [a!, b!]) {
      expect(box.w).toBeGreaterThan(20);
      expect(box.w).toBeLessThan(view.w * 0.6);
      expect(box.h).toBeLessThan(view.h);
    }
    expect(a!.x1 <= b!.x0 || b!.x1 <= a!.x0).toBe(true); // no overlap: each covers only its own square
  });

  it('would cover the whole drawing without rewinding (why geo.ts exists)', async () => {
    const spec = { width: 400, height: 300, data: { values: GEO }, projection: { type: 'mercator' }, mark: 'geoshape' };
    const svg = await renderSvg({ spec, titel: 't', beschreibung: 'd' });
    const boxes = geoshapePaths(svg).map(pathBox);
    expect(boxes).toHaveLength(2);
    expect(boxes.every((b) => b.w >= 0.7 * 400 && b.h >= 299)).toBe(true);
  });

  it('hatches a Gebiet with a suppressed count and names the symbol in the legend, never the number', async () => {
    const svg = await mapOf('bg-anzahl');
    expect(svg).toMatch(/<pattern id="d[0-9a-f]{10}-schraffur"/);
    expect(svg).toMatch(/<path[^>]*fill="url\(#d[0-9a-f]{10}-schraffur\)"/);
    const texts = svgTexts(svg);
    expect(texts).toContain('* nicht veröffentlicht');
    expect(texts).toContain('Anzahl (2024)');
    expect(texts).toContain('820'); // the one Gemeinde with a value forms the only class
    expect(texts).not.toContain('2');
  });

  it('shows the count once the threshold allows it', async () => {
    const svg = await mapOf('bg-anzahl', 1);
    expect(svg).not.toContain('schraffur');
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['unter 200', '800 und mehr']));
  });
});
