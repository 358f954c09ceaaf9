/**
 * The numbered items of each publication, read once per process from the chapter sources, and the lookup the
 * components use: which number does this `<Diagramm>` on this page have?
 */
import { chapterModel } from '../chapters/model.ts';
import { projectPaths } from '../project.ts';
import { getPublication, type Publication } from '../publication/index.ts';
import { freshnessKey } from './freshness.ts';
import { numberPublication, propsSignature, type NumberedItem } from './figure-numbers.ts';
import { pagePath } from '../site/address.ts';

const cache = new Map<string, { fresh: string; items: NumberedItem[] }>();

/** Every figure and table of a publication in order, numbered (read again when a chapter changed: freshness.ts). */
export function publicationItems(publication: Publication, root = projectPaths().root): NumberedItem[] {
  const key = `${root}\0${publication.slug}`;
  const fresh = freshnessKey(publication, root);
  const hit = cache.get(key);
  if (hit && hit.fresh === fresh) return hit.items;
  const items = numberPublication(publication.chapters.map((c) => ({ slug: c.slug, model: chapterModel(root, c.file) })));
  cache.set(key, { fresh, items });
  return items;
}

/** `/<publikation>/<kapitel>/` or `/<publikation>/druck/` → the publication and, on a chapter page, the chapter. */
export function pageScope(url: URL): { publication?: Publication; chapterSlug?: string } {
  const [pub, second] = pagePath(url.pathname).split('/').filter(Boolean).map(decodeURIComponent);
  const publication = pub ? getPublication(pub) : undefined;
  const chapterSlug = publication?.chapters.some((c) => c.slug === second) ? second : undefined;
  return { ...(publication ? { publication } : {}), ...(chapterSlug ? { chapterSlug } : {}) };
}

const seen = new Map<string, number>();

/**
 * The item a rendered component stands for. Found by its `marke`, else by its props; when one page holds the same
 * component with the same props more than once, the copies take the matching items in turn.
 */
export function lookupItem(url: URL, component: string, props: Record<string, unknown>): NumberedItem | undefined {
  const { publication, chapterSlug } = pageScope(url);
  if (!publication) return undefined;
  const items = publicationItems(publication).filter((i) => !chapterSlug || i.chapterSlug === chapterSlug);
  if (typeof props['marke'] === 'string') {
    const byMarke = items.find((i) => i.marke === props['marke']);
    if (byMarke) return byMarke;
  }
  const sig = propsSignature(component, props);
  const matches = items.filter((i) => i.signature === sig);
  if (matches.length <= 1) return matches[0];
  const key = `${url.pathname}\0${sig}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return matches[n % matches.length];
}

/** The item a `<Verweis ziel="…" />` points at, anywhere in the publication. */
export function findTarget(publication: Publication, ziel: string): NumberedItem | undefined {
  return publicationItems(publication).find((i) => i.marke === ziel);
}
