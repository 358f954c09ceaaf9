import { defineHastPlugin } from 'satteri';

/**
 * Every body cell of a Markdown table gets its column's header text as `data-label`, so that on a phone the
 * table can be shown as one card per row with the header as the label of each value (site.css), instead of
 * scrolling sideways.
 */
export const tableLabels = defineHastPlugin({
  name: 'tabellen-beschriftung',
  element: {
    filter: ['td'],
    visit(node, ctx) {
      const tr = ctx.parent(node);
      const body = tr && ctx.parent(tr);
      const table = body && body.type === 'element' && body.tagName === 'tbody' ? ctx.parent(body) : undefined;
      if (!tr || !table || table.type !== 'element') return;
      const elements = (children: readonly unknown[]) =>
        children.filter((c): c is { type: 'element'; tagName: string; children: unknown[] } => (c as { type?: string }).type === 'element');
      const index = ctx.indexOf(node) ?? 0;
      const column = elements((tr as { children: unknown[] }).children.slice(0, index)).length;
      const head = elements(table.children).find((c) => c.tagName === 'thead');
      const headRow = head && elements(head.children).find((c) => c.tagName === 'tr');
      const cell = headRow && elements(headRow.children)[column];
      const label = cell ? ctx.textContent(cell as never).trim() : '';
      if (label) ctx.setProperty(node, 'dataLabel', label);
    },
  },
});
