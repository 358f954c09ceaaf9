/**
 * The `mindestfallzahl` in force on a page: pages live under `/<publikation>/…`, and each publication sets
 * its own threshold in publikation.yaml (default 3). Pages outside a publication use the default.
 */
import { publicationSettings } from '../publication/index.ts';
import { DEFAULT_MINDESTFALLZAHL } from './confidentiality.ts';

export function mindestfallzahlFor(pathname: string): number {
  const first = pathname.split('/').filter(Boolean)[0];
  if (!first) return DEFAULT_MINDESTFALLZAHL;
  return publicationSettings(decodeURIComponent(first))?.mindestfallzahl ?? DEFAULT_MINDESTFALLZAHL;
}
