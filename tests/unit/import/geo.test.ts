import { afterEach, describe, expect, it } from 'vitest';
import { mapBasisNote } from '../../../src/charts/figure.ts';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { dataProjects } from '../../helpers/data-project.ts';
import { GEBIETE, INDIKATOREN } from './fixtures.ts';

const projects = dataProjects('geo');
afterEach(() => projects.cleanup());

function check(geo: unknown, gebiete = GEBIETE) {
  const root = projects.write({ 'gebiete/gebiete.csv': gebiete, 'indikatoren/indikatoren.csv': INDIKATOREN, 'geo/grenzen.geojson': JSON.stringify(geo, null, 1) });
  const { store, problems } = checkData(projectPaths(root));
  return { store, problems, text: problems.map(formatProblem).join('\n') };
}

/**
 * UTM → latitude/longitude on GRS80, by the series of Snyder, „Map Projections – A Working Manual“ (USGS Professional
 * Paper 1395, 1987, pp. 63–64): an independent computation of the expected value, not proj4's.
 */
function utmInverse(easting: number, northing: number, zone: number): [number, number] {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = 2 * f - f * f;
  const k0 = 0.9996;
  const ep2 = e2 / (1 - e2);
  const x = easting - 500000;
  const mu = northing / k0 / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
  const phi1 =
    mu +
    ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
    ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
    ((151 * e1 ** 3) / 96) * Math.sin(6 * mu) +
    ((1097 * e1 ** 4) / 512) * Math.sin(8 * mu);
  const s = Math.sin(phi1);
  const c = Math.cos(phi1);
  const t = Math.tan(phi1);
  const C1 = ep2 * c * c;
  const T1 = t * t;
  const N1 = a / Math.sqrt(1 - e2 * s * s);
  const R1 = (a * (1 - e2)) / (1 - e2 * s * s) ** 1.5;
  const D = x / (N1 * k0);
  const lat =
    phi1 -
    ((N1 * t) / R1) * (D ** 2 / 2 - ((5 + 3 * T1 + 10 * C1 - 4 * C1 ** 2 - 9 * ep2) * D ** 4) / 24 + ((61 + 90 * T1 + 298 * C1 + 45 * T1 ** 2 - 252 * ep2 - 3 * C1 ** 2) * D ** 6) / 720);
  const lon0 = ((zone - 1) * 6 - 180 + 3) * (Math.PI / 180);
  const lon = lon0 + (D - ((1 + 2 * T1 + C1) * D ** 3) / 6 + ((5 - 2 * C1 + 28 * T1 - 3 * C1 ** 2 + 8 * ep2 + 24 * T1 ** 2) * D ** 5) / 120) / c;
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
const feature = (properties: Record<string, unknown>, coordinates: unknown) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } });

