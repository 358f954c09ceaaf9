/** Counting the changes of a publication for the summary line at the top of the changes page. */
import type { PublicationChanges } from './changes.ts';
import { changeItems } from './changes.ts';

export interface ChangeSummary {
  total: number;
  /** Chapters that are new, removed or changed. */
  chapters: number;
  /** Text, heading and title changes inside chapters. */
  text: number;
  /** Published values changed, added or removed. */
  values: number;
}

export function summarize(c: PublicationChanges): ChangeSummary {
  const items = changeItems(c);
  return {
    total: items.length,
    chapters: c.chapters.filter((ch) => ch.status !== 'unveraendert').length,
    text: items.filter((i) => i.art === 'text' || i.art === 'ueberschrift' || i.art === 'kapitel-angabe').length,
    values: items.filter((i) => i.art.startsWith('wert-')).length,
  };
}

const n = (count: number, one: string, many: string) => `${count.toLocaleString('de-DE')} ${count === 1 ? one : many}`;

/** `3 Änderungen: 2 Textstellen in 2 Kapiteln, 1 Wert.` */
export function summaryText(s: ChangeSummary): string {
  if (s.total === 0) return 'Keine Änderungen.';
  const parts: string[] = [];
  if (s.text > 0) parts.push(`${n(s.text, 'Textstelle', 'Textstellen')} in ${n(s.chapters, 'Kapitel', 'Kapiteln')}`);
  else if (s.chapters > 0) parts.push(n(s.chapters, 'Kapitel', 'Kapitel'));
  if (s.values > 0) parts.push(n(s.values, 'Wert', 'Werte'));
  return `${n(s.total, 'Änderung', 'Änderungen')}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}
