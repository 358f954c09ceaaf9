import { defineHastPlugin } from 'satteri';

/**
 * The Markdown processor labels footnotes in English ("Footnotes", "Back to reference 1").
 * This plugin gives them German labels for screen readers and the print footnote area.
 */
export const footnotesGerman = defineHastPlugin({
  name: 'fussnoten-deutsch',
  element: {
    filter: ['h2', 'a'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if (node.tagName === 'h2' && props.id === 'footnote-label') {
        ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: 'Fußnoten' }] });
        return;
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in props) {
        ctx.setProperty(node, 'ariaLabel', 'Zurück zur Textstelle');
      }
    },
  },
});
