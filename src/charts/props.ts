/**
 * The props planners write on `<Diagramm>` and `<Karte>`, read into the requests of figure.ts.
 * Lists and years are parsed by the data layer (same rules as `<Wert>` and `<Tabelle>`); its German
 * messages become problems at the chapter's location.
 */
import { parseIds, parseYears, PropError } from '../data/format.ts';
import { chartErrors } from '../errors/charts.ts';
import { ProblemError, type Location } from '../errors/problem.ts';
import type { FreeChartProps, IndicatorChartProps, MapProps } from './figure.ts';

type Raw = Record<string, unknown>;

function text(raw: Raw, key: string): string | undefined {
  const v = raw[key];
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

function parsed<T>(component: string, prop: string, at: Location, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof PropError) throw new ProblemError([chartErrors.invalidProp(at, component, prop, e.detail)]);
    throw e;
  }
}

function required(raw: Raw, component: string, prop: string, example: string, at: Location): string {
  const v = text(raw, prop);
  if (v === undefined) throw new ProblemError([chartErrors.missingProp(at, component, prop, example)]);
  return v;
}

/** `<Diagramm>` draws an indicator unless `daten` names a dataset. */
export function isFreeChart(raw: Raw): boolean {
  return raw['daten'] !== undefined || raw['spec'] !== undefined;
}

export function indicatorChartProps(raw: Raw, at: Location): IndicatorChartProps {
  const gebiete = raw['gebiete'];
  const jahre = raw['jahre'];
  return {
    indikator: required(raw, 'Diagramm', 'indikator', 'indikator="sgb2-quote"', at),
    gebiete: gebiete === undefined ? undefined : parsed('Diagramm', 'gebiete', at, () => parseIds(gebiete as string | string[])),
    jahre: jahre === undefined ? undefined : parsed('Diagramm', 'jahre', at, () => parseYears(jahre as string | number)),
    art: text(raw, 'art'),
    titel: text(raw, 'titel'),
  };
}

export function freeChartProps(raw: Raw, at: Location): FreeChartProps {
  if (raw['spec'] === undefined) throw new ProblemError([chartErrors.missingProp(at, 'Diagramm', 'spec', 'spec={{ mark: "bar", encoding: { … } }}')]);
  return {
    daten: required(raw, 'Diagramm', 'daten', 'daten="frei/kita-plaetze"', at),
    titel: required(raw, 'Diagramm', 'titel', 'titel="Betreuungsquoten 2023"', at),
    beschreibung: text(raw, 'beschreibung'),
    spec: raw['spec'],
    quelle: text(raw, 'quelle'),
  };
}

export function mapProps(raw: Raw, at: Location): MapProps {
  const jahr = raw['jahr'];
  const jahre = jahr === undefined ? undefined : parsed('Karte', 'jahr', at, () => parseYears(jahr as string | number));
  if (jahre && jahre.length !== 1) {
    throw new ProblemError([chartErrors.invalidProp(at, 'Karte', 'jahr', 'Eine Karte zeigt genau ein Jahr.')]);
  }
  return {
    indikator: required(raw, 'Karte', 'indikator', 'indikator="sgb2-quote"', at),
    jahr: jahre?.[0],
    titel: text(raw, 'titel'),
  };
}
