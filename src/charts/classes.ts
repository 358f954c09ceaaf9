/**
 * Class breaks for choropleth maps: round numbers (1, 2, 2,5, 5 × 10ⁿ steps) so the legend reads
 * „6 – 8“, not „6,9 – 7,8“, and at most as many classes as the colour ramp has.
 */

/** A step of 1, 2, 2.5 or 5 × 10ⁿ near `raw`, rounding up. */
function niceStepAtLeast(raw: number): number {
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= raw - 1e-12) return m * mag;
  return 10 * mag;
}

/** Avoids 0.30000000000000004 in breaks. */
const clean = (x: number): number => Number(x.toPrecision(12));

/**
 * Thresholds (inner breaks) for values between min and max, giving at most `maxClasses` classes.
 * Equal min and max give no thresholds: one class.
 */
export function classBreaks(min: number, max: number, maxClasses: number): number[] {
  if (!(max > min) || maxClasses < 2) return [];
  let step = niceStepAtLeast((max - min) / maxClasses);
  for (;;) {
    const lo = Math.floor(min / step) * step;
    const breaks: number[] = [];
    for (let b = lo + step; b <= max - 1e-12; b += step) breaks.push(clean(b));
    if (breaks.length + 1 <= maxClasses) return breaks;
    step = niceStepAtLeast(step * 1.01);
  }
}

/** `n` colours spread evenly over a light-to-dark ramp (always including its darkest). */
export function pickColors(ramp: readonly string[], n: number): string[] {
  if (n <= 1) return [ramp[Math.floor((ramp.length - 1) / 2)]!];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]!);
}
