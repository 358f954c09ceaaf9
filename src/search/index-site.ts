/**
 * Phase 2b of the build: the full-text search index. Pagefind reads the built HTML in dist/ and writes its
 * index and scripts into dist/pagefind/ — the search then runs entirely in the reader's browser, from our own
 * server. German stemming follows `<html lang="de">`.
 *
 * Indexed is only what a page marks with `data-pagefind-body` (the main content of Base.astro); navigation
 * chrome carries `data-pagefind-ignore`. Pages that would only duplicate chapter text are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitSvg } from '../html/svg-segments.ts';
import type { Logger } from '../log.ts';

/** Paths (relative to dist/, with forward slashes) that are never indexed: print pages and change views. */
export const NOT_INDEXED = [/(^|\/)druck\//, /(^|\/)aenderungen\//, /^suche\//, /^pagefind\//];

/** The search page's script, copied next to the index (see search-page.js). */
export const SEARCH_SCRIPT = 'suche.js';

export interface SearchIndexResult {
  pages: number;
  seconds: number;
}

/** HTML files of the built site that belong in the index, relative to `distDir`, sorted. */
export function indexablePages(distDir: string): string[] {
  const files = fs.readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  return files
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !NOT_INDEXED.some((re) => re.test(f)))
    .sort();
}

/** `sozialbericht-2025/arbeit/index.html` → `/sozialbericht-2025/arbeit/` */
export function pageUrl(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Builds the Pagefind index of the site in `distDir` into `distDir/pagefind/`. */
export async function indexSite({ distDir, logger }: { distDir: string; logger: Logger }): Promise<SearchIndexResult> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  // Navigation, and the SVG text of charts (axis labels), would only add noise to the hits.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de', excludeSelectors: ['nav', 'svg'] });
  try {
    if (!index) throw new Error(`Suchindex konnte nicht angelegt werden: ${errors.join('; ')}`);
    let pages = 0;
    for (const file of indexablePages(distDir)) {
      // charts are excluded from the index anyway: they need not travel to Pagefind at all
      const content = splitSvg(fs.readFileSync(path.join(distDir, file), 'utf8'))
        .filter((s) => !s.svg)
        .map((s) => s.text)
        .join('');
      const r = await index.addHTMLFile({ url: pageUrl(file), content });
      if (r.errors.length > 0) logger.warn(`Suche: ${file} nicht aufgenommen: ${r.errors.join('; ')}`);
      else pages++;
    }
    const out = path.join(distDir, 'pagefind');
    fs.rmSync(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Suchindex konnte nicht geschrieben werden: ${written.errors.join('; ')}`);
    fs.copyFileSync(new URL('./search-page.js', import.meta.url), path.join(out, SEARCH_SCRIPT));
    const seconds = (performance.now() - started) / 1000;
    logger.info(`    Suchindex: ${pages.toLocaleString('de-DE')} Seiten in ${seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s.`);
    return { pages, seconds };
  } finally {
    await pagefind.close();
  }
}
