/**
 * Wiring for the components: the store, the publication's mindestfallzahl, the shared SVG cache and the
 * chapter file (for messages), all derived from the page address. Tests build a FigureContext themselves.
 */
import { getStore } from '../data/index.ts';
import { mindestfallzahlFor } from '../data/threshold.ts';
import type { Location } from '../errors/problem.ts';
import { consoleLogger, type Logger } from '../log.ts';
import { getPublication } from '../publication/index.ts';
import { sharedChartCache } from './cache.ts';
import type { FigureContext } from './figure.ts';
import { pagePath } from '../site/address.ts';
import { componentLocation, type ComponentUse } from './location.ts';

/** The chapter file a page shows (`/<publikation>/<kapitel>/`), else the publication folder. */
export function pageLocation(pathname: string): Location {
  const [slug, kapitel] = pagePath(pathname).split('/').filter(Boolean).map(decodeURIComponent);
  const publication = slug ? getPublication(slug) : undefined;
  const chapter = publication?.chapters.find((c) => c.slug === kapitel);
  const file = chapter?.file ?? (slug ? `content/${slug}` : 'content');
  return { file, line: 0, column: 0 };
}

/** `use`: the component and its props, so that messages name its line in the chapter (location.ts). */
export function chartContext(url: URL, logger: Logger = consoleLogger, use?: ComponentUse): FigureContext {
  const page = pageLocation(url.pathname);
  return {
    store: getStore(),
    mindestfallzahl: mindestfallzahlFor(url.pathname),
    cache: sharedChartCache(),
    at: use ? componentLocation(url, use, page) : page,
    warn: (m) => logger.warn(m),
    drawWhileWaiting: true,
  };
}
