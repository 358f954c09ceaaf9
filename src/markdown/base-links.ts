import { defineHastPlugin } from 'satteri';
import { siteAddress } from '../site/address.ts';

/**
 * Links that planners write in a chapter as paths of the site (`[Abwägung](/strategie/stellungnahmen/)`) get the
 * site's base path in front (`/sozialplanung/strategie/stellungnahmen/`), so they work wherever the site is published.
 */
export function baseLinks() {
  const { base } = siteAddress();
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'basispfad-fuer-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(base)) return;
        ctx.setProperty(node, key, base + value.slice(1));
      },
    },
  });
}
