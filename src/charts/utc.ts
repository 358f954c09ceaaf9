/**
 * Dates in charts are drawn in UTC, so a build on a machine in another time zone (or across a DST change)
 * gives the same SVG. vega-lite draws temporal fields in local time unless told otherwise; this walks a spec
 * and asks for UTC wherever time units, temporal scales or time formats appear.
 */
type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function utcTimeUnit(unit: Json): Json {
  if (typeof unit === 'string') return unit.startsWith('utc') ? unit : `utc${unit}`;
  if (isObject(unit)) return { ...unit, utc: true };
  return unit;
}

/** A copy of the vega-lite spec in which every time unit, temporal scale and time format is UTC. */
export function forceUtc<T>(spec: T): T {
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'timeUnit') out[k] = utcTimeUnit(v);
      else if ((k === 'formatType' || k === 'labelFormatType') && v === 'time') out[k] = 'utc';
      else if (k === 'data' || k === 'values') out[k] = v; // data values are never rewritten
      else if (k === 'scale' && isObject(v) && v['type'] === 'time') out[k] = { ...v, type: 'utc' };
      else out[k] = walk(v);
    }
    if (out['type'] === 'temporal' && typeof out['field'] === 'string' && out['timeUnit'] === undefined) {
      const scale = isObject(out['scale']) ? out['scale'] : {};
      if (out['scale'] !== null && scale['type'] === undefined) out['scale'] = { ...scale, type: 'utc' };
    }
    return out;
  };
  return walk(spec) as T;
}
