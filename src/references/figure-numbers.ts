/**
 * Figure and table numbers, computed once per publication from its MDX sources: chapters in publication order,
 * components in source order. `<Diagramm>` and `<Karte>` are Abbildungen, `<Tabelle>` is a Tabelle.
 * The website and the print page look numbers up here, so both always agree.
 *
 *   01-einleitung.mdx   <Diagramm …/>  <Tabelle …/>         → Abbildung 1, Tabelle 1
 *   02-demografie.mdx   <Karte marke="karte-alter" …/>      → Abbildung 2 (ziel of <Verweis ziel="karte-alter" />)
 */
import { componentUses, type AttrValue } from '../chapters/components.ts';
import type { ChapterModel } from '../chapters/model.ts';

export type FigureKind = 'abbildung' | 'tabelle';

export const KIND_LABEL: Record<FigureKind, string> = { abbildung: 'Abbildung', tabelle: 'Tabelle' };

/** Title (and, lower-cased, id) of the list of each kind in the PDF. */
export const LIST_TITLE: Record<FigureKind, string> = { abbildung: 'Abbildungsverzeichnis', tabelle: 'Tabellenverzeichnis' };

/** Which MDX component makes which kind of numbered item. */
export const NUMBERED_COMPONENTS: Record<string, FigureKind> = { Diagramm: 'abbildung', Karte: 'abbildung', Tabelle: 'tabelle' };

export interface NumberedItem {
  kind: FigureKind;
  /** 1-based, per kind, over the whole publication. */
  number: number;
  component: string;
  chapterSlug: string;
  /** Chapter file relative to the project root. */
  file: string;
  /** Offset of the `<` in the file. */
  offset: number;
  /** The `marke` attribute: the id other chapters refer to with `<Verweis ziel="…" />`. */
  marke?: string;
  /** Offset of the `marke` value in the file. */
  markeOffset?: number;
  /** Identifies the component from its props (see `propsSignature`). */
  signature: string;
}

/** The props that identify a figure; others (e.g. `spec`) are ignored. */
const SIGNATURE_KEYS = ['marke', 'indikator', 'daten', 'titel', 'art', 'gebiete', 'gebiet', 'jahre', 'jahr'] as const;

function signature(component: string, value: (key: string) => string | undefined): string {
  const parts = SIGNATURE_KEYS.map((k) => [k, value(k)] as const).filter(([, v]) => v !== undefined);
  return `${component}|${parts.map(([k, v]) => `${k}=${v}`).join(';')}`;
}

function sourceValue(v: AttrValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'text') return v.value;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'list') return v.items.map((i) => i.value).join(',');
  return '?';
}

function propValue(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(String).join(',');
  return '?';
}

/** The signature of a rendered component, from its props (same as the one computed from its source). */
export function propsSignature(component: string, props: Record<string, unknown>): string {
  return signature(component, (k) => propValue(props[k]));
}

export interface ChapterSource {
  slug: string;
  model: ChapterModel;
}

/** Numbers every figure and table of a publication; chapters must be in publication order. */
export function numberPublication(chapters: readonly ChapterSource[]): NumberedItem[] {
  const counters: Record<FigureKind, number> = { abbildung: 0, tabelle: 0 };
  const items: NumberedItem[] = [];
  for (const chapter of chapters) {
    for (const use of componentUses(chapter.model, Object.keys(NUMBERED_COMPONENTS))) {
      const kind = NUMBERED_COMPONENTS[use.component]!;
      const marke = use.attrs.get('marke');
      items.push({
        kind,
        number: ++counters[kind],
        component: use.component,
        chapterSlug: chapter.slug,
        file: chapter.model.file,
        offset: use.offset,
        ...(marke?.kind === 'text' ? { marke: marke.value, markeOffset: marke.offset } : {}),
        signature: signature(use.component, (k) => sourceValue(use.attrs.get(k))),
      });
    }
  }
  return items;
}

/** `Abbildung 3` */
export function itemLabel(item: Pick<NumberedItem, 'kind' | 'number'>): string {
  return `${KIND_LABEL[item.kind]} ${item.number.toLocaleString('de-DE')}`;
}

/** The id of a numbered item on its chapter page: its `marke`, else `abbildung-3`. */
export function itemId(item: Pick<NumberedItem, 'kind' | 'number' | 'marke'>): string {
  return item.marke ?? `${item.kind}-${item.number}`;
}
