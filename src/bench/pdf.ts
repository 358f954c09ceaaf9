/**
 * PDF figures on the built synthetic site, all with the same browser:
 *   ours        renderPdfs (Paged.js in Chromium through playwright-core), one publication at a time;
 *   plain       Chromium's own page.pdf() of the same print page without Paged.js (the floor);
 *   pagedjs-cli the reference tool on the same page (puppeteer, pointed at our Chromium).
 * Each figure is wall time including the browser start, divided by the pages of the PDF it produced.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { silentLogger, type Logger } from '../log.ts';
import { chooseBrowser } from '../print/browser.ts';
import { renderPdfs } from '../print/index.ts';
import { CHROMIUM_FLAGS, launchBrowser } from '../print/launch.ts';
import { startServer } from '../print/server.ts';

const run = promisify(execFile);

export interface PdfFigure {
  seconds: number;
  pages: number;
  perPage: number;
}

const figure = (seconds: number, pages: number): PdfFigure => ({ seconds, pages, perPage: seconds / Math.max(1, pages) });

export async function browserPath(): Promise<string> {
  const choice = await chooseBrowser({ env: process.env });
  // The bundled Chromium needs its own libraries: give them to every browser this benchmark starts (ours,
  // plain Chromium, pagedjs-cli's puppeteer), which all inherit this process's environment.
  if (choice.env) Object.assign(process.env, { LD_LIBRARY_PATH: choice.env.LD_LIBRARY_PATH, FONTCONFIG_PATH: choice.env.FONTCONFIG_PATH });
  return choice.executablePath;
}

/** Pages of a PDF (pdf.js, a devDependency: pagedjs-cli writes object streams a plain text search cannot see). */
export async function countPages(file: string): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

export async function ourPdf(distDir: string, slug: string, executable: string, logger: Logger = silentLogger): Promise<PdfFigure> {
  const start = performance.now();
  const [result] = await renderPdfs({ distDir, publications: [{ slug }], logger, browserPath: executable, concurrency: 1 });
  return figure((performance.now() - start) / 1000, result?.pages ?? 0);
}

export async function plainPdf(distDir: string, slug: string, executable: string, outFile: string): Promise<PdfFigure> {
  const start = performance.now();
  const server = await startServer(distDir);
  const browser = await launchBrowser(executable);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${slug}/druck/`, { waitUntil: 'load' });
    await page.pdf({ path: outFile, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  } finally {
    await browser.close();
    await server.close();
  }
  return figure((performance.now() - start) / 1000, await countPages(outFile));
}

export async function pagedjsCliPdf(distDir: string, slug: string, executable: string, outFile: string, appRoot: string): Promise<PdfFigure> {
  const cli = path.join(appRoot, 'node_modules', 'pagedjs-cli', 'src', 'cli.js');
  // pagedjs-cli adds Paged.js as an inline script, which the print page's Content-Security-Policy blocks (our own
  // build serves it from the page's origin, print/page-scripts.ts). The reference tool gets a copy of the page without
  // the policy, next to it, so its stylesheets resolve alike; the policy costs no layout time.
  const printDir = path.join(distDir, slug, 'druck');
  const html = fs.readFileSync(path.join(printDir, 'index.html'), 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  fs.writeFileSync(path.join(printDir, 'pagedjs-cli.html'), html);
  const server = await startServer(distDir);
  const start = performance.now();
  try {
    await run(process.execPath, [cli, `${server.origin}/${slug}/druck/pagedjs-cli.html`, '-o', outFile, '--browserArgs', CHROMIUM_FLAGS.join(',')], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: executable, PUPPETEER_SKIP_DOWNLOAD: '1' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
  } finally {
    await server.close();
  }
  return figure((performance.now() - start) / 1000, await countPages(outFile));
}
