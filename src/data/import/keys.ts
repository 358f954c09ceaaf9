/**
 * Official area keys, compared in one normal form so that a key matches however an export writes it.
 *
 *   ARS  12 digits  LL R KK VVVV GGG   160510000000   (Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde)
 *   AGS   8 digits  LL R KK GGG        16051000
 *   RS    9 digits  LL R KK VVVV       160515001      (a Gemeindeverband)
 *   Kreis 5 digits  LL R KK            16051
 *   RB    3 digits  LL R               165
 *   Land  2 digits  LL                 16
 *   Deutschland     DG (also 0 or 00)
 *
 * The rule (normaliseKey):
 *   1. Spaces are dropped; `DG`, `0`, `00` mean Germany. Anything else that is not all digits is no key.
 *   2. One leading zero lost by Excel is put back: a key of 1, 4, 7 or 11 digits gets a `0` in front
 *      (`1001000` → `01001000`).
 *   3. A 12-digit ARS becomes the 8-digit AGS (Land, RB, Kreis + Gemeinde, the Verband digits dropped), unless it
 *      names a Gemeindeverband (Gemeinde `000`, Verband not `0000`): then it stays the 9-digit RS.
 *   4. Trailing zero groups are dropped while they name a larger area: AGS `…000` → Kreis (`16051000` → `16051`),
 *      RS `…0000` → Kreis, Kreis `…00` → RB, RB `…0` → Land.
 * So `160510000000`, `16051000` and `16051` are the same key (the kreisfreie Stadt is its own Kreis), and
 * `01001` written as `1001` by Excel still matches.
 */
export function normaliseKey(raw: string): string | null {
  const v = raw.replace(/\s+/g, '');
  if (/^(dg|0|00)$/i.test(v)) return 'DG';
  if (!/^\d+$/.test(v)) return null;
  let k = [1, 4, 7, 11].includes(v.length) ? `0${v}` : v;
  if (k.length === 12) {
    const verband = k.slice(5, 9);
    const gemeinde = k.slice(9);
    k = gemeinde === '000' && verband !== '0000' ? k.slice(0, 9) : k.slice(0, 5) + gemeinde;
  }
  if (![2, 3, 5, 8, 9].includes(k.length)) return null;
  if (k.length === 8 && k.endsWith('000')) k = k.slice(0, 5);
  if (k.length === 9 && k.endsWith('0000')) k = k.slice(0, 5);
  if (k.length === 5 && k.endsWith('00')) k = k.slice(0, 3);
  if (k.length === 3 && k.endsWith('0')) k = k.slice(0, 2);
  return k;
}

/** Whether a cell text looks like an official key (digits of a key's length, or `DG`). */
export function looksLikeKey(raw: string): boolean {
  return normaliseKey(raw) !== null;
}
