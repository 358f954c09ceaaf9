/**
 * The Gebietsprofil (Steckbrief) of one Gebiet: for every indicator with values there, the latest published value,
 * its change since the first year, what that change means (by the indicator's `richtung`), and the value of the
 * enclosing Gebiet in the same year for comparison.
 */
import { isCount } from './confidentiality.ts';
import { formatCell, formatNumber } from './format.ts';
import type { Cell, DataStore, Gebiet, Indikator } from './types.ts';

export type Assessment = 'besser' | 'schlechter' | 'neutral' | 'unveraendert' | 'unbekannt';

export interface ProfileRow {
  indikator: Indikator;
  latest: Cell;
  latestText: string;
  first: Cell | null;
  /** e.g. `+1,2 Prozentpunkte seit 2015` or `−340 seit 2015`; null when no earlier published value. */
  changeText: string | null;
  assessment: Assessment;
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
    const row: ProfileRow = {
      indikator,
      latest,
      latestText: formatCell(latest, indikator),
      first,
      changeText: first && latest.wert !== null ? changeText(first, latest, indikator) : null,
      assessment: first && latest.wert !== null ? assess(first.wert!, latest.wert, indikator) : 'unbekannt',
      parent,
      parentText: parentCell ? formatCell(parentCell, indikator) : null,
    };
    groups.set(indikator.lebenslage, [...(groups.get(indikator.lebenslage) ?? []), row]);
  }
  return { gebiet, parent, children, groups: [...groups].map(([lebenslage, rows]) => ({ lebenslage, rows })) };
}

function changeText(first: Cell, latest: Cell, indikator: Indikator): string {
  const delta = latest.wert! - first.wert!;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const amount = formatNumber(Math.abs(delta), indikator.nachkommastellen);
  const unit = indikator.einheit.trim() === '%' ? ' Prozentpunkte' : isCount(indikator) ? '' : ` ${indikator.einheit.trim()}`;
  return `${sign}${amount}${unit} seit ${first.jahr}`;
}

function assess(before: number, after: number, indikator: Indikator): Assessment {
  const tolerance = 0.5 * 10 ** -indikator.nachkommastellen;
  if (Math.abs(after - before) < tolerance) return 'unveraendert';
  if (indikator.richtung === 'neutral') return 'neutral';
  const rising = after > before;
  return rising === (indikator.richtung === 'steigend_gut') ? 'besser' : 'schlechter';
}

export const ASSESSMENT_LABEL: Record<Assessment, string> = {
  besser: 'günstige Entwicklung',
  schlechter: 'ungünstige Entwicklung',
  neutral: 'Veränderung ohne Wertung',
  unveraendert: 'unverändert',
  unbekannt: 'keine Entwicklung berechenbar',
};
