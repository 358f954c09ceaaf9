/**
 * GeoJSON → what d3-geo (inside vega) draws correctly.
 *
 * RFC 7946 says outer rings run counter-clockwise and holes clockwise. d3-geo works on the sphere and reads
 * the winding the other way round: a counter-clockwise ring encloses everything *except* the polygon, so a
 * small Gemeinde would be drawn as the whole globe minus a hole (and the fitted projection would zoom out to
 * the world). We rewind every polygon: outer ring clockwise, holes counter-clockwise (d3's sense).
 *
 * The winding is decided with the planar shoelace formula on longitude/latitude, which is exact enough for
 * anything much smaller than a hemisphere — every Gebiet of a German county is.
 */
import type { GeoFeature } from '../data/types.ts';

type Position = [number, number, ...number[]];
type Ring = Position[];
type PolygonCoords = Ring[];

/** Twice the signed planar area of a ring (x = longitude, y = latitude); > 0 means counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

function orient(ring: Ring, clockwise: boolean): Ring {
  const ccw = signedArea(ring) > 0;
  return ccw === clockwise ? [...ring].reverse() : ring;
}

/** Outer ring clockwise, holes counter-clockwise (planar lon/lat sense), as d3-geo expects. */
export function rewindPolygon(rings: PolygonCoords): PolygonCoords {
  return rings.map((ring, i) => orient(ring, i === 0));
}

/** A copy of the feature with rings wound for d3-geo; other properties are kept. */
export function rewindFeature<F extends GeoFeature>(feature: F): F {
  const g = feature.geometry;
  const coordinates =
    g.type === 'Polygon'
      ? rewindPolygon(g.coordinates as PolygonCoords)
      : (g.coordinates as PolygonCoords[]).map(rewindPolygon);
  return { ...feature, geometry: { type: g.type, coordinates } };
}
