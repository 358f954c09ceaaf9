/** „Meinten Sie …?“: the known name closest to a misspelt one, if it is close enough to be a typo. */

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (`wret` → `wert`: 1). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.min(i, 99);
}

export function closest(name: string, candidates: Iterable<string>): string | null {
  if (name.length > 200) return null;
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    // The distance is at least the difference in length: a far longer name (five million characters) is no typo.
    if (Math.abs(c.length - wanted.length) > limit) continue;
    const d = distance(wanted, c.toLowerCase());
    // Among equally close names prefer the one sharing the longer beginning (`mu` → `mue`, not `au`).
    const score = d - commonPrefix(wanted, c.toLowerCase()) / 100;
    if (d <= limit && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
