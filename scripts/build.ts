/**
 * `npm run build`: check → (archive of earlier Fassungen) → website → PDFs. Everything lands in dist/ (or
 * BERICHT_AUSGABE / --ausgabe) — all at once, and only when every phase succeeded: the build writes into
 * dist.neu-<pid>/ and swaps it in at the end (src/output/staging.ts). Stops at the first phase that fails, with a
 * German message saying where and what to do; dist/ stays as it was.
 * Flags (src/cli/options.ts): --projekt, --ausgabe, --adresse, --ohne-archiv.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { ARCHIVE_ENV, buildFassungArchive, buildPdfs, buildSite, checkProject, reportProblems } from '../src/pipeline.ts';
import { outputMessages } from '../src/errors/build.ts';
import { formatProblem } from '../src/errors/problem.ts';
import { consoleLogger as logger } from '../src/log.ts';
import { outputDir, shownDir } from '../src/output/location.ts';
import { removeLeftovers, stageOutput } from '../src/output/staging.ts';
import { projectPaths } from '../src/project.ts';
import { chapterProblems } from '../src/site/build-error.ts';
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
const outDir = outputDir(paths);
const shown = shownDir(outDir);
const started = performance.now();

async function build(dir: string): Promise<boolean> {
  logger.info('1/3 Prüfe Inhalte und Daten …');
  if (!reportProblems(await checkProject(paths), logger)) return false;
  let t = performance.now();
  if (withArchive) {
    const a = await buildFassungArchive({ paths, logger });
    if (a.fassungen > 0) {
      logger.info(`    Archiv der Fassungen: ${a.fassungen} Fassungen, ${a.built} neu gebaut, ${a.cached} aus dem Zwischenspeicher${a.failed.length ? `, ohne PDF: ${a.failed.join(', ')}` : ''} (${seconds(performance.now() - t)}).`);
    }
    t = performance.now();
  }
  logger.info('2/3 Erzeuge die Website …');
  await buildSite({ paths, outDir: dir, logger });
  logger.info(`    Website fertig in ${seconds(performance.now() - t)}. ${formatCacheStats(sharedCacheStats())}`);
  if (!(await import('../src/site/link-guard-run.ts')).guardSiteLinks({ paths, outDir: dir, logger })) return false;
  t = performance.now();
  logger.info('3/3 Erzeuge die PDFs …');
  await buildPdfs({ paths, outDir: dir, shownDir: shown, logger });
  logger.info(`    PDFs fertig in ${seconds(performance.now() - t)}.`);
  return true;
}

const removed = removeLeftovers(outDir);
if (removed.length > 0) logger.info(outputMessages.leftoversRemoved(removed.map((d) => path.basename(d))));
const existed = fs.existsSync(outDir);
const staged = stageOutput(outDir);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    staged.discard();
    logger.error(outputMessages.siteKept(shown, existed));
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
let ok = false;
try {
  ok = await build(staged.dir);
} catch (error) {
  const problems = chapterProblems(error, paths);
  if (problems.length > 0) for (const p of problems) logger.error(formatProblem(p));
  else logger.error(error instanceof Error ? error.message : String(error));
}
if (ok) {
  try {
    staged.publish();
    logger.info(`Fertig in ${seconds(performance.now() - started)}: ${shown}index.html`);
  } catch (error) {
    logger.error(outputMessages.swapFailed(shown, shownDir(staged.dir), (error as NodeJS.ErrnoException).code ?? String(error)));
    process.exitCode = 1;
  }
} else {
  staged.discard();
  logger.error(outputMessages.siteKept(shown, existed));
  process.exitCode = 1;
}
