/**
 * The link guard in the build (scripts/build.ts): after the website, before the PDFs and the swap. Reads the
 * site's address and the publications (whose PDFs the next phase writes) and reports what link-guard.ts finds.
 */
import { reportProblems } from '../pipeline.ts';
import type { Logger } from '../log.ts';
import type { ProjectPaths } from '../project.ts';
import { loadPublications } from '../publication/load.ts';
import { siteAddress } from './address.ts';
import { findBrokenLinks, linkGuardProblems } from './link-guard.ts';
import { sitePaths } from './links.ts';

/** True when every internal link of the site in `outDir` leads somewhere; otherwise prints the problems. */
export function guardSiteLinks({ paths, outDir, logger }: { paths: ProjectPaths; outDir: string; logger: Logger }): boolean {
  const started = performance.now();
  const later = loadPublications(paths).publications.map((p) => sitePaths.pdf(p.slug));
  const { base, url } = siteAddress();
  const result = findBrokenLinks(outDir, { base, ...(url ? { url } : {}) }, later);
  const ms = Math.round(performance.now() - started);
  logger.info(`    Links geprüft: ${result.links.toLocaleString('de-DE')} Verweise auf ${result.pages.toLocaleString('de-DE')} Seiten in ${ms.toLocaleString('de-DE')} ms.`);
  return reportProblems(linkGuardProblems(result.broken), logger);
}
