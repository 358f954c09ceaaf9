/**
 * `npm run pdf [publikation …]`: prints one PDF per publication from the already built website (dist/).
 * Without arguments all publications are printed. The browser comes from BERICHT_BROWSER or the usual
 * install paths; nothing is downloaded and no other server than the local one is contacted.
 * The new PDFs replace the old ones only when every publication was printed; otherwise the old ones stay.
 * Common flags (src/cli/options.ts): --projekt, --ausgabe, --adresse.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { outputMessages } from '../src/errors/build.ts';
import { formatProblem, ProblemError } from '../src/errors/problem.ts';
import { consoleLogger } from '../src/log.ts';
import { outputDir, shownDir } from '../src/output/location.ts';
import { renderPdfs } from '../src/print/index.ts';
import { projectPaths } from '../src/project.ts';
import { getPublications } from '../src/publication/index.ts';
import { siteAddress, siteOrigin } from '../src/site/address.ts';

const { positionals } = cliOptions({
  script: 'pdf',
  positionals: true,
  usage: `npm run pdf -- [publikation …] [Angaben]\n\nErzeugt die PDFs aus der gebauten Website neu.\n${COMMON_USAGE}`,
});
const distDir = outputDir(projectPaths());

async function main(args: string[]): Promise<number> {
  const all = getPublications();
  const unknown = args.filter((a) => !all.some((p) => p.slug === a));
  if (unknown.length > 0) {
    consoleLogger.error(
      `Unbekannte Publikation: ${unknown.join(', ')}. Vorhanden sind: ${all.map((p) => p.slug).join(', ') || '(keine)'}.`,
    );
    return 1;
  }
  const publications = args.length > 0 ? all.filter((p) => args.includes(p.slug)) : all;
  const address = siteAddress();
  const siteUrl = siteOrigin(address);
  const results = await renderPdfs({ distDir, publications, logger: consoleLogger, base: address.base, ...(siteUrl ? { siteUrl } : {}) });
  const pages = results.reduce((sum, r) => sum + r.pages, 0);
  consoleLogger.info(`${results.length} PDF mit zusammen ${pages.toLocaleString('de-DE')} Seiten geschrieben.`);
  return 0;
}

try {
  process.exitCode = await main(positionals);
} catch (err) {
  if (err instanceof ProblemError) {
    for (const p of err.problems) consoleLogger.error(formatProblem(p));
  } else {
    consoleLogger.error(err instanceof Error ? err.message : String(err));
  }
  consoleLogger.error(outputMessages.pdfsKept(shownDir(distDir)));
  process.exitCode = 1;
}
