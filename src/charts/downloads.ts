/**
 * The CSV download beside each chart, as a `data:` link with a `download` file name.
 *
 * Why not a file under dist/daten/: Astro 7 collects the paths of *all* routes (getStaticPaths) before it
 * renders any page (core/build/generate.js: `prerenderer.getStaticPaths()` first, then every path), so an
 * endpoint cannot learn which CSVs the pages' charts registered while rendering. A `data:` link needs no
 * second route, works the same in `astro dev` and `astro build`, and always matches its chart exactly.
 * The CSV files of a chart are small (a few kB); print styles hide the link.
 */
import { sha256 } from './hash.ts';
import { slugify } from '../site/slug.ts';

export interface Download {
  /** File name offered when saving, e.g. `sgb2-quote-linie-3f2a9c1b.csv`. */
  dateiname: string;
  /** `data:text/csv;charset=utf-8,…` */
  href: string;
}

/** Lower-case ASCII with hyphens, for file names (`Kita-Betreuung 2023` → `kita-betreuung-2023`). */
export function fileSlug(text: string): string {
  return slugify(text).slice(0, 60) || 'daten';
}

/** A deterministic name (base + content hash) and the data link for the CSV text. */
export function csvDownload(base: string, csv: string): Download {
  return {
    dateiname: `${fileSlug(base)}-${sha256(csv).slice(0, 8)}.csv`,
    href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
  };
}
