/**
 * A small in-memory DataStore for chart tests: Landkreis Hainwald with three Gemeinden and the Land,
 * two indicators and two square Gemeinde outlines (RFC 7946 winding: outer rings counter-clockwise).
 * Like the real store, `cell()` suppresses counts below `mindestfallzahl` as `*`.
 */
import type { Cell, DataStore, Dataset, Gebiet, GeoFeature, Indikator } from '../../../src/data/types.ts';

const at = { file: 'data/test.csv', line: 1, column: 1 };

const gebiet = (id: string, name: string, ebene: string, eltern: string | null): Gebiet => ({ id, name, ebene, eltern, source: at });

export const GEBIETE: Gebiet[] = [
  gebiet('th', 'Thüringen', 'land', null),
  gebiet('hw', 'Landkreis Hainwald', 'kreis', 'th'),
  gebiet('g1', 'Altstadt', 'gemeinde', 'hw'),
  gebiet('g2', 'Birkenau', 'gemeinde', 'hw'),
  gebiet('g3', 'Cellbach', 'gemeinde', 'hw'),
];

const indikator = (id: string, titel: string, einheit: string, richtung: Indikator['richtung'], nachkommastellen: number): Indikator => ({
  id, titel, einheit, lebenslage: 'Einkommen', definition: '', quelle: 'Bundesagentur für Arbeit', richtung, nachkommastellen, source: at,
});

export const INDIKATOREN: Indikator[] = [
  indikator('sgb2-quote', 'SGB-II-Quote', '%', 'steigend_schlecht', 1),
  indikator('bg-anzahl', 'Bedarfsgemeinschaften', 'Anzahl', 'steigend_schlecht', 0),
  indikator('aerzte', 'Hausärzte je 10.000 Einwohner', 'je 10.000 Einw.', 'steigend_gut', 1),
];

type Raw = [indikator: string, gebiet: string, jahr: number, wert: number | null | '–'];

const HW = [9.9, 9.7, 9.5, 9.3, 9.1, 8.9, 8.7, 8.5, 8.3, 8.7];
const TH = [9.1, 9.0, 8.8, 8.7, 8.5, 8.4, 8.2, 8.0, 7.9, 7.9];
const sgb2: Raw[] = [];
for (let j = 2015; j <= 2024; j++) {
  sgb2.push(['sgb2-quote', 'hw', j, HW[j - 2015]!], ['sgb2-quote', 'th', j, TH[j - 2015]!]);
}
sgb2.push(['sgb2-quote', 'g1', 2024, 10.4], ['sgb2-quote', 'g2', 2024, 6.2], ['sgb2-quote', 'g3', 2024, null]);

export const RAW: Raw[] = [
  ...sgb2,
  ['bg-anzahl', 'hw', 2023, 1450], ['bg-anzahl', 'hw', 2024, 1520],
  ['bg-anzahl', 'th', 2023, 3980], ['bg-anzahl', 'th', 2024, 4100],
  ['bg-anzahl', 'g1', 2024, 820], ['bg-anzahl', 'g2', 2024, 2], ['bg-anzahl', 'g3', 2024, 698],
  ['aerzte', 'hw', 2024, 6.1], ['aerzte', 'g1', 2024, 7.4], ['aerzte', 'g2', 2024, '–'],
];

/** Axis-parallel square, counter-clockwise as RFC 7946 wants for outer rings. */
export function ccwSquare(x: number, y: number, size: number): number[][] {
  return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
}

export const GEO: GeoFeature[] = [
  { type: 'Feature', properties: { id: 'g1' }, geometry: { type: 'Polygon', coordinates: [ccwSquare(10.0, 50.5, 0.1)] } },
  { type: 'Feature', properties: { id: 'g2' }, geometry: { type: 'Polygon', coordinates: [ccwSquare(10.12, 50.5, 0.1)] } },
];

export const DATASETS: Dataset[] = [
  {
    name: 'frei/kita-betreuung',
    file: 'data/frei/kita-betreuung.csv',
    columns: ['Jahr', 'Altersgruppe', 'Quote'],
    rows: [
      { Jahr: 2022, Altersgruppe: 'unter 3', Quote: 31.5 },
      { Jahr: 2022, Altersgruppe: '3 bis 6', Quote: 92.1 },
      { Jahr: 2023, Altersgruppe: 'unter 3', Quote: 33.8 },
      { Jahr: 2023, Altersgruppe: '3 bis 6', Quote: 93.4 },
    ],
  },
];

export function fakeStore(opts: { geo?: GeoFeature[] } = {}): DataStore {
  const cells: Cell[] = RAW.map(([ind, g, jahr, raw]) => ({
    indikator: ind, gebiet: g, jahr, wert: typeof raw === 'number' ? raw : null, symbol: typeof raw === 'number' ? null : (raw ?? '.'), hinweis: null, source: at,
  }));
  const einheit = (id: string) => INDIKATOREN.find((i) => i.id === id)?.einheit;
  const publish = (c: Cell, min: number): Cell =>
    einheit(c.indikator) === 'Anzahl' && c.wert !== null && c.wert < min ? { ...c, wert: null, symbol: '*' } : c;
  return {
    gebiete: new Map(GEBIETE.map((g) => [g.id, g])),
    indikatoren: new Map(INDIKATOREN.map((i) => [i.id, i])),
    datasets: new Map(DATASETS.map((d) => [d.name, d])),
    geo: opts.geo ?? GEO,
    cell(ind, g, jahr, o) {
      const c = cells.find((x) => x.indikator === ind && x.gebiet === g && x.jahr === jahr);
      return c && publish(c, o?.mindestfallzahl ?? 3);
    },
    series(ind, g, o) {
      return cells.filter((x) => x.indikator === ind && x.gebiet === g).sort((a, b) => a.jahr - b.jahr).map((c) => publish(c, o?.mindestfallzahl ?? 3));
    },
    years(ind) {
      return [...new Set(cells.filter((x) => x.indikator === ind).map((x) => x.jahr))].sort((a, b) => a - b);
    },
    gebieteWith(ind) {
      return GEBIETE.map((g) => g.id).filter((id) => cells.some((x) => x.indikator === ind && x.gebiet === id));
    },
  };
}
