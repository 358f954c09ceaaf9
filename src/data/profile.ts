/**
 * The Gebietsprofil (Steckbrief) of one Gebiet: for every indicator with values there, the latest published value,
 * its change since the first year, what that change means (by the indicator's `richtung`), and the value of the
 * enclosing Gebiet in the same year for comparison.
 */
import { formatCell } from './format.ts';
import { changeText, trend, type Trend } from './trend.ts';
import type { Cell, DataStore, Gebiet, Indikator } from './types.ts';

export interface ProfileRow {
  indikator: Indikator;
  latest: Cell;
  latestText: string;
  first: Cell | null;
  /** From `first` to `latest` (src/data/trend.ts); null when no earlier published value. */
  trend: Trend | null;
  /** e.g. `+1,2 Prozentpunkte seit 2015` or `−340 seit 2015`; null when no earlier published value. */
  changeText: string | null;
  parent: Gebiet | null;
  parentText: string | null;
}

export interface Profile {
  gebiet: Gebiet;
  parent: Gebiet | null;
  children: Gebiet[];
  /** Rows grouped by Lebenslage, in catalogue order. */
  groups: { lebenslage: string; rows: ProfileRow[] }[];
}

export function gebietProfile(store: DataStore, gebietId: string, mindestfallzahl: number): Profile {
  const gebiet = store.gebiete.get(gebietId);
  if (!gebiet) throw new Error(`Unbekanntes Gebiet „${gebietId}“.`);
  const parent = gebiet.eltern ? (store.gebiete.get(gebiet.eltern) ?? null) : null;
  const children = [...store.gebiete.values()].filter((g) => g.eltern === gebiet.id);
  const groups = new Map<string, ProfileRow[]>();
  for (const indikator of store.indikatoren.values()) {
    const series = store.series(indikator.id, gebiet.id, { mindestfallzahl });
    const published = series.filter((c) => c.wert !== null);
    const latest = published.at(-1) ?? series.at(-1);
    if (!latest) continue;
    const first = published.length > 1 ? published[0]! : null;
    const parentCell = parent ? store.cell(indikator.id, parent.id, latest.jahr, { mindestfallzahl }) : undefined;
    const t = first && latest.wert !== null ? trend(first.wert!, latest.wert, indikator) : null;
    const row: ProfileRow = {
      indikator,
      latest,
      latestText: formatCell(latest, indikator),
      first,
      trend: t,
      changeText: t && first ? changeText(t, indikator.einheit, `seit ${first.jahr}`) : null,
      parent,
      parentText: parentCell ? formatCell(parentCell, indikator) : null,
    };
    groups.set(indikator.lebenslage, [...(groups.get(indikator.lebenslage) ?? []), row]);
  }
  return { gebiet, parent, children, groups: [...groups].map(([lebenslage, rows]) => ({ lebenslage, rows })) };
}
