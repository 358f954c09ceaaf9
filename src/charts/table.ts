/**
 * The data behind a chart, twice: as a table for reading (formatted de-DE, symbols kept, shown under the
 * chart in „Daten als Tabelle“) and as CSV rows for the download (plain numbers, symbol in its own column).
 * Both come from the same selection as the chart, so neither can show a value the chart suppresses.
 */
import type { Cell, Dataset, TableSymbol } from '../data/types.ts';
import type { CsvValue } from './csv.ts';
import type { IndicatorSelection } from './indicator-data.ts';
import { cellText, formatDe } from './number.ts';
import { unitTitle } from './theme.ts';

export interface DataTable {
  /** Text above the table (what and which unit). */
  caption: string;
  /** Column headers; the first is the header of the row-header column. */
  head: string[];
  /** Each row starts with its row header. */
  rows: string[][];
  /** Table symbols that occur, for the legend under the table. */
  symbols: TableSymbol[];
}

export interface CsvTable {
  head: string[];
  rows: CsvValue[][];
}

function symbolsOf(cells: Iterable<Cell | undefined>): TableSymbol[] {
  const out = new Set<TableSymbol>();
  for (const c of cells) {
    if (!c) out.add('.');
    else if (c.wert === null) out.add(c.symbol ?? '.');
  }
  return [...out];
}

/** Several years: one row per year, one column per Gebiet; one year: one row per Gebiet (references last). */
export function indicatorTable(sel: IndicatorSelection): DataTable {
  const { indikator: ind } = sel;
  const caption = `${ind.titel} (${unitTitle(ind.einheit)})`;
  const cell = (gebiet: string, jahr: number) => sel.cells.get(gebiet)?.get(jahr);
  if (sel.art === 'linie' || sel.jahre.length > 1) {
    const all = sel.jahre.flatMap((j) => sel.gebiete.map((g) => cell(g.id, j)));
    return {
      caption,
      head: ['Jahr', ...sel.gebiete.map((g) => g.name)],
      rows: sel.jahre.map((j) => [String(j), ...sel.gebiete.map((g) => cellText(cell(g.id, j), ind.nachkommastellen))]),
      symbols: symbolsOf(all),
    };
  }
  const jahr = sel.jahre[sel.jahre.length - 1]!;
  const gebiete = [...sel.gebiete, ...sel.referenzen.filter((r) => !sel.gebiete.includes(r))];
  return {
    caption,
    head: ['Gebiet', String(jahr)],
    rows: gebiete.map((g) => [g.name, cellText(cell(g.id, jahr), ind.nachkommastellen)]),
    symbols: symbolsOf(gebiete.map((g) => cell(g.id, jahr))),
  };
}

/** Long format, one line per Gebiet and year, as statisticians exchange data. */
export function indicatorCsv(sel: IndicatorSelection): CsvTable {
  const gebiete = [...sel.gebiete, ...sel.referenzen.filter((r) => !sel.gebiete.includes(r))];
  const rows: CsvValue[][] = [];
  for (const g of gebiete) {
    for (const j of sel.jahre) {
      const c = sel.cells.get(g.id)?.get(j);
      rows.push([sel.indikator.id, g.id, g.name, j, c?.wert ?? null, sel.indikator.einheit, c ? (c.wert === null ? (c.symbol ?? '.') : '') : '.']);
    }
  }
  return { head: ['Indikator', 'Gebietskennung', 'Gebiet', 'Jahr', 'Wert', 'Einheit', 'Zeichen'], rows };
}

/** A column is shown without thousands separators when it holds years (`Jahr`, `Berichtsjahr` …). */
const isYearColumn = (name: string) => /jahr/i.test(name);

export function datasetTable(dataset: Dataset, caption: string): DataTable {
  const head = dataset.columns;
  const show = (col: string, v: string | number | null | undefined) =>
    v === null || v === undefined ? '' : typeof v === 'number' ? formatDe(v, null, !isYearColumn(col)) : v;
  return {
    caption,
    head,
    rows: dataset.rows.map((r) => head.map((c) => show(c, r[c]))),
    symbols: [],
  };
}

export function datasetCsv(dataset: Dataset): CsvTable {
  return { head: dataset.columns, rows: dataset.rows.map((r) => dataset.columns.map((c) => r[c] ?? null)) };
}
