/** `[2015, 2016, 2017, 2020]` → `2015–2017, 2020` (for captions and messages). */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === (years[j] ?? 0) + 1) j++;
    parts.push(j > i + 1 ? `${years[i]}–${years[j]}` : years.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ') || 'keine';
}
