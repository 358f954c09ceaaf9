/**
 * Statistical confidentiality. Small counts can identify people in a small Gemeinde, so:
 *
 * 1. Primary suppression: a count (an indicator with einheit `Anzahl`, see `isCount`) below the publication's
 *    `mindestfallzahl` (default 3) is never published; it is shown as `*`. See `belowMinimum`.
 * 2. Secondary suppression: nothing may be derivable from such a value either. Within the children of one
 *    Gebiet (same indicator, same year):
 *    - if the parent's value is published and exactly one child is secret, the parent minus the other children
 *      would reveal it, so the smallest published sibling is suppressed as well;
 *    - if the parent's value is secret and every child is published, their sum would reveal the parent, so the
 *      smallest child is suppressed.
 *    This is repeated until nothing changes, so it works across levels (Kreis → Gemeinde → Sozialraum).
 *
 * "Secret" means suppressed by these rules or delivered as `*` or `.` (which may mean „geheim zu halten“).
 * Other symbols stay as they are; `–` (exactly zero) counts as published. The rules treat children as if they
 * added up to their parent, which is the cautious assumption when they do not.
 */
import type { Cell, Gebiet, Indikator } from './types.ts';

export const DEFAULT_MINDESTFALLZAHL = 3;

/** Counts are the indicators whose einheit is `Anzahl` (any case). Rates and averages are not suppressed. */
export function isCount(indikator: Pick<Indikator, 'einheit'>): boolean {
  return indikator.einheit.trim().toLowerCase() === 'anzahl';
}

/**
 * The primary rule, in one place. Counts from 1 up to below the threshold are withheld. A zero names nobody and is
 * published, as the Statistik der Bundesagentur für Arbeit does (it withholds 1 and 2).
 */
export function belowMinimum(wert: number, mindestfallzahl: number): boolean {
  // A zero names nobody, so it is published (as the Statistik der BA does); 1 … mindestfallzahl−1 are not.
  return wert > 0 && wert < mindestfallzahl;
}

/**
 * The Gebiete whose value of one count indicator in one year must be shown as `*`.
 * @param cells the year's cells by Gebiet id
 * @param order position of a Gebiet in the files, to break ties between equal values
 */
export function suppressedGebiete(
  cells: ReadonlyMap<string, Cell>,
  gebiete: ReadonlyMap<string, Gebiet>,
  mindestfallzahl: number,
  order: (id: string) => number,
): Set<string> {
  const suppressed = new Set<string>();
  let delivered = false;
  for (const [id, c] of cells) {
    if (c.wert !== null && belowMinimum(c.wert, mindestfallzahl)) suppressed.add(id);
    if (c.symbol === '*' || c.symbol === '.') delivered = true;
  }
  if (suppressed.size === 0 && !delivered) return suppressed;

  const children = new Map<string, string[]>();
  for (const id of cells.keys()) {
    const parent = gebiete.get(id)?.eltern;
    if (parent && cells.has(parent)) children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  const secret = (id: string): boolean => {
    const s = cells.get(id)?.symbol;
    return suppressed.has(id) || s === '*' || s === '.';
  };
  const published = (id: string): boolean => cells.get(id)?.wert != null && !suppressed.has(id);
  const smallestPublished = (ids: readonly string[]): string | undefined =>
    ids
      .filter(published)
      .sort((a, b) => (cells.get(a)?.wert ?? 0) - (cells.get(b)?.wert ?? 0) || order(a) - order(b))[0];

  let changed = true;
  while (changed) {
    changed = false;
    for (const [parent, kids] of children) {
      const secretKids = kids.filter(secret).length;
      const needsMore = secret(parent) ? secretKids === 0 : published(parent) && secretKids === 1;
      if (!needsMore) continue;
      const next = smallestPublished(kids);
      if (next !== undefined) {
        suppressed.add(next);
        changed = true;
      }
    }
  }
  return suppressed;
}
