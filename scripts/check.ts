/**
 * `npm run check`: validates content and data without building anything, and runs the Lektorat on the prose.
 * Exit code 1 when there is an error; warnings are printed but do not fail. Writes the Lektorat's report page for the
 * authors to <projekt>/.lektorat/bericht.html (src/lektorat/report-file.ts) and prints where it is.
 *   --streng     the Lektorat's warnings are errors
 *   --lektorat   also print the Lektorat's summary per chapter (warnings by kind, Wiener Sachtextformel)
 * Common flags (src/cli/options.ts): --projekt.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import path from 'node:path';
import { lektoratReportMessages } from '../src/errors/lektorat-report.ts';
import { formatSummary } from '../src/lektorat/check.ts';
import { lektoratReport } from '../src/lektorat/report.ts';
import { reportFile, writeReport } from '../src/lektorat/report-file.ts';
import { reportPage } from '../src/lektorat/report-page.ts';
import { checkProject, reportProblems } from '../src/pipeline.ts';
import { consoleLogger } from '../src/log.ts';
import { projectPaths } from '../src/project.ts';

const { values } = cliOptions({
  script: 'check',
  extra: { streng: { type: 'boolean' }, lektorat: { type: 'boolean' } },
  usage: `npm run check -- [Angaben]\n\nPrüft Inhalte und Daten, ohne etwas zu bauen.\n${COMMON_USAGE}
  --streng              Hinweise des Lektorats gelten als Fehler (vor einer Beschlussvorlage)
  --lektorat            zeigt je Kapitel die Hinweise des Lektorats nach Art und die Lesbarkeit (Wiener Sachtextformel)

Den ausführlichen Lektoratsbericht (je Kapitel jede Stelle, die Lesbarkeit erklärt) schreibt jede Prüfung nach
.lektorat/bericht.html im Projektordner; er wird nicht veröffentlicht. In npm run dev steht er unter /_lektorat/.`,
});
const started = performance.now();
const paths = projectPaths();
let summary: string[] = [];
let page: string | null = null;
const problems = await checkProject(paths, {
  lektorat: true,
  streng: values.streng === true,
  onSummary: (s, publications) => {
    summary = s.map(formatSummary);
    page = reportPage(lektoratReport(s, publications), { erstellt: new Date() });
  },
});
const ok = reportProblems(problems, consoleLogger);
if (values.lektorat === true) console.log(`\nLektorat je Kapitel:\n${summary.map((l) => `  ${l}`).join('\n')}`);
if (page !== null) {
  const shown = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };
  try {
    console.log(lektoratReportMessages.written(shown(writeReport(paths, page))));
  } catch (err) {
    consoleLogger.warn(lektoratReportMessages.notWritten(shown(reportFile(paths)), (err as Error).message));
  }
}
const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
if (ok) console.log(`Prüfung bestanden: Inhalte und Daten in ${paths.root} sind in Ordnung (${seconds} s).`);
process.exitCode = ok ? 0 : 1;
