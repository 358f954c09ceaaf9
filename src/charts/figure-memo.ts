/**
 * Finished figures, keyed by the data store (new data, new figures), the mindestfallzahl and the request: a chapter
 * page and the print page show the same chart, and it is computed once (selection, spec, cache key, table, CSV).
 * Kept on globalThis like the chart cache, because Astro may load this module more than once.
 * A figure that failed is forgotten: the next page computes it again and reports the error at its own place.
 */
import type { DataStore } from '../data/types.ts';

const KEY = Symbol.for('sozialbericht.abbildungen');

type WithMemo = typeof globalThis & { [KEY]?: WeakMap<DataStore, Map<string, Promise<unknown>>> };

export function memoFigure<T>(store: DataStore, key: string, compute: () => Promise<T>): Promise<T> {
  const g = globalThis as WithMemo;
  const byStore = (g[KEY] ??= new WeakMap());
  let memo = byStore.get(store);
  if (!memo) byStore.set(store, (memo = new Map()));
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const pending = compute();
  memo.set(key, pending);
  pending.catch(() => memo.delete(key));
  return pending;
}
