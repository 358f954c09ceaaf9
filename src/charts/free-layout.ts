/**
 * A planner's free spec laid out for one layout (theme.ts): a single view (mark or layer) gets the layout's width
 * as its total width (vega shrinks the plot for axes and legends, so nothing is cut off or scaled below 1:1), and
 * its legend goes below the plot, one entry a line, as wide as the drawing — unless the spec places it itself.
 * Composed views (facet, concat) keep their own sizes.
 */
import type { ChartSpec } from './render.ts';
import { FIT_X, PADDING, type ChartLayout } from './theme.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fitFreeSpec(spec: ChartSpec, layout: ChartLayout): ChartSpec {
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
