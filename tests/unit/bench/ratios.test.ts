import { describe, expect, it } from 'vitest';
import { median, withRatios } from '../../../src/bench/run.ts';

describe('benchmark figures', () => {
  it('takes the median, also of an even number of runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('pairs each ratio within a round, so a slow round weighs on both sides alike', () => {
    // round 2 ran on a slow machine: both of its measurements doubled
    const runs = { pdf_s_per_page_150: [0.05, 0.1, 0.052], plain_print_s_per_page: [0.03, 0.06, 0.029] };
    const f = withRatios({ pdf_s_per_page_150: 0.052, plain_print_s_per_page: 0.03 }, runs);
    expect(f['pdf_vs_plain']).toBeCloseTo(0.05 / 0.03, 5);
  });

  it('adds the chart floor to the site floor for the cold build, round by round', () => {
    const runs = { site_cold_s: [12, 14], site_floor_s: [8, 10], chart_floor_s: [2, 2] };
    const f = withRatios({ site_cold_s: 13, site_floor_s: 9, chart_floor_s: 2 }, runs);
    expect(f['site_cold_vs_floor']).toBeCloseTo((12 / 10 + 14 / 12) / 2, 5);
  });
});
