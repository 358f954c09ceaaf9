/**
 * Friendly defaults for planners' free specs, applied only where the spec says nothing itself:
 * - a mark whose x or y scale has a fixed domain is clipped to the plot (else bars starting at 0 spill over
 *   the axis and the whole drawing shrinks to make room for them);
 * - year axes (a discrete x field named like `jahr`) get horizontal labels instead of vega-lite's vertical ones.
 */
type Json = unknown;
type Obj = Record<string, Json>;
const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasFixedDomain(encoding: Obj): boolean {
  return ['x', 'y'].some((ch) => {
    const def = encoding[ch];
    return isObject(def) && isObject(def['scale']) && def['scale']['domain'] !== undefined;
  });
}

function clipMark(mark: Json): Json {
  if (typeof mark === 'string') return { type: mark, clip: true };
  if (isObject(mark) && mark['clip'] === undefined) return { ...mark, clip: true };
  return mark;
}

function yearAxis(encoding: Obj): Obj {
  const x = encoding['x'];
  if (!isObject(x) || typeof x['field'] !== 'string' || !/jahr/i.test(x['field'])) return encoding;
  if (x['type'] !== 'ordinal' && x['type'] !== 'nominal') return encoding;
  if (x['axis'] === null || (isObject(x['axis']) && x['axis']['labelAngle'] !== undefined)) return encoding;
  return { ...encoding, x: { ...x, axis: { ...(isObject(x['axis']) ? x['axis'] : {}), labelAngle: 0 } } };
}

/** A copy of the spec with the defaults above in every unit view (including layers and nested views). */
export function withFriendlyDefaults<T extends Obj>(spec: T): T {
  // `fixed`: an enclosing view's encoding (which layers inherit) has a fixed x/y domain.
  const walk = (node: Json, fixed: boolean): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, fixed));
    if (!isObject(node)) return node;
    const out: Obj = {};
    const encoding = isObject(node['encoding']) ? yearAxis(node['encoding']) : null;
    const inScope = fixed || (encoding !== null && hasFixedDomain(encoding));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'data' || k === 'datasets' || k === 'config') out[k] = v;
      else if (k === 'encoding' && encoding) out[k] = encoding;
      else if (k === 'mark' && inScope) out[k] = clipMark(v);
      else out[k] = walk(v, inScope);
    }
    return out;
  };
  return walk(spec, false) as T;
}
