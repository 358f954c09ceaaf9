/**
 * Which links of the visited pages lead nowhere: a same-origin URL whose file is missing from dist/, or whose
 * #fragment names no id on the target page. Links to other hosts are not followed (the tests run offline).
 */
import { resolveRequest } from '../../src/print/server.ts';
import { withoutBase } from '../../src/site/address.ts';
import type { PageVisit } from './browser-sweep.ts';

/** `base`: the path the site is served below (`/projekt/`); visits' paths are then site paths like `/gebiete/`. */
export function brokenLinks(visits: readonly Pick<PageVisit, 'path' | 'links' | 'ids'>[], dist: string, origin: string, base = '/'): Record<string, string[]> {
  const ids = new Map(visits.map((v) => [v.path, new Set(v.ids)]));
  const out: Record<string, string[]> = {};
  for (const v of visits) {
    const broken = v.links.filter((href) => {
      const url = new URL(href);
      if (url.origin !== origin) return false;
      const inside = withoutBase(url.pathname, base);
      if (inside === null) return true;
      url.pathname = inside;
      // PDFs are written by the PDF phase, which the browser tests do not run: /<publikation>/<publikation>.pdf
      const pdf = /^\/([a-z0-9-]+)\/\1\.pdf$/.exec(url.pathname);
      if (!resolveRequest(dist, url.pathname) && !(pdf && ids.has(`/${pdf[1]}/`))) return true;
      if (!url.hash) return false;
      return !ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)));
    });
    if (broken.length > 0) out[v.path] = broken.map((h) => h.replace(origin, ''));
  }
  return out;
}
