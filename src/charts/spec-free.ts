/**
 * A free vega-lite spec written by a planner, bound to one dataset below data/ (`daten="frei/…"`):
 * the dataset's rows become `data.values`, our house style goes under the planner's own `config`.
 * Nothing may be fetched, so any `url` in a data source (and image marks) is refused; nothing may link, so `href`
 * is refused too (spec-schema.ts, checked before anything is drawn); every field the encodings name must be a
 * column of the dataset or a name a transform creates.
 */
import type { Dataset } from '../data/types.ts';
import { chartErrors } from '../errors/charts.ts';
import { ProblemError, type Location } from '../errors/problem.ts';
import { withFriendlyDefaults } from './free-defaults.ts';
import type { ChartSpec } from './render.ts';
import { spec as specSchema, type RefusedParams } from './spec-schema.ts';
import { BASE_CONFIG, CHART_HEIGHT, CHART_WIDTH } from './theme.ts';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Visits every object in the spec, depth first. */
function eachObject(node: Json, visit: (o: Record<string, Json>, key: string | null) => void, key: string | null = null): void {
  if (Array.isArray(node)) node.forEach((n) => eachObject(n, visit, key));
  else if (isObject(node)) {
    visit(node, key);
    for (const [k, v] of Object.entries(node)) eachObject(v, visit, k);
  }
}

/** Throws the German problem if the spec would load anything from outside. */
export function rejectExternal(spec: ChartSpec, at: Location): void {
  eachObject(spec, (o, key) => {
    if ((key === 'data' || key === 'from') && typeof o['url'] === 'string') throw new ProblemError([chartErrors.externalData(at, o['url'])]);
    if ((key === 'mark' && o['type'] === 'image') || o['mark'] === 'image') throw new ProblemError([chartErrors.imageMark(at)]);
  });
}

const ENCODING_HOLDERS = new Set(['encoding']);

/** Names that transforms create (`as`, fold's default `key`/`value`), which encodings may use as well. */
function derivedNames(spec: ChartSpec): Set<string> | null {
  const names = new Set<string>();
  let unknowable = false;
  eachObject(spec, (o, key) => {
    if (key !== 'transform') return;
    const as = o['as'];
    if (typeof as === 'string') names.add(as);
    if (Array.isArray(as)) as.forEach((a) => typeof a === 'string' && names.add(a));
    if ('fold' in o && as === undefined) ['key', 'value'].forEach((n) => names.add(n));
    if ('pivot' in o) unknowable = true; // new columns are the pivot column's values
    for (const list of ['aggregate', 'window', 'joinaggregate', 'timeUnit'] as const) {
      const items = o[list];
      if (Array.isArray(items)) items.forEach((i) => isObject(i) && typeof i['as'] === 'string' && names.add(i['as']));
    }
  });
  return unknowable ? null : names;
}

/** The first segment of a field path (`a.b` → `a`; `a\.b` stays `a.b`). */
function columnOf(field: string): string {
  const m = /^((?:\\.|[^.\\])+)/.exec(field);
  return (m?.[1] ?? field).replace(/\\(.)/g, '$1');
}

/** Throws if an encoding names a field that is neither a column nor created by a transform. */
export function checkFields(spec: ChartSpec, dataset: Dataset, at: Location): void {
  const derived = derivedNames(spec);
  if (!derived) return;
  const known = new Set([...dataset.columns, ...derived]);
  eachObject(spec, (o, key) => {
    if (!key || !ENCODING_HOLDERS.has(key)) return;
    for (const def of Object.values(o)) {
      for (const d of Array.isArray(def) ? def : [def]) {
        if (!isObject(d)) continue;
        const fields = [d['field'], isObject(d['sort']) ? d['sort']['field'] : undefined];
        for (const f of fields) {
          if (typeof f === 'string' && !known.has(columnOf(f))) throw new ProblemError([chartErrors.unknownField(at, f, dataset.name, dataset.columns)]);
        }
      }
    }
  });
}

/** Accepts a spec object or its JSON text. */
export function parseSpec(spec: unknown, at: Location): ChartSpec {
  let value = spec;
  if (typeof spec === 'string') {
    try {
      value = JSON.parse(spec);
    } catch (e) {
      throw new ProblemError([chartErrors.badSpec(at, `kein gültiges JSON (${(e as Error).message}).`)]);
    }
  }
  if (!isObject(value)) throw new ProblemError([chartErrors.badSpec(at, 'erwartet wird ein Objekt in doppelten geschweiften Klammern.')]);
  return value;
}

/** `layer[0].encoding.href` */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/** Throws the German problem for the first thing charts/spec-schema.ts does not accept. */
export function validateSpec(spec: ChartSpec, at: Location): void {
  const result = specSchema.safeParse(spec);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const where = pathText(issue.path);
  const refused = (issue as { params?: Partial<RefusedParams> }).params?.refused;
  throw new ProblemError([refused ? chartErrors.refusedInSpec(at, where, refused, issue.message) : chartErrors.badSpec(at, where ? `bei „${where}“: ${issue.message}` : issue.message)]);
}

/** The planner's spec with the dataset's rows injected and the house style as default config. */
export function freeSpec(spec: unknown, dataset: Dataset, at: Location): ChartSpec {
  const parsed = parseSpec(spec, at);
  rejectExternal(parsed, at);
  validateSpec(parsed, at);
  checkFields(parsed, dataset, at);
  const s = withFriendlyDefaults(parsed);
  const single = 'mark' in s || 'layer' in s;
  const userConfig = isObject(s['config']) ? s['config'] : {};
  const config: Record<string, Json> = { ...BASE_CONFIG };
  for (const [k, v] of Object.entries(userConfig)) {
    const base = config[k];
    config[k] = isObject(base) && isObject(v) ? { ...base, ...v } : v;
  }
  return {
    ...(single ? { width: CHART_WIDTH, height: CHART_HEIGHT } : {}),
    ...s,
    data: { ...(isObject(s['data']) && isObject(s['data']['format']) ? { format: s['data']['format'] } : {}), values: dataset.rows },
    config,
  };
}
