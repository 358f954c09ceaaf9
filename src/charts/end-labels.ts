/**
 * Labels at the ends of lines: each at the height of its line's last value, pushed apart where they would
 * overlap (at least one line of text between two label centres), kept inside the plot.
 */
export interface EndLabel {
  /** Wanted position in px from the top of the plot. */
  y: number;
}

/** Positions (same order as `labels`) at least `gap` apart, within [0, height]. */
export function spreadLabels(labels: readonly EndLabel[], gap: number, height: number): number[] {
  const order = labels.map((l, i) => ({ y: Math.min(Math.max(l.y, 0), height), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const last = order[order.length - 1];
  if (last && last.y > height) {
    last.y = height;
    for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  }
  const out: number[] = [];
  for (const o of order) out[o.i] = o.y;
  return out;
}
