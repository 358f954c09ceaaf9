/**
 * `npm run dev`: live preview. Problems in content and data are printed first but do not stop the preview,
 * so planners can fix them while they watch.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { checkProject, reportProblems, appRoot } from '../src/pipeline.ts';
import { useAstroState } from '../src/astro-state.ts';
import { consoleLogger as logger } from '../src/log.ts';
import { projectPaths } from '../src/project.ts';

cliOptions({ script: 'dev', usage: `npm run dev -- [--projekt <ordner>]\n\nVorschau mit automatischer Aktualisierung.\n${COMMON_USAGE}` });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const paths = projectPaths();
process.env.BERICHT_PROJEKT = paths.root;
await useAstroState(appRoot(), paths.root, { kind: 'vorschau', notice: (m) => logger.info(m) });
reportProblems(await checkProject(paths), logger);
const { dev } = await import('astro');
const server = await dev({ root: appRoot(), logLevel: 'info' });
logger.info(`Vorschau läuft: http://localhost:${server.address.port}/ (beenden mit Strg+C)`);
