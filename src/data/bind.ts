/**
 * bind: what the components `<Wert>` and `<Tabelle>` show, computed from the store and their props.
 * The .astro files only render these view models, so everything a reader sees is testable here.
 * Unknown references throw an Error in German (the check reports them earlier, with file:line:column).
 */
import { bindMessages, type Component } from '../errors/data.ts';
import { formatCell, formatNumber, parseIds, parseYears, unitLabel } from './format.ts';
import { legendFor, SYMBOL_LEGEND } from './symbols.ts';
import type { Cell, DataStore, Gebiet, Indikator, TableSymbol } from './types.ts';
import { yearRanges } from './years.ts';

export interface BindOptions {
  /** From the publication's settings; default 3. */
  mindestfallzahl?: number;
}

export interface WertView {
  indikator: Indikator;
  gebiet: Gebiet;
  jahr: number;
  /** `18,3 %`, `1.234`, or the symbol. */
  text: string;
  symbol: TableSymbol | null;
  /** Legend text for the symbol (for `<abbr title>`), else null. */
  legend: string | null;
  hinweis: string | null;
}

function text(component: Component, props: Record<string, unknown>, attr: string): string {
  const v = props[attr];
  if (v === undefined || v === null || String(v).trim() === '') throw new Error(bindMessages.attributeMissing(component, attr));
  return String(v).trim();
}

function indikatorOf(store: DataStore, id: string): Indikator {
  const ind = store.indikatoren.get(id);
  if (!ind) throw new Error(bindMessages.indikatorUnknown(id));
  return ind;
}

function gebietOf(store: DataStore, id: string): Gebiet {
  const g = store.gebiete.get(id);
  if (!g) throw new Error(bindMessages.gebietUnknown(id));
  return g;
}

/** `<Wert indikator gebiet jahr? />`; without `jahr` the latest year with a value for this Gebiet. */
export function wertView(store: DataStore, componentProps: object, opts: BindOptions = {}): WertView {
  const props = componentProps as Record<string, unknown>;
  const indikator = indikatorOf(store, text('Wert', props, 'indikator'));
  const gebiet = gebietOf(store, text('Wert', props, 'gebiet'));
  let jahr: number | undefined;
  if (props['jahr'] !== undefined) {
    const years = parseYears(text('Wert', props, 'jahr'));
    if (years.length !== 1) throw new Error(bindMessages.yearsInvalid(String(props['jahr']), 'Für <Wert> genau ein Jahr angeben.'));
    jahr = years[0];
  } else {
    jahr = store.series(indikator.id, gebiet.id, opts).at(-1)?.jahr;
  }
  const cell = jahr === undefined ? undefined : store.cell(indikator.id, gebiet.id, jahr, opts);
  if (!cell || jahr === undefined) throw new Error(bindMessages.noValue(indikator.id, gebiet.id, jahr ?? null));
  return {
    indikator,
    gebiet,
    jahr,
    text: formatCell(cell, indikator),
    symbol: cell.symbol,
    legend: cell.symbol ? SYMBOL_LEGEND[cell.symbol] : null,
    hinweis: cell.hinweis,
  };
}

export interface TableCellView {
  jahr: number;
  /** Number without unit (the unit is in the caption), or the symbol. */
  text: string;
  symbol: TableSymbol | null;
  legend: string | null;
  /** Number of the note (`hinweis`) below the table, 1-based, or null. */
  note: number | null;
}

export interface TabelleView {
  indikator: Indikator;
  caption: string;
  jahre: number[];
  rows: { gebiet: Gebiet; cells: TableCellView[] }[];
  /** Symbols used in this table with their meaning, in legend order. */
  legend: { symbol: TableSymbol; text: string }[];
  /** Notes from the `hinweis` column, numbered in order of first use. */
  notes: string[];
  quelle: string;
}

export const DEFAULT_TABLE_YEARS = 5;

/** `<Tabelle indikator gebiete? jahre? titel? />`: Gebiete with values in file order and the latest 5 years by default. */
export function tabelleView(store: DataStore, componentProps: object, opts: BindOptions = {}): TabelleView {
  const props = componentProps as Record<string, unknown>;
  const indikator = indikatorOf(store, text('Tabelle', props, 'indikator'));
  const gebiete = (props['gebiete'] !== undefined
    ? parseIds(Array.isArray(props['gebiete']) ? (props['gebiete'] as string[]) : text('Tabelle', props, 'gebiete'))
    : store.gebieteWith(indikator.id)
  ).map((id) => gebietOf(store, id));
  const jahre = props['jahre'] !== undefined ? parseYears(text('Tabelle', props, 'jahre')) : store.years(indikator.id).slice(-DEFAULT_TABLE_YEARS);
  const notes: string[] = [];
  const used: (TableSymbol | null)[] = [];
  const rows = gebiete.map((gebiet) => ({
    gebiet,
    cells: jahre.map((jahr): TableCellView => {
      const cell: Pick<Cell, 'wert' | 'symbol' | 'hinweis'> = store.cell(indikator.id, gebiet.id, jahr, opts) ?? { wert: null, symbol: '.', hinweis: null };
      used.push(cell.symbol);
      let note: number | null = null;
      if (cell.hinweis) {
        if (!notes.includes(cell.hinweis)) notes.push(cell.hinweis);
        note = notes.indexOf(cell.hinweis) + 1;
      }
      return {
        jahr,
        text: cell.wert === null ? (cell.symbol ?? '.') : formatNumber(cell.wert, indikator.nachkommastellen),
        symbol: cell.wert === null ? (cell.symbol ?? '.') : null,
        legend: cell.symbol ? SYMBOL_LEGEND[cell.symbol] : null,
        note,
      };
    }),
  }));
  const titel = typeof props['titel'] === 'string' && props['titel'].trim() ? props['titel'].trim() : indikator.titel;
  return {
    indikator,
    caption: `${titel} (${unitLabel(indikator.einheit)}): ${gebieteLabel(gebiete)}, ${yearRanges(jahre)}`,
    jahre,
    rows,
    legend: legendFor(used),
    notes,
    quelle: indikator.quelle,
  };
}

const PLURAL: Record<string, string> = {
  land: 'Länder',
  kreis: 'Kreise',
  gemeinde: 'Gemeinden',
  stadt: 'Städte',
  sozialraum: 'Sozialräume',
  stadtteil: 'Stadtteile',
  ortsteil: 'Ortsteile',
  bezirk: 'Bezirke',
  planungsraum: 'Planungsräume',
};

function joinDe(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

/** `Landkreis Hainwald und 8 Gemeinden`; up to three Gebiete by name. */
export function gebieteLabel(gebiete: readonly Gebiet[]): string {
  if (gebiete.length <= 3) return joinDe(gebiete.map((g) => g.name));
  const byEbene = new Map<string, Gebiet[]>();
  for (const g of gebiete) byEbene.set(g.ebene, [...(byEbene.get(g.ebene) ?? []), g]);
  return joinDe(
    [...byEbene].map(([ebene, list]) => (list.length === 1 ? (list[0]?.name ?? '') : `${list.length} ${PLURAL[ebene] ?? `Gebiete (${ebene})`}`)),
  );
}
