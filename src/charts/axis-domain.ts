/**
 * Honest value axes. Bars always start at zero. A line chart starts at zero unless its values lie so far from
 * zero that the lines would be flat (smallest value above ZERO_SHARE of the largest); then the axis starts at a
 * round number below the smallest value and the chart says so (NOT_ZERO_NOTE). The domain is fixed here, not by
 * vega, so labels can be placed at known pixel positions (end-labels.ts).
 */
import { TYPE } from './theme.ts';
import { TEXT_COLOR } from './palette.ts';

/** Above this share of the largest value, the smallest value's line chart may start above zero. */
const ZERO_SHARE = 0.4;

export const NOT_ZERO_NOTE = 'Achse beginnt nicht bei null';

export interface ValueDomain {
  domain: [number, number];
  /** The axis does not start at zero (it must say so). */
  notZero: boolean;
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ, at least `raw`. */
function niceStep(raw: number): number {
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= raw - 1e-12) return m * mag;
  return 10 * mag;
}

const clean = (x: number): number => Number(x.toPrecision(12));

/** Round bounds around the values (about five steps); zero included unless `mayLeaveZero` and values are far from it. */
export function valueDomain(values: readonly number[], mayLeaveZero: boolean): ValueDomain {
  if (values.length === 0) return { domain: [0, 1], notZero: false };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const leave = mayLeaveZero && lo > 0 && lo > ZERO_SHARE * hi;
  if (!leave) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (hi === lo) hi = lo + (Math.abs(lo) || 1);
  const step = niceStep((hi - lo) / 5);
  const d0 = clean(Math.floor(lo / step) * step);
  const d1 = clean(Math.ceil(hi / step) * step);
  return { domain: [d0, d1 > d0 ? d1 : clean(d0 + step)], notZero: d0 > 0 };
}

/** The visible note of an axis that does not start at zero, as a vega-lite title above the plot. */
export function notZeroTitle() {
  return { text: NOT_ZERO_NOTE, fontSize: TYPE.text, fontWeight: 'normal', color: TEXT_COLOR, anchor: 'start', frame: 'group', offset: 6 } as const;
}
