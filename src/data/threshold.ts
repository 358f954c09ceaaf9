/**
 * The `mindestfallzahl` in force on a page: pages live under `/<publikation>/…`, and each publication sets
 * its own threshold in publikation.yaml (default 3). Pages outside a publication (Gebietsprofile, the indicator
 * appendix) use the strictest threshold of all publications, so they never show what a publication withholds.
 */
import { getPublications, publicationSettings } from '../publication/index.ts';
import { DEFAULT_MINDESTFALLZAHL } from './confidentiality.ts';

export function mindestfallzahlFor(pathname: string): number {
  const first = pathname.split('/').filter(Boolean)[0];
  const own = first ? publicationSettings(decodeURIComponent(first))?.mindestfallzahl : undefined;
  return own ?? strictest();
}

function strictest(): number {
  return Math.max(DEFAULT_MINDESTFALLZAHL, ...getPublications().map((p) => p.settings.mindestfallzahl));
}
