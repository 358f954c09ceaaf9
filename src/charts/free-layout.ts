/**
 * A planner's free spec laid out for one layout (theme.ts): a single view (mark or layer) gets the layout's width
 * as its total width (vega shrinks the plot for axes and legends, so nothing is cut off or scaled below 1:1), and
 * its legend goes below the plot, one entry a line, as wide as the drawing — unless the spec places it itself.
 * Composed views (facet, concat) keep their own sizes.
 *
 * Bars and areas always start at zero (their length is the value): a fixed value domain that leaves out zero
 * (`domain: [0.8, 1]`) is widened to include it, and `zero: false` is dropped.
 */
import type { ChartSpec } from './render.ts';
import { FIT_X, PADDING, type ChartLayout } from './theme.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FROM_ZERO = new Set(['bar', 'area']);

function markType(mark: unknown): string | undefined {
  return typeof mark === 'string' ? mark : isObject(mark) && typeof mark['type'] === 'string' ? mark['type'] : undefined;
}

function zeroScale(def: unknown): unknown {
  if (!isObject(def) || def['type'] !== 'quantitative' || !isObject(def['scale'])) return def;
  const { zero, ...scale } = def['scale'];
  const domain = scale['domain'];
  if (Array.isArray(domain) && domain.length === 2 && typeof domain[0] === 'number' && typeof domain[1] === 'number') {
    scale['domain'] = [Math.min(0, domain[0]), Math.max(0, domain[1])];
  }
  return { ...def, scale: zero === false ? scale : { ...scale, ...(zero === undefined ? {} : { zero }) } };
}

/** A copy where every bar or area view's quantitative x/y scale includes zero. */
export function barsFromZero(node: unknown, inherited: unknown = undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => barsFromZero(n, inherited));
  if (!isObject(node)) return node;
  const mark = markType(node['mark']) ?? inherited;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'data' || k === 'datasets' || k === 'config') out[k] = v;
    else if (k === 'encoding' && isObject(v) && FROM_ZERO.has(String(mark))) out[k] = { ...v, x: zeroScale(v['x']), y: zeroScale(v['y']) };
    else out[k] = barsFromZero(v, mark);
  }
  for (const ch of ['x', 'y'] as const) if (isObject(out['encoding']) && out['encoding'][ch] === undefined) delete out['encoding'][ch];
  return out;
}

export function fitFreeSpec(original: ChartSpec, layout: ChartLayout): ChartSpec {
  const spec = barsFromZero(original) as ChartSpec;
  if (!('mark' in spec || 'layer' in spec)) return spec;
  const config = isObject(spec['config']) ? spec['config'] : {};
  const legend = isObject(config['legend']) ? config['legend'] : {};
  const limit = layout.width - 2 * PADDING - 30;
  return {
    ...spec,
    width: layout.width,
    height: typeof spec['height'] === 'number' ? spec['height'] : layout.height,
    autosize: FIT_X,
    config: {
      ...config,
      legend: { orient: 'bottom', direction: 'vertical', ...legend, labelLimit: limit, titleLimit: limit },
    },
  };
}
