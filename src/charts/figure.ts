/**
 * Everything a chart figure on a page needs, from one request:
 *
 *   request ──select (store, mindestfallzahl)──▶ selection ──┬─ spec ──render/cache──▶ SVG (+ title, desc)
 *                                                            ├─ table (Daten als Tabelle)
 *                                                            └─ CSV ──▶ download link
 *
 * The components (Diagramm.astro, Karte.astro) only parse their props and print a Figure.
 */
import type { DataStore, Gebiet, GeoFeature } from '../data/types.ts';
import { chartErrors } from '../errors/charts.ts';
import { ProblemError, type Location } from '../errors/problem.ts';
import type { ChartCache } from './cache.ts';
import { toCsv } from './csv.ts';
import { describeBars, describeLine, describeMap, yearSpan } from './describe.ts';
import { csvDownload, type Download } from './downloads.ts';
import { selectIndicatorData, type IndicatorSelection } from './indicator-data.ts';
import type { ChartSpec } from './render.ts';
import { freeSpec } from './spec-free.ts';
import { fitFreeSpec } from './free-layout.ts';
import { barSpec, lineSpec } from './spec-indicator.ts';
import { mapPlan, type KeyEntry } from './spec-map.ts';
import { NARROW, WIDE, type ChartLayout } from './theme.ts';
import { memoFigure } from './figure-memo.ts';
import { datasetCsv, datasetTable, indicatorCsv, indicatorTable, type DataTable } from './table.ts';

export interface Figure {
  titel: string;
  /** The generated (or given) description; also the SVG's `<desc>`. */
  beschreibung: string;
  /** Source line without the word „Quelle“; empty when unknown. */
  quelle: string;
  /** The chart drawn for wide columns and print (theme.ts WIDE). */
  svg: string;
  /** The same chart laid out for phones (theme.ts NARROW). */
  svgSchmal: string;
  /** Maps: the Gebiete shown by a number, per layout (the numbers differ: a narrow map has room for fewer names). */
  schluessel?: { breit: KeyEntry[]; schmal: KeyEntry[] };
  /** Maps: where the outlines come from and which year's Gebiete they show. */
  kartengrundlage?: string;
  tabelle: DataTable;
  download: Download;
}

export interface FigureContext {
  store: DataStore;
  /** From the publication settings; cells below it come back as `*`. */
  mindestfallzahl: number;
  cache: ChartCache;
  /** Where the component is used (chapter file), for error messages. */
  at: Location;
  /** Receives vega's warnings. */
  warn?: (message: string) => void;
  /**
   * A page that waits for its figure draws other waiting charts meanwhile (cache.whileWaiting). Not for the
   * build's early start (prewarm.ts), which must leave the main thread to Astro.
   */
  drawWhileWaiting?: boolean;
}

/** The figure for this request, computed once (figure-memo.ts). */
function figureOnce(ctx: FigureContext, key: string, compute: () => Promise<Figure>): Promise<Figure> {
  const figure = memoFigure(ctx.store, `${key}|${ctx.mindestfallzahl}`, compute);
  return ctx.drawWhileWaiting ? ctx.cache.whileWaiting(figure) : figure;
}

/**
 * Benchmark switch (scripts/bench.ts, „site_floor_s“): with `BERICHT_BENCH_PLATZHALTER=1` every chart and map is an
 * empty placeholder SVG instead of being drawn, so the benchmark can measure the site build without charts.
 * Everything else (selection, description, table, download) is computed as usual. Never set it for a real build.
 */
export const PLACEHOLDER_ENV = 'BERICHT_BENCH_PLATZHALTER';

