/**
 * `npm run bench [-- --klein] [-- --behalten]`: builds a large synthetic report (two publications, 40 chapters,
 * 300 charts, 20 maps, 100 tables, 400 Gebiete × 30 indicators × 15 years) in a temporary folder and measures
 * checking, the website (cold, warm, after an edit, without charts), the PDFs (ours, plain Chromium,
 * pagedjs-cli) and the dev server. Prints progress, a table, and as its last line `bench: key=value …`.
 *
 *   --klein     the same shape in miniature (a few charts and pages; used by the test)
 *   --behalten  keep the temporary folder and say where it is
 */
import os from 'node:os';
import { lastLine, table } from '../src/bench/report.ts';
import { runBench } from '../src/bench/run.ts';
import { SCALES } from '../src/bench/scale.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--klein' && a !== '--behalten');
if (unknown.length > 0) {
  console.error(`Unbekannte Option: ${unknown.join(' ')}. Möglich sind --klein und --behalten.`);
  process.exit(2);
}
const scale = SCALES[args.includes('--klein') ? 'klein' : 'voll'];
const start = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - start) / 1000).toFixed(0).padStart(4)} s] ${line}`);
log(`Leistungsmessung „${scale.name}“ auf ${os.availableParallelism()} Kernen (Last: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}) …`);
try {
  const figures = await runBench({ scale, log, keep: args.includes('--behalten') });
  figures['total_s'] = (performance.now() - start) / 1000;
  console.log(table(figures));
  console.log(lastLine(figures));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
