/**
 * The `mindestfallzahl` in force on a page: pages live under `/<publikation>/…`, and each publication sets
 * its own threshold in publikation.yaml (default 3). Pages outside a publication (Gebietsprofile, the indicator
 * appendix) use the strictest threshold of all publications, so they never show what a publication withholds.
 */
import { getPublications, publicationForUrl } from '../publication/index.ts';
import { DEFAULT_MINDESTFALLZAHL } from './confidentiality.ts';

export function mindestfallzahlFor(pathname: string): number {
  return publicationForUrl(new URL(pathname, 'http://seite.invalid'))?.settings.mindestfallzahl ?? strictest();
}

function strictest(): number {
  return Math.max(DEFAULT_MINDESTFALLZAHL, ...getPublications().map((p) => p.settings.mindestfallzahl));
}
