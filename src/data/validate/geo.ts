/**
 * `data/geo/*.geojson` → features by Gebiet: valid JSON, a FeatureCollection, areas of known Gebiete — by `id`, or
 * by an official key (`ARS`, `AGS`, `RS` as VG250 has them) matched on `schluessel` of data/gebiete. Projected
 * coordinates are reprojected to WGS84 or refused (src/data/import/geo-crs.ts); heavy files are simplified
 * (src/data/import/geo-simplify.ts). The map code gets plain WGS84 features either way.
 */
import { dataErrors, SHOWN_PER_CAUSE } from '../../errors/data.ts';
import { geoImportErrors } from '../../errors/import.ts';
import { decideCrs, mapPositions, SUPPORTED_SYSTEMS } from '../import/geo-crs.ts';
import { countPoints, MAX_MAP_POINTS, simplifyFeatures } from '../import/geo-simplify.ts';
import { normaliseKey } from '../import/keys.ts';
import { gebietIndex } from '../import/resolve.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { decodeFile } from '../read/file.ts';
import { lineIndex } from '../read/positions.ts';
import { GEOMETRY_TYPES, geoFeature, geoFile } from '../schemas/geo.ts';
import { closest } from '../similar.ts';
import type { Gebiet, GeoFeature } from '../types.ts';

/** Properties that carry an official key in boundary files (VG250: ARS, AGS, RS; others: SCHLUESSEL, GKZ). */
const KEY_PROPERTIES = ['ARS', 'AGS', 'RS', 'ARS_0', 'AGS_0', 'RS_0', 'SCHLUESSEL', 'GKZ', 'KENNZIFFER'];

/** Where V8 says a JSON syntax error is: `… (line 4 column 7)` or `… at position 93`. */
function syntaxLocation(file: string, text: string, message: string): Location {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { file, line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return { file, ...lineIndex(text)(Number(pos[1])) };
  return { file, line: 1, column: 1 };
}

/** Offsets of each feature's `"type": "Feature"`, to point messages at the right object. */
function featureOffsets(text: string): number[] {
  return [...text.matchAll(/"type"\s*:\s*"Feature"/g)].map((m) => m.index);
}

export function validateGeo(
  file: string,
  bytes: Uint8Array,
  gebiete: ReadonlyMap<string, Gebiet>,
  seen: Map<string, Location>,
): { features: GeoFeature[]; problems: Problem[] } {
  const whole = { file, line: 1, column: 1 };
  const decoded = decodeFile(file, bytes, []);
  if ('problem' in decoded) return { features: [], problems: [decoded.problem] };
  const text = decoded.text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const detail = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { features: [], problems: [dataErrors.geoJsonSyntax(syntaxLocation(file, text, message), detail)] };
  }
  const collection = geoFile.safeParse(json);
  if (!collection.success) {
    const type = (json as { type?: unknown } | null)?.type;
    const detail = typeof type === 'string' ? `„type“ ist „${type}“` : 'es fehlt „type“: „FeatureCollection“ mit einer Liste „features“';
    return { features: [], problems: [dataErrors.geoStructure(whole, detail)] };
  }
  const whereCrs = { file, line: 1, column: 1 };
  const crs = decideCrs(json, collection.data.features.map((f) => (f as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates));
  if (crs.kind === 'unsupported') return { features: [], problems: [geoImportErrors.crsUnsupported(whereCrs, crs.crs, SUPPORTED_SYSTEMS)] };
  if (crs.kind === 'unknown-projected') return { features: [], problems: [geoImportErrors.projectedWithoutCrs(whereCrs, crs.sample)] };
  const index = gebietIndex(gebiete);
  const anyKeys = index.byKey.size > 0;
  let outside = 0;
  let outsideAt: Location | null = null;
  let keyProperty = '';
  let withoutId = 0;
  let keyUnmatched: Location | null = null;
  const propertyNames = new Set<string>();
  const at = lineIndex(text);
  const offsets = featureOffsets(text);
  const where = (i: number): Location => {
    const o = offsets[i];
    return o === undefined ? whole : { file, ...at(o) };
  };
  const problems: Problem[] = [];
  const features: GeoFeature[] = [];
  collection.data.features.forEach((raw, i) => {
    const f = geoFeature.safeParse(raw);
    if (!f.success) {
      problems.push(dataErrors.geoStructure(where(i), `Objekt Nr. ${i + 1} ist kein „Feature“ mit „properties“ und „geometry“`));
      return;
    }
    const props = f.data.properties ?? {};
    const rawId = props.id;
    let id: string;
    if (rawId === undefined || String(rawId).trim() === '') {
      const keyName = Object.keys(props).find((k) => KEY_PROPERTIES.includes(k.toUpperCase()));
      for (const k of Object.keys(props)) propertyNames.add(k);
      if (!keyName) {
        withoutId++;
        problems.push(dataErrors.geoIdMissing(where(i), i));
        return;
      }
      keyProperty = keyName;
      const k = normaliseKey(String(props[keyName] ?? ''));
      const matched = k === null ? undefined : index.byKey.get(k);
      if (!matched) {
        if (!anyKeys) keyUnmatched ??= where(i);
        outside++;
        outsideAt ??= where(i);
        return;
      }
      id = matched;
    } else id = String(rawId).trim();
    const type = f.data.geometry?.type ?? '(keine)';
    if (!GEOMETRY_TYPES.some((t) => t === type) || !f.data.geometry?.coordinates) {
      problems.push(dataErrors.geoGeometry(where(i), id, type));
      return;
    }
    if (!gebiete.has(id)) {
      problems.push(dataErrors.geoUnknownGebiet(where(i), id, closest(id, gebiete.keys())));
      return;
    }
    const first = seen.get(id);
    if (first) {
      problems.push(dataErrors.geoDuplicate(where(i), id, first));
      return;
    }
    seen.set(id, where(i));
    features.push({
      type: 'Feature',
      properties: { ...f.data.properties, id, ...(collection.data.gebietsstand ? { gebietsstand: collection.data.gebietsstand } : {}) },
      geometry: {
        type: type as GeoFeature['geometry']['type'],
        coordinates: crs.kind === 'reproject' ? mapPositions(f.data.geometry.coordinates, crs.toWgs84) : f.data.geometry.coordinates,
      },
    });
  });
  if (keyUnmatched) return { features: [], problems: [geoImportErrors.keyPropertyWithoutSchluessel(keyUnmatched, keyProperty)] };
  if (withoutId > SHOWN_PER_CAUSE && withoutId === collection.data.features.length) {
    return { features: [], problems: [geoImportErrors.noIdProperty(whole, withoutId, [...propertyNames])] };
  }
  if (outside > 0 && outsideAt) problems.push(geoImportErrors.outsideProject(outsideAt, outside, keyProperty));
  const before = features.reduce((n, f) => n + countPoints(f.geometry.coordinates), 0);
  if (before > MAX_MAP_POINTS) {
    const simple = simplifyFeatures(features);
    problems.push(geoImportErrors.simplified(whole, before, simple.reduce((n, f) => n + countPoints(f.geometry.coordinates), 0)));
    return { features: simple, problems };
  }
  return { features, problems };
}
