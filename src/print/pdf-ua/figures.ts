/**
 * Figures: a Figure is an image with alternative text (Matterhorn 13-004). Chromium makes every HTML `<figure>` one,
 * also those around a table or around a chart's own Figure (the SVG with `role="img"`, whose Alt is its accessible
 * name). Such wrappers become a Div: the table stays a table, the chart stays the one Figure with its Alt. So does
 * a Figure without Alt that holds only other elements (a caption, paragraphs) and no content of its own: a group.
 */
import { PDFName } from 'pdf-lib';
import { hasDescendant, elements, type StructTree } from './struct-tree.ts';

export function unwrapFigures(tree: StructTree): number {
  let changed = 0;
  for (const e of elements(tree)) {
    if (e.type !== 'Figure') continue;
    const grouping = !e.dict.get(PDFName.of('Alt')) && e.kids.length > 0 && e.kids.every((k) => k.kind === 'elem');
    if (grouping || hasDescendant(e, (d) => d.type === 'Table' || d.type === 'Figure')) {
      e.type = 'Div';
      changed++;
    }
  }
  return changed;
}
