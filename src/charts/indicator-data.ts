/**
 * Which cells an indicator chart shows: the Gebiete and years asked for (or the defaults), each cell taken from
 * the store *with the publication's mindestfallzahl*, so suppressed values arrive as `*` and never as numbers.
 */
import type { Cell, DataStore, Gebiet, Indikator } from '../data/types.ts';
import { chartErrors } from '../errors/charts.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { ProblemError } from '../errors/problem.ts';

export type ChartArt = 'linie' | 'balken' | 'karte';

export interface IndicatorRequest {
  indikator: string;
  /** Gebiet ids; default: Kreis + Land for `linie`, all Gemeinden for `balken`/`karte`. */
  gebiete?: readonly string[] | undefined;
  /**
   * Years; default: all years with values. `karte` shows the last of them; so does `balken` unless several
   * years are asked for explicitly, which gives grouped bars per year.
   */
  jahre?: readonly number[] | undefined;
  art: ChartArt;
  mindestfallzahl: number;
  /** Where the chart is used, for error messages. */
  at: Location;
}

export interface IndicatorSelection {
  indikator: Indikator;
  art: ChartArt;
  gebiete: Gebiet[];
  /** Kreis and Land with values, as reference lines of `balken` and for map descriptions. */
  referenzen: Gebiet[];
  jahre: number[];
  /** `cells.get(gebietId)?.get(jahr)`; undefined when the data have no such cell. */
  cells: Map<string, Map<number, Cell | undefined>>;
}

/** Ebene names of the county and the Land, which line charts compare. */
const KREIS = 'kreis';
const LAND = 'land';
const GEMEINDE = 'gemeinde';

function fail(problem: Problem): never {
  throw new ProblemError([problem]);
}

export function lookupIndikator(store: DataStore, id: string, at: Location): Indikator {
  const ind = store.indikatoren.get(id);
  if (!ind) fail(chartErrors.unknownIndicator(at, id, [...store.indikatoren.keys()]));
  return ind;
}

function defaultGebiete(store: DataStore, ind: string, art: ChartArt): string[] {
  const withValues = store.gebieteWith(ind);
  const ebene = (id: string) => store.gebiete.get(id)?.ebene;
  if (art === 'linie') {
    const picked = [
      ...withValues.filter((id) => ebene(id) === KREIS),
      ...withValues.filter((id) => ebene(id) === LAND),
    ];
    return picked.length > 0 ? picked : withValues;
  }
  const gemeinden = withValues.filter((id) => ebene(id) === GEMEINDE);
  return gemeinden.length > 0 ? gemeinden : withValues;
}

function pickYears(req: IndicatorRequest, known: number[]): number[] {
  if (!req.jahre || req.jahre.length === 0) return known;
  const wanted = req.jahre.filter((j) => known.includes(j));
  if (wanted.length === 0) fail(chartErrors.unknownYear(req.at, req.jahre[0]!, req.indikator, known));
  if (req.art === 'karte' || (req.art === 'balken' && req.jahre.length === 1)) {
    const last = req.jahre[req.jahre.length - 1]!;
    if (!known.includes(last)) fail(chartErrors.unknownYear(req.at, last, req.indikator, known));
  }
  return [...new Set(wanted)].sort((a, b) => a - b);
}

export function selectIndicatorData(store: DataStore, req: IndicatorRequest): IndicatorSelection {
  const indikator = lookupIndikator(store, req.indikator, req.at);
  const withValues = store.gebieteWith(indikator.id);
  const ids = req.gebiete && req.gebiete.length > 0 ? [...req.gebiete] : defaultGebiete(store, indikator.id, req.art);
  const gebiete = ids.map((id) => {
    const g = store.gebiete.get(id);
    if (!g || !withValues.includes(id)) fail(chartErrors.unknownGebiet(req.at, id, indikator.id, withValues));
    return g;
  });
  const allYears = pickYears(req, store.years(indikator.id));
  const grouped = req.art === 'balken' && (req.jahre?.length ?? 0) > 1 && allYears.length > 1;
  const jahre = req.art === 'linie' || grouped ? allYears : allYears.slice(-1);
  const referenzen =
    req.art === 'linie' || grouped
      ? []
      : defaultGebiete(store, indikator.id, 'linie')
          .map((id) => store.gebiete.get(id))
          .filter((g): g is Gebiet => g !== undefined && (g.ebene === KREIS || g.ebene === LAND));
  const cells = new Map<string, Map<number, Cell | undefined>>();
  let any = false;
  for (const g of [...gebiete, ...referenzen]) {
    const row = new Map<number, Cell | undefined>();
    for (const j of jahre) {
      const cell = store.cell(indikator.id, g.id, j, { mindestfallzahl: req.mindestfallzahl });
      if (cell && gebiete.includes(g)) any = true;
      row.set(j, cell);
    }
    cells.set(g.id, row);
  }
  if (!any || gebiete.length === 0 || jahre.length === 0) fail(chartErrors.noValues(req.at, indikator.id));
  return { indikator, art: req.art, gebiete, referenzen, jahre, cells };
}

/**
 * The number a chart draws for a cell: its value; 0 for `–` (DIN 55301: nichts vorhanden, genau null);
 * null (a gap, a missing bar, a hatched area) for every other symbol and for missing cells.
 */
export function plotValue(cell: Cell | undefined): number | null {
  if (!cell) return null;
  return cell.wert ?? (cell.symbol === '–' ? 0 : null);
}

/** The role a Gebiet plays in a chart's colours. */
export function rolle(g: Gebiet): 'kreis' | 'land' | 'andere' {
  return g.ebene === KREIS ? 'kreis' : g.ebene === LAND ? 'land' : 'andere';
}
