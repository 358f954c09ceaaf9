/**
 * Tables (Matterhorn 15): Table holds TR (or THead/TBody/TFoot, Caption), TR holds TH and TD. Chromium tags the
 * painting of a table's or row's own box (background, borders) as content of the Table or TR itself: that content
 * has no text and becomes an artifact.
 */
import { elements, type Kid, type StructTree } from './struct-tree.ts';

const CONTAINERS = new Set(['Table', 'THead', 'TBody', 'TFoot', 'TR']);

export function dropTableDecoration(tree: StructTree, hasText: (kid: Kid) => boolean): number {
  let dropped = 0;
  for (const e of elements(tree)) {
    if (!CONTAINERS.has(e.type)) continue;
    const before = e.kids.length;
    e.kids = e.kids.filter((k) => k.kind !== 'mcid' || hasText(k));
    dropped += before - e.kids.length;
  }
  return dropped;
}
