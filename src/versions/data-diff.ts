/**
 * Which published values changed between two versions of the data: indikator, Gebiet, Jahr, alt → neu,
 * formatted de-DE with unit as on the website, plus values added and removed.
 *
 * Both sides are compared as PUBLISHED, and withheld JOINTLY: a reader has both columns side by side, so a value
 * withheld in either Fassung is withheld in both columns, and the secondary suppression is recomputed for each
 * Fassung with the other's withheld values added, until neither adds more (`jointlyWithheld`). Without this the
 * page gives a withheld count away: Kreis 925 → 915, Birkenstein 31 → *, Schönborn 12 → * tells a reader who assumes
 * Birkenstein unchanged that Schönborn is now 12 − 10 = 2. With it, Birkenstein and Schönborn are `*` in both
 * columns (no visible change); only the Kreis 925 → 915 is shown, and in each Fassung two unknowns share one sum.
 * So 2 → 1 is no visible change, and neither is 12 → 2.
 */
import { formatCell } from '../data/format.ts';
import { withheldGebiete } from '../data/store.ts';
import type { Cell, DataStore, Indikator } from '../data/types.ts';

export interface ValueChange {
  art: 'geaendert' | 'neu' | 'entfernt';
  indikator: string;
  /** Title of the indicator (new side, else old), or its id. */
  indikatorTitel: string;
  gebiet: string;
  gebietName: string;
  jahr: number;
  /** Formatted old value (`18,3 %`, `*`), null when added. */
  alt: string | null;
  /** Formatted new value, null when removed. */
  neu: string | null;
  /** Note on the value (`hinweis`), when it changed. */
  hinweis?: { alt: string | null; neu: string | null };
}

const key = (c: Pick<Cell, 'indikator' | 'gebiet' | 'jahr'>) => `${c.indikator}\u0000${c.gebiet}\u0000${c.jahr}`;

/** Every published cell of the store, keyed by indikator/gebiet/jahr. */
export function publishedCells(store: DataStore, mindestfallzahl: number): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const indikator of store.indikatoren.keys()) {
    for (const gebiet of store.gebieteWith(indikator)) {
      for (const cell of store.series(indikator, gebiet, { mindestfallzahl })) out.set(key(cell), cell);
    }
  }
  return out;
}

/**
 * Per indikator and Jahr (key `indikator\u0000jahr`), the Gebiete withheld on the changes page: everything either
 * Fassung withholds, closed under both Fassungen' secondary suppression (each Fassung's sums must not reveal a value
 * that only the other withholds). Grows monotonically, so it ends.
 */
export function jointlyWithheld(oldStore: DataStore, newStore: DataStore, mindestfallzahl: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const indikatoren = new Set([...oldStore.indikatoren.keys(), ...newStore.indikatoren.keys()]);
  for (const indikator of indikatoren) {
    for (const jahr of new Set([...oldStore.years(indikator), ...newStore.years(indikator)])) {
      let joint = new Set([...withheldGebiete(oldStore, indikator, jahr, mindestfallzahl), ...withheldGebiete(newStore, indikator, jahr, mindestfallzahl)]);
      while (joint.size > 0) {
        const next = new Set([
          ...joint,
          ...withheldGebiete(oldStore, indikator, jahr, mindestfallzahl, joint),
          ...withheldGebiete(newStore, indikator, jahr, mindestfallzahl, joint),
        ]);
        if (next.size === joint.size) break;
        joint = next;
      }
      if (joint.size > 0) out.set(`${indikator}\u0000${jahr}`, joint);
    }
  }
  return out;
}

/** The published cells with the jointly withheld ones as `*`. */
function withholdJointly(cells: Map<string, Cell>, joint: Map<string, Set<string>>): Map<string, Cell> {
  for (const [k, c] of cells) {
    if (c.wert !== null && joint.get(`${c.indikator}\u0000${c.jahr}`)?.has(c.gebiet)) cells.set(k, { ...c, wert: null, symbol: '*' });
  }
  return cells;
}

export function diffValues(oldStore: DataStore, newStore: DataStore, mindestfallzahl: number): ValueChange[] {
  const joint = jointlyWithheld(oldStore, newStore, mindestfallzahl);
  const before = withholdJointly(publishedCells(oldStore, mindestfallzahl), joint);
  const after = withholdJointly(publishedCells(newStore, mindestfallzahl), joint);
  const changes: ValueChange[] = [];
  const describe = (c: Cell) => {
    const ind = newStore.indikatoren.get(c.indikator) ?? oldStore.indikatoren.get(c.indikator);
    const geb = newStore.gebiete.get(c.gebiet) ?? oldStore.gebiete.get(c.gebiet);
    return { indikator: c.indikator, indikatorTitel: ind?.titel ?? c.indikator, gebiet: c.gebiet, gebietName: geb?.name ?? c.gebiet, jahr: c.jahr };
  };
  for (const [k, neu] of after) {
    const alt = before.get(k);
    const ind = newStore.indikatoren.get(neu.indikator);
    if (!alt) {
      changes.push({ art: 'neu', ...describe(neu), alt: null, neu: show(neu, ind) });
      continue;
    }
    const sameValue = alt.wert === neu.wert && alt.symbol === neu.symbol;
    const sameNote = (alt.hinweis ?? null) === (neu.hinweis ?? null);
    if (sameValue && sameNote) continue;
    const oldInd = oldStore.indikatoren.get(alt.indikator) ?? ind;
    let [a, n] = [show(alt, oldInd), show(neu, ind)];
    if (!sameValue && a === n) [a, n] = [exact(alt, oldInd), exact(neu, ind)]; // 5,81 → 5,84 both round to 5,8
    changes.push({
      art: 'geaendert',
      ...describe(neu),
      alt: a,
      neu: n,
      ...(sameNote ? {} : { hinweis: { alt: alt.hinweis ?? null, neu: neu.hinweis ?? null } }),
    });
  }
  for (const [k, alt] of before) {
    if (!after.has(k)) changes.push({ art: 'entfernt', ...describe(alt), alt: show(alt, oldStore.indikatoren.get(alt.indikator)), neu: null });
  }
  const order = indicatorOrder(newStore, oldStore);
  const gebietOrder = new Map([...newStore.gebiete.keys(), ...oldStore.gebiete.keys()].map((id, i) => [id, i]));
  return changes.sort(
    (x, y) =>
      (order.get(x.indikator) ?? 0) - (order.get(y.indikator) ?? 0) ||
      (gebietOrder.get(x.gebiet) ?? 0) - (gebietOrder.get(y.gebiet) ?? 0) ||
      x.jahr - y.jahr,
  );
}

function indicatorOrder(a: DataStore, b: DataStore): Map<string, number> {
  const ids = [...new Set([...a.indikatoren.keys(), ...b.indikatoren.keys()])];
  return new Map(ids.map((id, i) => [id, i]));
}

function show(cell: Cell, ind: Indikator | undefined): string {
  return formatCell(cell, ind ?? { einheit: '', nachkommastellen: 2 });
}

/** The value with all the decimals it has, for changes that rounding would hide. */
function exact(cell: Cell, ind: Indikator | undefined): string {
  if (cell.wert === null) return show(cell, ind);
  const digits = (String(cell.wert).split('.')[1] ?? '').length;
  return formatCell(cell, { einheit: ind?.einheit ?? '', nachkommastellen: Math.max(digits, ind?.nachkommastellen ?? 0) });
}
