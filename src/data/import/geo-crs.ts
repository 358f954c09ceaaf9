/**
 * Boundaries as GIS tools save them → WGS84 longitude/latitude, which the map draws (RFC 7946). The BKG's VG250
 * and the Landesämter ship UTM (EPSG:25832, 25833), LAEA Europe (EPSG:3035) or Gauß-Krüger (EPSG:31467, 31468);
 * QGIS keeps the system in a `crs` member. Such files are reprojected with proj4; a file in another system, or
 * with metre coordinates and no `crs`, is refused — a map drawn in the wrong coordinates is never published.
 */
import proj4 from 'proj4';

/** proj4 definitions as the EPSG registry gives them. */
const SYSTEMS: Readonly<Record<string, { name: string; def: string }>> = {
  '25832': { name: 'ETRS89 / UTM Zone 32N', def: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  '25833': { name: 'ETRS89 / UTM Zone 33N', def: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  '3035': { name: 'ETRS89 / LAEA Europe', def: '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  '31467': { name: 'DHDN / Gauß-Krüger Zone 3', def: '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs' },
  '31468': { name: 'DHDN / Gauß-Krüger Zone 4', def: '+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=4500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs' },
};

export const SUPPORTED_SYSTEMS = Object.entries(SYSTEMS).map(([code, s]) => `EPSG:${code} (${s.name})`);

const WGS84 = /(CRS84|EPSG:+4326|EPSG::4326|WGS ?84)$/i;

export type CrsDecision =
  | { kind: 'wgs84' }
  | { kind: 'reproject'; code: string; name: string; toWgs84: (xy: readonly number[]) => [number, number] }
  | { kind: 'unsupported'; crs: string }
  | { kind: 'unknown-projected'; sample: readonly number[] };

/** The `crs` member's name (`urn:ogc:def:crs:EPSG::25832`), or null. */
function crsName(json: unknown): string | null {
  const crs = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs;
  const name = crs?.properties?.name;
  return typeof name === 'string' ? name.trim() : null;
}

/** The first coordinate pair outside ±180/±90, or null. */
function outsideDegrees(coordinates: unknown): number[] | null {
  if (!Array.isArray(coordinates)) return null;
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as number[];
    return Math.abs(x ?? 0) > 180 || Math.abs(y ?? 0) > 90 ? (coordinates as number[]) : null;
  }
  for (const c of coordinates) {
    const o = outsideDegrees(c);
    if (o) return o;
  }
  return null;
}

export function decideCrs(json: unknown, geometries: readonly unknown[]): CrsDecision {
  const name = crsName(json);
  if (name && !WGS84.test(name)) {
    const code = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name)?.[1] ?? '';
    const system = SYSTEMS[code];
    if (!system) return { kind: 'unsupported', crs: name };
    const convert = proj4(system.def, 'WGS84');
    return { kind: 'reproject', code, name: system.name, toWgs84: (xy) => convert.forward([xy[0] ?? 0, xy[1] ?? 0]) as [number, number] };
  }
  for (const g of geometries) {
    const o = outsideDegrees(g);
    if (o) return { kind: 'unknown-projected', sample: o };
  }
  return { kind: 'wgs84' };
}

/** Every position of a Polygon/MultiPolygon's coordinates mapped by `f`. */
export function mapPositions(coordinates: unknown, f: (xy: readonly number[]) => [number, number]): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return f(coordinates as number[]);
  return coordinates.map((c) => mapPositions(c, f));
}
