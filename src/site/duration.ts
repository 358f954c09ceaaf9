/** `1234.5` ms → `1,2 s`: durations for progress output, in German. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}
