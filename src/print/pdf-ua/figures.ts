/**
 * Figures: a Figure is an image with alternative text (Matterhorn 13-004). Chromium makes every HTML `<figure>` one,
 * also those around a table or around a chart's own Figure (the SVG with `role="img"`, whose Alt is its accessible
 * name). Such wrappers become a Div: the table stays a table, the chart stays the one Figure with its Alt.
 */
import { hasDescendant, elements, type StructTree } from './struct-tree.ts';

export function unwrapFigures(tree: StructTree): number {
  let changed = 0;
  for (const e of elements(tree)) {
    if (e.type !== 'Figure') continue;
    if (hasDescendant(e, (d) => d.type === 'Table' || d.type === 'Figure')) {
      e.type = 'Div';
      changed++;
    }
  }
  return changed;
}
