/**
 * The validated data, indexed for the components. Every value handed out passes through the
 * confidentiality rules (src/data/confidentiality.ts) for the caller's `mindestfallzahl`.
 */
import { DEFAULT_MINDESTFALLZAHL, suppressedGebiete, suppresses } from './confidentiality.ts';
import type { Cell, DataStore, Dataset, Gebiet, GeoFeature, Indikator } from './types.ts';

export interface StoreInput {
  gebiete: ReadonlyMap<string, Gebiet>;
  indikatoren: ReadonlyMap<string, Indikator>;
  /** In file order. */
  cells: readonly Cell[];
  datasets: ReadonlyMap<string, Dataset>;
  geo: readonly GeoFeature[];
}

interface IndicatorIndex {
  byGebiet: Map<string, Map<number, Cell>>;
  byYear: Map<number, Map<string, Cell>>;
  years: number[];
  gebiete: string[];
}

export function createStore(input: StoreInput): DataStore {
  const order = new Map([...input.gebiete.keys()].map((id, i) => [id, i]));
  const position = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const index = new Map<string, IndicatorIndex>();
  for (const cell of input.cells) {
    let ix = index.get(cell.indikator);
    if (!ix) index.set(cell.indikator, (ix = { byGebiet: new Map(), byYear: new Map(), years: [], gebiete: [] }));
    const frozen = Object.isFrozen(cell) ? cell : Object.freeze({ ...cell });
    let g = ix.byGebiet.get(cell.gebiet);
    if (!g) ix.byGebiet.set(cell.gebiet, (g = new Map()));
    g.set(cell.jahr, frozen);
    let y = ix.byYear.get(cell.jahr);
    if (!y) ix.byYear.set(cell.jahr, (y = new Map()));
    y.set(cell.gebiet, frozen);
  }
  for (const ix of index.values()) {
    ix.years = [...ix.byYear.keys()].sort((a, b) => a - b);
    ix.gebiete = [...ix.byGebiet.keys()].sort((a, b) => position(a) - position(b));
  }

  const suppression = new Map<string, Set<string>>();
  function suppressed(indikator: string, jahr: number, min: number): Set<string> {
    const key = `${indikator}\u0000${jahr}\u0000${min}`;
    let set = suppression.get(key);
    if (!set) {
      set = suppressedGebiete(index.get(indikator)?.byYear.get(jahr) ?? new Map(), input.gebiete, min, position);
      suppression.set(key, set);
    }
    return set;
  }

  function withheld(indikator: string, jahr: number, min: number, also?: ReadonlySet<string>): Set<string> {
    const ind = input.indikatoren.get(indikator);
    const primary = ind !== undefined && suppresses(ind);
    if (!also || also.size === 0) return primary ? suppressed(indikator, jahr, min) : new Set();
    const year = index.get(indikator)?.byYear.get(jahr) ?? new Map<string, Cell>();
    return suppressedGebiete(year, input.gebiete, min, position, { primary, also });
  }

  function publishable(cell: Cell, min: number): Cell {
    const ind = input.indikatoren.get(cell.indikator);
    if (cell.wert === null || !ind || !suppresses(ind)) return cell;
    if (!suppressed(cell.indikator, cell.jahr, min).has(cell.gebiet)) return cell;
    return Object.freeze({ ...cell, wert: null, symbol: '*' as const });
  }

  const store: DataStore = {
    gebiete: input.gebiete,
    indikatoren: input.indikatoren,
    datasets: input.datasets,
    geo: input.geo,
    cell(indikator, gebiet, jahr, opts) {
      const c = index.get(indikator)?.byGebiet.get(gebiet)?.get(jahr);
      return c && publishable(c, opts?.mindestfallzahl ?? DEFAULT_MINDESTFALLZAHL);
    },
    series(indikator, gebiet, opts) {
      const byYear = index.get(indikator)?.byGebiet.get(gebiet);
      if (!byYear) return [];
      const min = opts?.mindestfallzahl ?? DEFAULT_MINDESTFALLZAHL;
      return [...byYear.values()].sort((a, b) => a.jahr - b.jahr).map((c) => publishable(c, min));
    },
    years: (indikator) => [...(index.get(indikator)?.years ?? [])],
    gebieteWith: (indikator) => [...(index.get(indikator)?.gebiete ?? [])],
  };
  internals.set(store, { withheld });
  return store;
}

interface StoreInternals {
  withheld(indikator: string, jahr: number, min: number, also?: ReadonlySet<string>): Set<string>;
}

/**
 * What only this module may see of a store: never handed to components, which get published cells only. Kept on
 * globalThis like the store itself (shared-cache.ts): the check phase and Astro's bundle are two instances of this
 * module in one process, and a store made by one is read by the other.
 */
const INTERNALS = Symbol.for('sozialbericht.store-internals');
type WithInternals = typeof globalThis & { [INTERNALS]?: WeakMap<DataStore, StoreInternals> };
const internals: WeakMap<DataStore, StoreInternals> = ((globalThis as WithInternals)[INTERNALS] ??= new WeakMap());

/**
 * The Gebiete whose value of `indikator` in `jahr` is withheld (shown as `*`) when the Gebiete in `also` must be
 * withheld as well: the primary rule, `also`, and the secondary rule over both. For the changes page, which must
 * not show what the other Fassung withholds (see src/versions/data-diff.ts).
 */
export function withheldGebiete(store: DataStore, indikator: string, jahr: number, mindestfallzahl: number, also?: ReadonlySet<string>): Set<string> {
  const own = internals.get(store);
  if (!own) throw new Error('withheldGebiete: the store was not made by createStore');
  return own.withheld(indikator, jahr, mindestfallzahl, also);
}
