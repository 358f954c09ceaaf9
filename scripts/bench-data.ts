/**
 * `node scripts/bench-data.ts [--runden N] [--pruefung] [--behalten]`: generates the data of the full benchmark
 * project (400 Gebiete × 30 indicators × 15 years = 180,000 values, src/bench/data.ts) in a temporary folder and
 * measures reading and validating it (`checkData`, cold: the shared cache emptied before each round), then
 * `getStore` on the same files (served from the shared cache).
 *
 *   --runden N   cold rounds (default 3)
 *   --pruefung   also generate the chapters and time the whole check phase (`checkProject`, the main benchmark's
 *                `validate_s`), cold
 *   --behalten   keep the temporary folder and say where it is
 *
 * Prints one line per round and as its last line `bench-data: key=value …` (seconds).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeData } from '../src/bench/data.ts';
import { generateProject } from '../src/bench/generate.ts';
import { SCALES } from '../src/bench/scale.ts';
import { checkData } from '../src/data/check.ts';
import { getStore, resetStoreCache } from '../src/data/index.ts';
import { checkProject } from '../src/pipeline.ts';
import { projectPaths } from '../src/project.ts';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--runden');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const unknown = args.filter((a, i) => !['--runden', '--pruefung', '--behalten'].includes(a) && i !== roundsAt + 1);
if (unknown.length > 0 || !(rounds >= 1)) {
  console.error(`Unbekannte Option: ${unknown.join(' ') || args.join(' ')}. Möglich sind --runden N, --pruefung und --behalten.`);
  process.exit(2);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-bench-daten-'));
const secs = (from: number) => (performance.now() - from) / 1000;
try {
  const whole = args.includes('--pruefung');
  const data = whole ? generateProject(root, SCALES.voll).data : writeData(path.join(root, 'data'), SCALES.voll);
  const paths = projectPaths(root);
  console.log(`${data.werte.toLocaleString('de-DE')} Werte in ${root}`);
  const figures: Record<string, number> = { werte: data.werte };
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    resetStoreCache();
    const t = performance.now();
    const r = checkData(paths);
    times.push(secs(t));
    figures['problems'] = r.problems.length;
    console.log(`Runde ${i + 1}: ${times.at(-1)!.toFixed(3)} s, ${r.problems.length} Probleme`);
  }
  figures['validate_first_s'] = times[0]!;
  figures['validate_best_s'] = Math.min(...times);
  let t = performance.now();
  getStore(paths);
  figures['get_store_after_s'] = secs(t);
  console.log(`getStore danach: ${figures['get_store_after_s'].toFixed(4)} s`);
  if (whole) {
    resetStoreCache();
    t = performance.now();
    const problems = await checkProject(paths);
    figures['check_project_s'] = secs(t);
    console.log(`Ganze Prüfung (checkProject): ${figures['check_project_s'].toFixed(3)} s, ${problems.length} Probleme`);
  }
  console.log(`bench-data: ${Object.entries(figures).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(4)}`).join(' ')}`);
} finally {
  if (args.includes('--behalten')) console.log(`Ordner behalten: ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
}
