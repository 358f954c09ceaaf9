/**
 * `node scripts/bench-pdf.ts <dist> <publikation> [--alt]`: times Paged.js on one built print page and reports seconds
 * per page, both wall-clock and the browser's own CPU time for style, layout and script (Chromium's Performance
 * metrics: steadier than wall-clock on a busy machine). `--alt` puts back CSS target-counter() in the table of
 * contents (what the page numbers cost before page-numbers.ts). A synthetic long publication can be made by copying
 * the demo chapters several times into a project folder and building it with BERICHT_PROJEKT.
 */
import path from 'node:path';
import { findBrowser } from '../src/print/browser.ts';
import { fillFigureLists } from '../src/print/figure-lists.ts';
import { launchBrowser } from '../src/print/launch.ts';
import { fillPageNumbers } from '../src/print/page-numbers.ts';
import { findPolyfill } from '../src/print/polyfill.ts';
import { POLYFILL_PATH, printPageScripts } from '../src/print/page-scripts.ts';
import { startServer } from '../src/print/server.ts';
import { registerRepeatingTableHeaders } from '../src/print/table-headers.ts';

const [dist, slug, flag] = process.argv.slice(2);
if (!dist || !slug) throw new Error('Aufruf: node scripts/bench-pdf.ts <dist> <publikation> [--alt]');
const server = await startServer(path.resolve(dist), printPageScripts(findPolyfill()));
const browser = await launchBrowser(findBrowser());
try {
  const page = await browser.newPage();
  await page.addInitScript(() => ((window as unknown as { PagedConfig: object }).PagedConfig = { auto: false }));
  await page.goto(`${server.origin}/${slug}/druck/`, { waitUntil: 'load' });
  // from the page's origin: the print page's Content-Security-Policy allows no inline script
  await page.addScriptTag({ url: `${server.origin}${POLYFILL_PATH}` });
  if (flag === '--alt') {
    await page.addStyleTag({ content: '.inhalt a::after, .verzeichnis a::after { content: target-counter(attr(href url), page); }' });
  }
  await page.evaluate(fillFigureLists);
  await page.evaluate(registerRepeatingTableHeaders);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const start = performance.now();
  const pages = await page.evaluate(async () => {
    const w = window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> } };
    return (await w.PagedPolyfill.preview()).total;
  });
  await page.evaluate(fillPageNumbers);
  const wall = (performance.now() - start) / 1000;
  const after = await metrics();
  const d = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const cpu = d('RecalcStyleDuration') + d('LayoutDuration') + d('ScriptDuration');
  const f = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 3 });
  console.log(
    `${slug}${flag === '--alt' ? ' (target-counter)' : ''}: ${pages} Seiten, Satz ${f(wall)} s = ${f(wall / pages)} s/Seite; ` +
      `Browser-CPU ${f(cpu)} s = ${f(cpu / pages)} s/Seite (Stil ${f(d('RecalcStyleDuration'))} s, Layout ${f(d('LayoutDuration'))} s, Skript ${f(d('ScriptDuration'))} s)`,
  );
} finally {
  await browser.close();
  await server.close();
}
