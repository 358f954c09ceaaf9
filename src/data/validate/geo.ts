/** `data/geo/*.geojson` → features by Gebiet: valid JSON, a FeatureCollection, areas of known Gebiete. */
import { dataErrors } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { decodeFile } from '../read/file.ts';
import { lineIndex } from '../read/positions.ts';
import { GEOMETRY_TYPES, geoFeature, geoFile } from '../schemas/geo.ts';
import { closest } from '../similar.ts';
import type { Gebiet, GeoFeature } from '../types.ts';

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
    const rawId = f.data.properties?.id;
    if (rawId === undefined || String(rawId).trim() === '') {
      problems.push(dataErrors.geoIdMissing(where(i), i));
      return;
    }
    const id = String(rawId).trim();
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
      properties: { ...f.data.properties, id },
      geometry: { type: type as GeoFeature['geometry']['type'], coordinates: f.data.geometry.coordinates },
    });
  });
  return { features, problems };
}
