/**
 * The shapes of the planners' data after reading and validation. The zod schemas in src/data/schemas/ are the
 * source of truth for the CSV columns; these are the normalised, indexed forms the components consume.
 */
import type { Location } from '../errors/problem.ts';

/** Official table symbols (DIN 55301) and the BA's `*`; a cell with a symbol has no number. */
export type TableSymbol = '–' | '.' | '…' | '/' | 'x' | '*';

export type Richtung = 'steigend_gut' | 'steigend_schlecht' | 'neutral';

export interface Gebiet {
  id: string;
  name: string;
  /** e.g. `land`, `kreis`, `gemeinde`, `sozialraum` */
  ebene: string;
  /** id of the enclosing Gebiet, or null */
  eltern: string | null;
  /** Official key as written (AGS, ARS, Kreis key), or null; compared normalised (src/data/import/keys.ts). */
  schluessel?: string | null;
  source: Location;
}

export interface Indikator {
  id: string;
  titel: string;
  /** e.g. `%`, `Anzahl`, `Euro`, `je 1.000 Einw.` */
  einheit: string;
  lebenslage: string;
  definition: string;
  quelle: string;
  richtung: Richtung;
  nachkommastellen: number;
  /**
   * The catalogue's `geheimhaltung`: true (`ja`) withholds small values, false (`nein`) never does; absent or
   * empty: decided by the einheit (counts are withheld, see `suppresses` in confidentiality.ts).
   */
  geheimhaltung?: boolean | null;
  source: Location;
}

/** One value of an indicator for a Gebiet and year. Either `wert` is a number or `symbol` says why not. */
export interface Cell {
  indikator: string;
  gebiet: string;
  jahr: number;
  wert: number | null;
  symbol: TableSymbol | null;
  hinweis: string | null;
  source: Location;
}

/** Any other CSV below data/: rows keyed by column name, numbers already parsed where the column is numeric. */
export interface Dataset {
  /** Path below data/ without extension, e.g. `frei/kita-betreuung`. */
  name: string;
  file: string;
  columns: string[];
  /**
   * Numbers are parsed in numeric columns (see `numericColumns`); there a table symbol stays as its text
   * (`'*'`, `'–'` …) and an empty cell is null. In other columns cells are trimmed text, empty → null.
   */
  rows: Record<string, string | number | null>[];
  /** Columns whose cells are numbers (or symbols / empty). Added by the data layer. */
  numericColumns?: string[];
}

/** GeoJSON boundaries, one feature per Gebiet (`properties.id`). */
export interface GeoFeature {
  type: 'Feature';
  properties: { id: string; [key: string]: unknown };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface DataStore {
  gebiete: ReadonlyMap<string, Gebiet>;
  indikatoren: ReadonlyMap<string, Indikator>;
  datasets: ReadonlyMap<string, Dataset>;
  geo: readonly GeoFeature[];
  /**
   * The value as it may be published: counts below `mindestfallzahl` (and values from which they could be derived)
   * come back with `wert: null, symbol: '*'`.
   */
  cell(indikator: string, gebiet: string, jahr: number, opts?: { mindestfallzahl?: number }): Cell | undefined;
  /** All published cells of an indicator for one Gebiet, sorted by year. */
  series(indikator: string, gebiet: string, opts?: { mindestfallzahl?: number }): Cell[];
  /** Years with any value for the indicator, ascending. */
  years(indikator: string): number[];
  /** Ids of Gebiete with any value for the indicator, in the order of the Gebiete files. */
  gebieteWith(indikator: string): string[];
}
