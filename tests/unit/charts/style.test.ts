import { describe, expect, it } from 'vitest';
import { classBreaks, pickColors } from '../../../src/charts/classes.ts';
import { classLabels } from '../../../src/charts/spec-map.ts';
import { CATEGORY_COLORS, contrastOnWhite, KREIS_COLOR, LAND_COLOR, MISSING_FILL, paletteFor, SERIES_COLORS, textOn } from '../../../src/charts/palette.ts';
import { forceUtc } from '../../../src/charts/utc.ts';


describe('colours', () => {
  it('every series colour can be read as text on white (4.5:1), the Land grey and the categories at least 3:1', () => {
    for (const c of SERIES_COLORS) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(4.5);
    for (const c of [...CATEGORY_COLORS, LAND_COLOR, KREIS_COLOR]) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(3);
  });
});

describe('labels on the map', () => {
  // Every class colour of the three ramps and the fill of a Gebiet without value: the label colour chosen, and its
  // WCAG contrast with the fill, worked out by hand (relative luminance of sRGB, (L1 + 0.05) / (L2 + 0.05)).
  // The 4th class of each ramp reaches 4.5:1 neither with white (3.97, 3.26, 4.15) nor with the text grey
  // #333333 (3.18, 3.87, 3.04): its labels are black.
  const cases: [string, string, number][] = [
    ['#fef0d9', '#333333', 11.24],
    ['#fdcc8a', '#333333', 8.53],
    ['#fc8d59', '#333333', 5.47],
    ['#e34a33', '#000000', 5.29],
    ['#b30000', '#ffffff', 7.2],
    ['#edf8fb', '#333333', 11.68],
    ['#b2e2e2', '#333333', 8.95],
    ['#66c2a4', '#333333', 5.91],
    ['#2ca25f', '#000000', 6.44],
    ['#006d2c', '#ffffff', 6.51],
    ['#eff3ff', '#333333', 11.39],
    ['#bdd7e7', '#333333', 8.45],
    ['#6baed6', '#333333', 5.2],
    ['#3182bd', '#000000', 5.06],
    ['#08519c', '#ffffff', 7.87],
    ['#e1e1e2', '#333333', 9.67],
  ];

  it('the table covers every class colour of every ramp and the fill without value', () => {
    const fills = [...paletteFor('steigend_schlecht').klassen, ...paletteFor('steigend_gut').klassen, ...paletteFor('neutral').klassen, MISSING_FILL];
    expect(cases.map(([fill]) => fill).sort()).toEqual([...fills].sort());
  });

  it.each(cases)('a label on %s is %s (%s:1, at least 4.5:1)', (fill, label, contrast) => {
    expect(textOn(fill)).toBe(label);
    expect(contrast).toBeGreaterThanOrEqual(4.5);
  });
});

describe('map classes', () => {
  it('break at round numbers into at most five classes', () => {
    expect(classBreaks(6.2, 10.4, 5)).toEqual([7, 8, 9, 10]);
    expect(classBreaks(2, 820, 5)).toEqual([200, 400, 600, 800]);
    expect(classBreaks(0.12, 0.31, 5)).toEqual([0.15, 0.2, 0.25, 0.3]);
    expect(classBreaks(5, 5, 5)).toEqual([]);
  });

  it('are labelled in German', () => {
    expect(classLabels([7, 8], [6.2, 8.4], 1)).toEqual(['unter 7', '7 bis unter 8', '8 und mehr']);
    expect(classLabels([1000, 2500], [], 0)).toEqual(['unter 1.000', '1.000 bis unter 2.500', '2.500 und mehr']);
    expect(classLabels([0.15, 0.2], [], 2)).toEqual(['unter 0,15', '0,15 bis unter 0,20', '0,20 und mehr']);
  });

  it('take colours spread over the ramp, always including the darkest', () => {
    expect(pickColors(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
    expect(pickColors(['a', 'b', 'c', 'd', 'e'], 5)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('dates', () => {
  it('are drawn in UTC: time units, temporal scales and time formats', () => {
    const spec = forceUtc({
      mark: 'line',
      encoding: {
        x: { field: 'Monat', type: 'temporal', timeUnit: 'yearmonth', axis: { formatType: 'time' } },
        y: { field: 'Tag', type: 'temporal' },
        x2: { field: 'Ende', type: 'temporal', scale: { type: 'time' } },
      },
      transform: [{ timeUnit: 'year', field: 'Monat', as: 'J' }],
      data: { values: [{ timeUnit: 'unverändert' }] },
    });
    expect(spec.encoding.x.timeUnit).toBe('utcyearmonth');
    expect(spec.encoding.x.axis.formatType).toBe('utc');
    expect(spec.encoding.y).toEqual({ field: 'Tag', type: 'temporal', scale: { type: 'utc' } });
    expect(spec.encoding.x2.scale.type).toBe('utc');
    expect(spec.transform[0]!.timeUnit).toBe('utcyear');
    expect(spec.data.values[0]!.timeUnit).toBe('unverändert');
  });
});
