/**
 * `npm run build`: check → website → PDFs. Everything lands in dist/ (or BERICHT_AUSGABE).
 * Stops at the first phase that fails, with a German message saying where and what to do.
 * Flags (src/cli/options.ts): --projekt, --ausgabe, --adresse.
 */
import path from 'node:path';
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { ARCHIVE_ENV, buildFassungArchive, buildPdfs, buildSite, checkProject, reportProblems } from '../src/pipeline.ts';
import { consoleLogger as logger } from '../src/log.ts';
import { projectPaths } from '../src/project.ts';
import { seconds } from '../src/site/duration.ts';
import { formatCacheStats, sharedCacheStats } from '../src/charts/cache.ts';

const { values } = cliOptions({
  script: 'build',
  extra: { 'ohne-archiv': { type: 'boolean' } },
  usage: `npm run build -- [Angaben]\n\nPrüft Inhalte und Daten, baut die Website und die PDFs.\n${COMMON_USAGE}
  --ohne-archiv         ohne die PDFs früherer Fassungen (sonst einmal je Tag „fassung-…“ gebaut und aufbewahrt)`,
});
const withArchive = !values['ohne-archiv'] && process.env[ARCHIVE_ENV] !== 'aus';
const paths = projectPaths();
const outDir = path.resolve(process.env.BERICHT_AUSGABE ?? path.join(paths.root, 'dist'));
const started = performance.now();

try {
  logger.info('1/3 Prüfe Inhalte und Daten …');
  if (!reportProblems(await checkProject(paths), logger)) {
    process.exitCode = 1;
  } else {
    let t = performance.now();
    if (withArchive) {
      const a = await buildFassungArchive({ paths, logger });
      if (a.fassungen > 0) {
        logger.info(`    Archiv der Fassungen: ${a.fassungen} Fassungen, ${a.built} neu gebaut, ${a.cached} aus dem Zwischenspeicher${a.failed.length ? `, ohne PDF: ${a.failed.join(', ')}` : ''} (${seconds(performance.now() - t)}).`);
      }
      t = performance.now();
    }
    logger.info('2/3 Erzeuge die Website …');
    await buildSite({ paths, outDir, logger });
    logger.info(`    Website fertig in ${seconds(performance.now() - t)}. ${formatCacheStats(sharedCacheStats())}`);
    t = performance.now();
    logger.info('3/3 Erzeuge die PDFs …');
    await buildPdfs({ paths, outDir, logger });
    logger.info(`    PDFs fertig in ${seconds(performance.now() - t)}.`);
    logger.info(`Fertig in ${seconds(performance.now() - started)}: ${path.relative(process.cwd(), outDir) || '.'}/index.html`);
  }
} catch (error) {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
