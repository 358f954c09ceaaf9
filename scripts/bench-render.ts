/**
 * `node scripts/bench-render.ts [--runden N] [--website-s S] [--klein] [--behalten]`: the rendering figures of
 * issue 17's 10 % rule. Generates the benchmark's synthetic project (src/bench/generate.ts, full scale) in a
 * temporary folder, renders all its chapters with the site's renderer (Sätteri, as @astrojs/mdx does) and with the
 * chapter model's remark processor (src/bench/render.ts says what each includes), and sets both against one cold
 * site build of the same project (`site_cold_s`, as `npm run bench` measures it), unless `--website-s` gives it.
 *
 *   --runden N     rounds of the two render measurements, interleaved (default 5); figures are medians, and the
 *                  first round apart (`…_erste_s`: a cold build renders once, Shiki's start and a cold JIT included)
 *   --website-s S  take site_cold_s = S seconds instead of building the site (a build takes minutes)
 *   --klein        the miniature scale (for trying the script out)
 *   --behalten     keep the temporary folder and say where it is
 *
 * Prints one line per round and as its last line `bench-render: key=value …` (seconds, shares in percent).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateProject } from '../src/bench/generate.ts';
import { readChapters, renderParsedWithRemark, renderWithRemark, renderWithSatteri } from '../src/bench/render.ts';
import { SCALES } from '../src/bench/scale.ts';
import { buildSiteChild, makeCold, siteFolders } from '../src/bench/site.ts';
import { appRoot } from '../src/pipeline.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const rounds = valueOf('--runden') ?? 5;
const given = valueOf('--website-s');
const known = ['--runden', '--website-s', '--klein', '--behalten'];
const unknown = args.filter((a, i) => !known.includes(a) && !['--runden', '--website-s'].includes(args[i - 1] ?? ''));
if (unknown.length > 0 || !(rounds >= 1) || (given !== undefined && !(given > 0))) {
  console.error(`Unbekannte oder ungültige Option: ${unknown.join(' ') || args.join(' ')}. Möglich sind --runden N, --website-s S, --klein und --behalten.`);
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (s: number) => s.toFixed(3);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-bench-render-'));
try {
  const scale = SCALES[args.includes('--klein') ? 'klein' : 'voll'];
  const project = generateProject(path.join(work, 'projekt'), scale);
  const chapters = readChapters(project.content.chapters.map((c) => c.file));
  const bytes = chapters.reduce((n, c) => n + Buffer.byteLength(c.source), 0);
  console.log(`${chapters.length} Kapitel (${(bytes / 1024).toFixed(0)} KiB MDX), Maßstab „${scale.name}“, Last ${os.loadavg()[0]!.toFixed(1)}`);

  const runs: Record<string, number[]> = { satteri_s: [], remark_s: [], remark_ohne_parsen_s: [] };
  for (let r = 0; r < rounds; r++) {
    // alternate the order so neither always runs on a warmer process
    const satteri = async () => runs['satteri_s']!.push(await renderWithSatteri(chapters, path.join(appRoot(), 'src')));
    const remark = () => {
      runs['remark_s']!.push(renderWithRemark(chapters));
      runs['remark_ohne_parsen_s']!.push(renderParsedWithRemark(chapters));
    };
    if (r % 2 === 0) {
      await satteri();
      remark();
    } else {
      remark();
      await satteri();
    }
    console.log(`Runde ${r + 1}: Sätteri ${fmt(runs['satteri_s']!.at(-1)!)} s, remark ${fmt(runs['remark_s']!.at(-1)!)} s, remark ohne Parsen ${fmt(runs['remark_ohne_parsen_s']!.at(-1)!)} s`);
  }
  // medians, and the first round apart: a cold build renders once, with Shiki's start and a cold JIT in it
  const f: Record<string, number> = Object.fromEntries(Object.entries(runs).flatMap(([k, v]) => [[k, median(v)], [k.replace(/_s$/, '_erste_s'), v[0]!]]));

  if (given !== undefined) {
    f['site_cold_s'] = given;
    console.log(`Website kalt (angegeben): ${fmt(given)} s`);
  } else {
    const folders = siteFolders(work, project.root, 'website');
    makeCold(folders);
    const site = await buildSiteChild(folders);
    f['site_cold_s'] = site.seconds;
    console.log(`Website kalt: ${fmt(site.seconds)} s (${site.text})`);
  }
  const share = (key: string) => (100 * f[key]!) / f['site_cold_s']!;
  f['satteri_anteil_pct'] = share('satteri_s');
  f['remark_anteil_pct'] = share('remark_s');
  f['remark_ohne_parsen_anteil_pct'] = share('remark_ohne_parsen_s');
  f['satteri_erste_anteil_pct'] = share('satteri_erste_s');
  f['remark_erste_anteil_pct'] = share('remark_erste_s');
  const verdict = f['remark_anteil_pct']! > 10 ? 'mehr als 10 %: der bisherige Renderer bleibt' : 'höchstens 10 %: remark zum Rendern wäre nach der Regel erlaubt';
  console.log(`Anteil an site_cold_s: Sätteri ${f['satteri_anteil_pct']!.toFixed(1)} %, remark ${f['remark_anteil_pct']!.toFixed(1)} % (${verdict})`);
  console.log(`bench-render: ${Object.entries(f).map(([k, v]) => `${k}=${k.endsWith('_pct') ? v.toFixed(2) : fmt(v)}`).join(' ')}`);
} finally {
  if (args.includes('--behalten')) console.log(`Ordner behalten: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