function placeholder(titel: string): string {
  const safe = titel.replace(/[<>&"]/g, ' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300" role="img"><title>${safe}</title><rect width="600" height="300" fill="#eee"/></svg>`;
}

async function draw(ctx: FigureContext, spec: ChartSpec, titel: string, beschreibung: string): Promise<string> {
  if (process.env[PLACEHOLDER_ENV] === '1') return placeholder(titel);
  try {
    return await ctx.cache.svg({ spec, titel, beschreibung }, (m) => ctx.warn?.(`Diagramm „${titel}“: ${m}`));
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    throw new ProblemError([chartErrors.renderFailed(ctx.at, (e as Error).message)]);
  }
}

export interface IndicatorChartProps {
  indikator: string;
  gebiete?: readonly string[] | undefined;
  jahre?: readonly number[] | undefined;
  /** `linie` (default) or `balken`. */
  art?: string | undefined;
  /** Overrides the generated title. */
  titel?: string | undefined;
}

/** The figure of `<Diagramm indikator=…>`; computed once per data, mindestfallzahl and props (figure-memo.ts). */
export function indicatorFigure(ctx: FigureContext, props: IndicatorChartProps): Promise<Figure> {
  return figureOnce(ctx, `diagramm|${JSON.stringify(props)}`, () => computeIndicatorFigure(ctx, props));
}

async function computeIndicatorFigure(ctx: FigureContext, props: IndicatorChartProps): Promise<Figure> {
  const art = props.art ?? 'linie';
  if (art !== 'linie' && art !== 'balken') throw new ProblemError([chartErrors.unknownArt(ctx.at, art)]);
  const sel = selectIndicatorData(ctx.store, { ...props, art, mindestfallzahl: ctx.mindestfallzahl, at: ctx.at });
  const titel = props.titel ?? `${sel.indikator.titel} ${yearSpan(sel.jahre)}`;
  const beschreibung = art === 'linie' ? describeLine(sel) : describeBars(sel);
  const spec = (layout: ChartLayout) => (art === 'linie' ? lineSpec(sel, ctx.store.gebiete, layout) : barSpec(sel, ctx.store.gebiete, layout));
  return finish(ctx, sel, [spec(WIDE), spec(NARROW)], titel, beschreibung, `${sel.indikator.id}-${art}`);
}

async function finish(
  ctx: FigureContext,
  sel: IndicatorSelection,
  [wide, narrow]: [ChartSpec, ChartSpec],
  titel: string,
  beschreibung: string,
  base: string,
): Promise<Figure> {
  const csv = indicatorCsv(sel);
  const [svg, svgSchmal] = await Promise.all([draw(ctx, wide, titel, beschreibung), draw(ctx, narrow, titel, beschreibung)]);
  return {
    titel,
    beschreibung,
    quelle: sel.indikator.quelle,
    svg,
    svgSchmal,
    tabelle: indicatorTable(sel),
    download: csvDownload(base, toCsv(csv.head, csv.rows)),
  };
}

export interface MapProps {
  indikator: string;
  jahr?: number | undefined;
  titel?: string | undefined;
}

/** The figure of `<Karte>`; computed once per data, mindestfallzahl and props. */
export function mapFigure(ctx: FigureContext, props: MapProps): Promise<Figure> {
  return figureOnce(ctx, `karte|${JSON.stringify(props)}`, () => computeMapFigure(ctx, props));
}

async function computeMapFigure(ctx: FigureContext, props: MapProps): Promise<Figure> {
  const base = selectIndicatorData(ctx.store, {
    indikator: props.indikator,
    jahre: props.jahr === undefined ? undefined : [props.jahr],
    art: 'karte',
    mindestfallzahl: ctx.mindestfallzahl,
    at: ctx.at,
  });
  const jahr = base.jahre[base.jahre.length - 1]!;
  // All Gebiete of the mapped level that have an outline, with or without a value (those are hatched).
  const ebene = base.gebiete[0]?.ebene;
  const features: GeoFeature[] = ctx.store.geo.filter((f) => ctx.store.gebiete.get(f.properties.id)?.ebene === ebene);
  if (!features.some((f) => base.cells.get(f.properties.id)?.get(jahr)?.wert != null)) {
    throw new ProblemError([chartErrors.noGeometry(ctx.at, props.indikator)]);
  }
  const shown: Gebiet[] = features.map((f) => ctx.store.gebiete.get(f.properties.id)!);
  const cells = new Map(base.cells);
  for (const g of shown) {
    if (!cells.has(g.id)) {
      cells.set(g.id, new Map([[jahr, ctx.store.cell(base.indikator.id, g.id, jahr, { mindestfallzahl: ctx.mindestfallzahl })]]));
    }
  }
  const sel: IndicatorSelection = { ...base, gebiete: shown, cells };
  const titel = props.titel ?? `${sel.indikator.titel} ${jahr}`;
  const breit = mapPlan(sel, features, WIDE);
  const schmal = mapPlan(sel, features, NARROW);
  const figure = await finish(ctx, sel, [breit.spec, schmal.spec], titel, describeMap(sel, shown), `${sel.indikator.id}-karte`);
  return {
    ...figure,
    schluessel: { breit: breit.schluessel, schmal: schmal.schluessel },
    kartengrundlage: mapBasisNote(features),
  };
}

export interface FreeChartProps {
  /** Dataset path below data/, e.g. `frei/kita-betreuung`. */
  daten: string;
  titel: string;
  beschreibung?: string | undefined;
  spec: unknown;
  quelle?: string | undefined;
}

/** The figure of `<Diagramm daten=… spec=…>`; computed once per data and props. */
export function freeFigure(ctx: FigureContext, props: FreeChartProps): Promise<Figure> {
  return figureOnce(ctx, `frei|${JSON.stringify(props)}`, () => computeFreeFigure(ctx, props));
}

async function computeFreeFigure(ctx: FigureContext, props: FreeChartProps): Promise<Figure> {
  const name = props.daten.replace(/^data\//, '').replace(/\.csv$/i, '');
  const dataset = ctx.store.datasets.get(name);
  if (!dataset) throw new ProblemError([chartErrors.unknownDataset(ctx.at, name, [...ctx.store.datasets.keys()])]);
  const spec = freeSpec(props.spec, dataset, ctx.at);

  const beschreibung =
    props.beschreibung ?? `Diagramm: ${props.titel}; Daten aus der Tabelle „${dataset.name}“ mit ${dataset.rows.length} Zeilen (siehe Tabelle).`;
  const csv = datasetCsv(dataset);
  const [svg, svgSchmal] = await Promise.all([WIDE, NARROW].map((layout) => draw(ctx, fitFreeSpec(spec, layout), props.titel, beschreibung)));
  return {
    titel: props.titel,
    beschreibung,
    quelle: props.quelle ?? '',
    svg: svg!,
    svgSchmal: svgSchmal!,
    tabelle: datasetTable(dataset, props.titel),
    download: csvDownload(dataset.name.split('/').pop() ?? dataset.name, toCsv(csv.head, csv.rows)),
  };
}

/**
 * The note under a map: how many outlines, and their Gebietsstand when the boundary file states one (its member
 * `gebietsstand`); the data year is not the boundaries' (a Gemeinde merged since keeps its old outline).
 */
export function mapBasisNote(features: readonly GeoFeature[]): string {
  const stands = new Set(features.map((f) => f.properties['gebietsstand']).filter((s): s is string => typeof s === 'string'));
  const stand = stands.size === 1 && features.every((f) => typeof f.properties['gebietsstand'] === 'string') ? `, Gebietsstand ${[...stands][0]}` : '';
  return `Kartengrundlage: Grenzen der ${features.length} Gebiete laut Gebietsliste des Berichts${stand}.`;
}