describe('boundaries as VG250 / QGIS save them', () => {
  it('EPSG:25832 with ARS keys: matched through schluessel and drawn at the right longitude/latitude', () => {
    const geo = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        feature({ ARS: '160990000002', GEN: 'Eichenau' }, square(654000, 5650000, 1000)),
        feature({ ARS: '160990000003', GEN: 'Talbrück' }, square(655000, 5650000, 1000)),
        feature({ ARS: '160510000000', GEN: 'Erfurt' }, square(640000, 5640000, 1000)),
      ],
    };
    const { store, problems, text } = check(geo);
    expect(problems.map((p) => p.code), text).toEqual(['geo-gebiete-ausserhalb']);
    expect(problems[0]?.message).toContain('1 Grenze für Gebiete außerhalb des Projekts');
    expect(store.geo.map((f) => f.properties.id)).toEqual(['eichenau', 'talbrueck']);
    const [lon, lat] = (store.geo[0]?.geometry.coordinates as number[][][])[0]?.[0] ?? [];
    const [refLon, refLat] = utmInverse(654000, 5650000, 32);
    // a rough check of the reference itself: 154 km east of the central meridian 9° at about 51° N is
    // 154000 / (0.9996 · 111320 m · cos 51°) ≈ 2.2° → about 11.2° E (the issue's „≈ 11.17“ was rounded loosely)
    expect(Math.abs(refLon - (9 + 154000 / (0.9996 * 111320 * Math.cos((51 * Math.PI) / 180))))).toBeLessThan(0.02);
    expect(refLat).toBeCloseTo(50.98, 1);
    expect(Math.abs((lon ?? 0) - refLon)).toBeLessThan(1e-6);
    expect(Math.abs((lat ?? 0) - refLat)).toBeLessThan(1e-6);
  });

  it('metre coordinates without crs are refused in one message, nothing is drawn', () => {
    const geo = { type: 'FeatureCollection', features: [feature({ id: 'eichenau' }, square(654000, 5650000, 1000)), feature({ id: 'talbrueck' }, square(655000, 5650000, 1000))] };
    const { store, problems } = check(geo);
    expect(problems.map((p) => p.code)).toEqual(['geo-koordinaten-projiziert']);
    expect(problems[0]?.message).toContain('654.000 / 5.650.000');
    expect(store.geo).toEqual([]);
  });

  it('a system that cannot be converted is refused', () => {
    const geo = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2056' } }, features: [feature({ id: 'eichenau' }, square(2600000, 1200000, 1000))] };
    const { store, problems } = check(geo);
    expect(problems.map((p) => p.code)).toEqual(['geo-koordinatensystem-unbekannt']);
    expect(store.geo).toEqual([]);
  });

  it('ARS keys but no schluessel in data/gebiete: one message saying what to fill in', () => {
    const noKeys = GEBIETE.split('\n').map((l, i) => (i === 0 ? 'id;name;ebene;eltern' : l.split(';').slice(0, 4).join(';'))).join('\n');
    const geo = { type: 'FeatureCollection', features: [0, 1, 2, 3, 4].map((i) => feature({ ARS: `16099000000${i}` }, square(11 + i * 0.01, 50.9, 0.01))) };
    const { problems } = check(geo, noKeys);
    expect(problems.map((p) => p.code)).toEqual(['geo-schluessel-fehlt']);
    expect(problems[0]?.message).toContain('„ARS“');
  });

  it('features with neither id nor key: one message naming the properties there are', () => {
    const geo = { type: 'FeatureCollection', features: [0, 1, 2, 3, 4].map((i) => feature({ GEN: `Ort ${i}`, BEZ: 'Gemeinde' }, square(11 + i * 0.01, 50.9, 0.01))) };
    const { problems } = check(geo);
    expect(problems.map((p) => p.code)).toEqual(['geo-id-eigenschaft-fehlt']);
    expect(problems[0]?.message).toContain('„GEN“, „BEZ“');
  });

  it('a heavy file is simplified below the budget, and a shared border stays shared', () => {
    // two neighbours sharing a wiggly border near x = 11.1, every edge densified to 10,000 points (80,000 in all)
    const wiggle = (k: number) => ((k * 7919) % 13) * 1e-5;
    const edge = (from: [number, number], to: [number, number]) =>
      Array.from({ length: 10_000 }, (_, k) => {
        const x = from[0] + ((to[0] - from[0]) * k) / 10_000;
        const y = from[1] + ((to[1] - from[1]) * k) / 10_000;
        return from[0] === to[0] ? [x + wiggle(k), y] : [x, y + wiggle(k)];
      });
    const shared = edge([11.1, 50.9], [11.1, 51.0]);
    const a = [...edge([11.0, 50.9], [11.1, 50.9]), ...shared, ...edge([11.1, 51.0], [11.0, 51.0]), ...edge([11.0, 51.0], [11.0, 50.9]), [11.0, 50.9]];
    const b = [...edge([11.1, 50.9], [11.2, 50.9]), ...edge([11.2, 50.9], [11.2, 51.0]), ...edge([11.2, 51.0], [11.1, 51.0]), ...[...shared].reverse(), [11.1, 50.9]];
    const geo = { type: 'FeatureCollection', features: [feature({ id: 'eichenau' }, [a.reverse()]), feature({ id: 'talbrueck' }, [b.reverse()])] };
    const { store, problems } = check(geo);
    expect(problems.map((p) => p.code)).toEqual(['geo-vereinfacht']);
    const rings = store.geo.map((f) => (f.geometry.coordinates as number[][][])[0] ?? []);
    const total = rings.reduce((n, r) => n + r.length, 0);
    expect(total).toBeLessThanOrEqual(20_000 + 10);
    expect(total).toBeGreaterThan(1000);
    // points of the border: away from the corners by more than the wiggle (0.00012°), within it of x = 11.1
    const onBorder = (r: number[][]) =>
      r.filter((p) => Math.abs((p[0] ?? 0) - 11.1) < 2e-4 && (p[1] ?? 0) > 50.9002 && (p[1] ?? 0) < 50.9998).map((p) => `${(p[0] ?? 0).toFixed(6)} ${(p[1] ?? 0).toFixed(6)}`);
    expect(onBorder(rings[0] ?? []).length).toBeGreaterThan(10);
    const sa = new Set(onBorder(rings[0] ?? []));
    const sb = new Set(onBorder(rings[1] ?? []));
    expect(sa).toEqual(sb);
  });
});

describe('the Gebietsstand a map names', () => {
  const wgs = (x: number) => [[[x, 50], [x + 0.01, 50], [x + 0.01, 50.01], [x, 50.01], [x, 50]]];
  const features = [
    { type: 'Feature', properties: { id: 'eichenau' }, geometry: { type: 'Polygon', coordinates: wgs(11) } },
    { type: 'Feature', properties: { id: 'talbrueck' }, geometry: { type: 'Polygon', coordinates: wgs(11.02) } },
  ];

  it('is the one the boundary file states', () => {
    const { store, problems, text } = check({ type: 'FeatureCollection', gebietsstand: '31.12.2023', features });
    expect(problems, text).toEqual([]);
    expect(mapBasisNote(store.geo)).toBe('Kartengrundlage: Grenzen der 2 Gebiete laut Gebietsliste des Berichts, Gebietsstand 31.12.2023.');
  });

  it('is not named when the file does not say it (the data year is not the boundaries’)', () => {
    const { store } = check({ type: 'FeatureCollection', features });
    expect(mapBasisNote(store.geo)).toBe('Kartengrundlage: Grenzen der 2 Gebiete laut Gebietsliste des Berichts.');
  });
});
