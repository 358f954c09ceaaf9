/**
 * Which published values changed between two versions of the data: indikator, Gebiet, Jahr, alt → neu,
 * formatted de-DE with unit as on the website, plus values added and removed.
 *
 * Both sides are compared as PUBLISHED (the store applies the confidentiality rules for `mindestfallzahl`),
 * so the changes page never shows a count that the publication itself withholds: 2 → 1 is no visible change,
 * 12 → `*` is.
 */
import { formatCell } from '../data/format.ts';
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

export function diffValues(oldStore: DataStore, newStore: DataStore, mindestfallzahl: number): ValueChange[] {
  const before = publishedCells(oldStore, mindestfallzahl);
  const after = publishedCells(newStore, mindestfallzahl);
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
