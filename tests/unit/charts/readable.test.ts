import { describe, expect, it } from 'vitest';
import { NOT_ZERO_NOTE, valueDomain } from '../../../src/charts/axis-domain.ts';
import { spreadLabels } from '../../../src/charts/end-labels.ts';
import { fitMercator, outerBoundary, placeLabels } from '../../../src/charts/map-labels.ts';
import { KREIS_STYLE, LAND_STYLE, seriesStyles } from '../../../src/charts/palette.ts';
import { textWidth } from '../../../src/charts/text-width.ts';
import type { Gebiet, GeoFeature } from '../../../src/data/types.ts';

const at = { file: 'data/gebiete/gebiete.csv', line: 1, column: 1 };
const g = (id: string, ebene: string): Gebiet => ({ id, name: id, ebene, eltern: null, source: at });

describe('text widths of the chart font', () => {
  it('measure Source Sans 3 rather than guess 0.8 em a character', () => {
    // „Hainwald“ at 12 px: H 652 + a 504 + i 246 + n 547 + w 719 + a 504 + l 255 + d 555 = 3982 units → 47.8 px, +6 % margin.
    expect(textWidth('Hainwald', 12)).toBeCloseTo(3.982 * 12 * 1.06, 5);
    expect(textWidth('Hainwald', 12)).toBeLessThan(0.8 * 8 * 12 * 0.7);
  });
});

describe('value axes', () => {
  it('start lines at zero when the values are not far from it', () => {
    expect(valueDomain([2, 9.9], true)).toEqual({ domain: [0, 10], notZero: false });
  });
  it('let a line chart start above zero only with the note, at a round number below the smallest value', () => {
    // 7.5 … 9.9: range 2.4, step 0.5 → 7.5 … 10
    expect(valueDomain([7.5, 9.9], true)).toEqual({ domain: [7.5, 10], notZero: true });
    expect(NOT_ZERO_NOTE).toBe('Achse beginnt nicht bei null');
  });
  it('never let bars leave zero', () => {
    expect(valueDomain([80, 100], false).domain[0]).toBe(0);
  });
});

describe('end labels', () => {
  it('are pushed apart to one line of text and stay in the plot', () => {
    expect(spreadLabels([{ y: 100 }, { y: 104 }, { y: 50 }], 14, 300)).toEqual([100, 114, 50]);
    expect(spreadLabels([{ y: 298 }, { y: 300 }], 14, 300)).toEqual([286, 300]);
  });
});

describe('series styles', () => {
  const gebiete = new Map(
    [g('th', 'land'), g('hw', 'kreis'), g('a', 'gemeinde'), g('b', 'gemeinde'), g('nb', 'kreis'), ...'cdefghij'.split('').map((id) => g(id, 'gemeinde'))].map(
      (x) => [x.id, x] as const,
    ),
  );
  const styles = seriesStyles(gebiete);
  it('give the county and the Land their fixed look, other Gebiete the next colour in data/gebiete order', () => {
    expect(styles.get('hw')).toEqual(KREIS_STYLE);
    expect(styles.get('th')).toEqual(LAND_STYLE);
    expect(styles.get('a')!.color).toBe('#0072b2');
    expect(styles.get('b')!.color).toBe('#b84d00');
    // A second Kreis is compared like any other Gebiet: its own colour, not the county's.
    expect(styles.get('nb')!.color).toBe('#117733');
  });
  it('differ by marker as well as colour, and from the ninth on by dash', () => {
    expect(styles.get('a')!.shape).not.toBe(styles.get('b')!.shape);
    // Others in order: a, b, nb, c, d, e, f, g, h, i (10th), j — i takes the 2nd colour again, like b, but dashed.
    expect(styles.get('i')!.color).toBe(styles.get('b')!.color);
    expect(styles.get('i')!.dash).toEqual([8, 3]);
    expect(styles.get('b')!.dash).toEqual([]);
  });
});

describe('map labels', () => {
  const square = (id: string, x: number, y: number, size: number): GeoFeature => ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
  });
  // A big square and a tiny one beside it: the big one has room for two lines of text, the tiny one does not.
  const features = [square('gross', 10, 50, 0.4), square('klein', 10.4, 50, 0.02)];
  const projection = fitMercator(features, 400, 300);

  it('fit the projection like d3: the features fill the width or the height, centred', () => {
    const [x0] = projection.toPx([10, 50]);
    const [x1] = projection.toPx([10.42, 50]);
    expect(Math.min(x0, 400 - x1)).toBeGreaterThanOrEqual(-0.01);
    expect(Math.max(x1 - x0, 0)).toBeGreaterThan(0);
    const back = projection.toLonLat(projection.toPx([10.2, 50.2]));
    expect(back[0]).toBeCloseTo(10.2, 9);
    expect(back[1]).toBeCloseTo(50.2, 9);
  });

  it('put name and value on a large Gebiet and a number with a key entry on a small one', () => {
    const labels = placeLabels(features, projection, (id) => [id === 'gross' ? 'Großstadt' : 'Kleindorf', '7,2 %']);
    expect(labels[0]).toMatchObject({ id: 'gross', lines: ['Großstadt', '7,2 %'] });
    expect(labels[0]!.nummer).toBeUndefined();
    expect(labels[1]).toMatchObject({ id: 'klein', lines: ['1'], nummer: 1 });
  });

  it('draw the outline of all Gebiete together: shared borders cancel out', () => {
    const a = square('a', 0, 0, 1);
    const b = square('b', 1, 0, 1); // shares the edge x = 1 with a
    const edges = outerBoundary([a, b]);
    expect(edges).toHaveLength(6);
    expect(edges.some(([p, q]) => p![0] === 1 && q![0] === 1)).toBe(false);
  });
});

describe('free specs', () => {
  it('start bars at zero even when the planner fixed the axis at 80 %', async () => {
    const { barsFromZero } = await import('../../../src/charts/free-layout.ts');
    const spec = {
      mark: 'bar',
      encoding: { y: { field: 'gemeinde', type: 'nominal' }, x: { field: 'auslastung', type: 'quantitative', scale: { domain: [0.8, 1], zero: false } } },
    };
    expect(barsFromZero(spec)).toEqual({
      mark: 'bar',
      encoding: { y: { field: 'gemeinde', type: 'nominal' }, x: { field: 'auslastung', type: 'quantitative', scale: { domain: [0, 1] } } },
    });
    // Lines may leave zero (they say so themselves).
    const line = { mark: 'line', encoding: { y: { field: 'w', type: 'quantitative', scale: { domain: [0.8, 1] } } } };
    expect(barsFromZero(line)).toEqual(line);
  });
});
