/**
 * Boundaries heavier than the map needs (a VG250 file has hundreds of thousands of points) are simplified, keeping
 * shared borders shared: the features become a TopoJSON topology (topojson-server), whose arcs are simplified once
 * for all neighbours (topojson-simplify, Visvalingam), then turned back into GeoJSON (topojson-client). A
 * simplification per feature (e.g. @turf/simplify) would open gaps and overlaps between neighbouring Gemeinden.
 */
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeoFeature } from '../types.ts';

/** Points the map of one file may have; more are simplified down to about this many. */
export const MAX_MAP_POINTS = 20_000;

export function countPoints(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  let n = 0;
  for (const c of coordinates) n += countPoints(c);
  return n;
}

export function simplifyFeatures(features: readonly GeoFeature[], budget = MAX_MAP_POINTS): GeoFeature[] {
  const points = features.reduce((n, f) => n + countPoints(f.geometry.coordinates), 0);
  if (points <= budget) return [...features];
  // 1e6 steps across the extent: under a metre for a Land, invisible on any map
  const topo = presimplify(topology({ grenzen: { type: 'FeatureCollection', features } as never }, 1e6) as never);
  const simple = simplify(topo, weightToDrop(topo.arcs as unknown as number[][][], points - budget));
  const out = feature(simple, simple.objects['grenzen'] as never) as unknown as { features: GeoFeature[] };
  return out.features.map((f, i) => ({ type: 'Feature', properties: features[i]?.properties ?? f.properties, geometry: f.geometry }));
}

/**
 * The smallest weight above the `drop` smallest point weights (Visvalingam areas, as presimplify stores them in each
 * arc point's third coordinate). simplify keeps points of at least this weight; ties at the threshold all go, so
 * the result is at most the budget. (topojson-simplify's `quantile` returns a weight that equal weights all pass.)
 */
function weightToDrop(arcs: number[][][], drop: number): number {
  const weights: number[] = [];
  for (const arc of arcs) for (const p of arc) if (Number.isFinite(p[2])) weights.push(p[2] ?? 0);
  if (drop <= 0 || weights.length === 0) return 0;
  weights.sort((a, b) => a - b);
  const w = weights[Math.min(drop, weights.length) - 1] ?? 0;
  return w + Math.max(Math.abs(w) * 1e-9, Number.MIN_VALUE);
}
