/**
 * Names and values on a map, placed without overlaps. The map's Mercator projection fitted to the features is
 * computed here the way d3-geo's fitSize does (for a county the bounds of the projected vertices are the
 * bounds of the shapes), so a label's box can be tested against its Gebiet's outline in px:
 *
 *   a Gebiet whose name and value (two lines) fit inside it, clear of other labels → labelled on the map
 *   every other Gebiet → a number on the map and a line in the key below it („3 Talbrück: 7,2 %“)
 *
 * Labels are handed to vega as longitude/latitude, so vega's own projection puts them where they were tested.
 */
import type { GeoFeature } from '../data/types.ts';
import { textWidth } from './text-width.ts';
import { TYPE } from './theme.ts';

type Pt = [number, number];

export interface PlacedLabel {
  id: string;
  /** Text lines (name and value, or the key number). */
  lines: string[];
  longitude: number;
  latitude: number;
  /** Number in the key, when the Gebiet is too small for its name. */
  nummer?: number;
}

const LINE = TYPE.text + 2;
const rad = (d: number) => (d * Math.PI) / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2));
const invMercY = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

function rings(f: GeoFeature): Pt[][][] {
  const g = f.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Pt[][][];
}

export interface Projection {
  toPx(lonLat: Pt): Pt;
  toLonLat(px: Pt): Pt;
}

/** Mercator fitted into width × height (centred), as vega-lite's `projection: mercator` with fit. */
export function fitMercator(features: readonly GeoFeature[], width: number, height: number): Projection {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const poly of rings(f))
      for (const ring of poly)
        for (const [lon, lat] of ring) {
          const x = rad(lon);
          const y = mercY(lat);
          [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
        }
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const ox = (width - (x1 - x0) * k) / 2;
  const oy = (height - (y1 - y0) * k) / 2;
  return {
    toPx: ([lon, lat]) => [(rad(lon) - x0) * k + ox, (y1 - mercY(lat)) * k + oy],
    toLonLat: ([px, py]) => [(((px - ox) / k + x0) * 180) / Math.PI, invMercY(y1 - (py - oy) / k)],
  };
}

function inside([x, y]: Pt, ring: readonly Pt[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Area-weighted centroid of the largest polygon's outer ring, in px. */
function centroid(ring: readonly Pt[]): Pt {
  let [a, cx, cy] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  return a === 0 ? ring[0]! : [cx / (3 * a), cy / (3 * a)];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels for the features: `text(id)` gives name and value lines. Larger Gebiete are placed first; a Gebiet gets
 * a key number when no candidate position keeps its box inside its outline (2 px margin) and clear of the others.
 */
export function placeLabels(
  features: readonly GeoFeature[],
  projection: Projection,
  text: (id: string) => string[],
): PlacedLabel[] {
  const shapes = features.map((f) => {
    const outer = rings(f).map((poly) => poly[0]!.map((p) => projection.toPx(p)));
    const areaOf = (r: Pt[]) => Math.abs(r.reduce((s, p, i) => s + p[0] * r[(i + 1) % r.length]![1] - r[(i + 1) % r.length]![0] * p[1], 0) / 2);
    const main = outer.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a));
    return { id: f.properties.id, ring: main, area: areaOf(main) };
  });
  const placed: Box[] = [];
  const result = new Map<string, PlacedLabel>();
  const numbered: { id: string; at: Pt }[] = [];
  for (const s of [...shapes].sort((a, b) => b.area - a.area)) {
    const lines = text(s.id);
    const w = Math.max(...lines.map((l) => textWidth(l, TYPE.text))) + 4;
    const h = lines.length * LINE + 2;
    const [cx, cy] = centroid(s.ring);
    const candidates: Pt[] = [[cx, cy], [cx, cy - 8], [cx, cy + 8], [cx - 12, cy], [cx + 12, cy], [cx, cy - 16], [cx, cy + 16]];
    const fits = candidates.find(([x, y]) => {
      const box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      const probes: Pt[] = [
        [box.x0, box.y0], [box.x1, box.y0], [box.x0, box.y1], [box.x1, box.y1],
        [x, box.y0], [x, box.y1], [box.x0, y], [box.x1, y],
      ];
      return probes.every((p) => inside(p, s.ring)) && !placed.some((b) => overlaps(b, box));
    });
    if (fits) {
      const [x, y] = fits;
      placed.push({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
      const [longitude, latitude] = projection.toLonLat(fits);
      result.set(s.id, { id: s.id, lines, longitude, latitude });
    } else {
      numbered.push({ id: s.id, at: inside([cx, cy], s.ring) ? [cx, cy] : s.ring[0]! });
    }
  }
  // Numbers from north-west to south-east, so the key reads like the map.
  numbered.sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0]);
  numbered.forEach((n, i) => {
    const [longitude, latitude] = projection.toLonLat(n.at);
    result.set(n.id, { id: n.id, lines: [String(i + 1)], longitude, latitude, nummer: i + 1 });
  });
  return features.map((f) => result.get(f.properties.id)!);
}

/** The outline of all features together: the edges that belong to one feature only (shared borders cancel out). */
export function outerBoundary(features: readonly GeoFeature[]): Pt[][] {
  const key = ([x, y]: Pt) => `${x},${y}`;
  const count = new Map<string, { a: Pt; b: Pt; n: number }>();
  for (const f of features)
    for (const poly of rings(f))
      for (const ring of poly)
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i]!;
          const b = ring[i + 1]!;
          const k = [key(a), key(b)].sort().join('|');
          const e = count.get(k);
          if (e) e.n++;
          else count.set(k, { a, b, n: 1 });
        }
  return [...count.values()].filter((e) => e.n === 1).map((e) => [e.a, e.b]);
}
