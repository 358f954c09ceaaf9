/**
 * `npm run check`: validates content and data without building anything.
 * Exit code 1 when there is an error; warnings are printed but do not fail.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { checkProject, reportProblems } from '../src/pipeline.ts';
import { consoleLogger } from '../src/log.ts';
import { projectPaths } from '../src/project.ts';

cliOptions({ script: 'check', usage: `npm run check -- [--projekt <ordner>]\n\nPrüft Inhalte und Daten, ohne etwas zu bauen.\n${COMMON_USAGE}` });
const started = performance.now();
const paths = projectPaths();
const problems = await checkProject(paths);
const ok = reportProblems(problems, consoleLogger);
const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
if (ok) console.log(`Prüfung bestanden: Inhalte und Daten in ${paths.root} sind in Ordnung (${seconds} s).`);
process.exitCode = ok ? 0 : 1;
