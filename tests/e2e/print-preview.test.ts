/**
 * The print preview of `npm run dev` shows the pages of the PDF: the demo is built (`npm run build`), the dev server
 * started (`npm run dev`), and each publication's /<publikation>/druck/?vorschau laid out in Chromium. The preview
 * must have as many pages as the built PDF, and every chapter must start on the page where the PDF's bookmark for
 * it points (read with pdf.js). The „Druckvorschau“ link is on every chapter page in dev and nowhere in the built site;
 * likewise the „Lektorat“ link and the authors' report page /_lektorat/.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../../src/print/browser.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { visitPages } from '../helpers/browser-sweep.ts';
import { runBuild, startDev } from '../helpers/run-build.ts';

const PUBLICATIONS = ['sozialbericht-2025', 'armutspraeventionsstrategie'];
let tmp: string;
let dist: string;
let dev: ChildProcess | undefined;
let origin: string;
let browser: Browser;

/** The PDF's page count and, per bookmark title, the page (1-based) it points to. */
async function pdfPages(file: string): Promise<{ pages: number; bookmarks: Map<string, number> }> {
  const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  try {
    const bookmarks = new Map<string, number>();
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const walk = async (items: Item[] | null) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        if (dest && !bookmarks.has(item.title.trim())) bookmarks.set(item.title.trim(), (await doc.getPageIndex(dest[0] as never)) + 1);
        await walk(item.items);
      }
    };
    await walk((await doc.getOutline()) as Item[] | null);
    return { pages: doc.numPages, bookmarks };
  } finally {
    await task.destroy();
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-vorschau-'));
  dist = path.join(tmp, 'dist');
  const build = await runBuild(REPO_ROOT, { BERICHT_AUSGABE: dist });
  expect(build.code, build.output).toBe(0);
  ({ process: dev, origin } = await startDev(REPO_ROOT));
  const choice = await chooseBrowser();
  browser = await launchBrowser(choice.executablePath, choice.env);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) dev.kill('SIGTERM');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('print preview in npm run dev', () => {
  for (const slug of PUBLICATIONS) {
    it(`${slug}: same page count and the same first page of every chapter as the built PDF`, async () => {
      const pdf = await pdfPages(path.join(dist, slug, `${slug}.pdf`));
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/${slug}/druck/?vorschau`);
        await page.waitForSelector('html[data-vorschau-seiten]', { timeout: 300_000 });
        const preview = await page.evaluate(() => {
          const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
          const chapters = Array.from(document.querySelectorAll('section.kapitel[id]')).map((s) => ({
            title: (s.querySelector('h1')?.textContent ?? '').replace(/\u00AD/g, '').trim(),
            page: pages.indexOf(s.closest('.pagedjs_page')!) + 1,
          }));
          return { marked: document.documentElement.getAttribute('data-vorschau-seiten'), pages: pages.length, chapters, note: document.querySelector('[role=status]')?.textContent };
        });
        expect(preview.marked).toBe(String(pdf.pages));
        expect(preview.pages).toBe(pdf.pages);
        expect(preview.note).toBe(`Druckvorschau: ${pdf.pages} Seiten, wie im PDF. Beim Speichern wird neu gesetzt.`);
        expect(preview.chapters.length).toBeGreaterThan(3);
        for (const c of preview.chapters) expect({ title: c.title, page: c.page }).toEqual({ title: c.title, page: pdf.bookmarks.get(c.title) });
      } finally {
        await page.close();
      }
    }, 400_000);
  }

  it('every chapter page in dev links to the preview at its chapter', async () => {
    const html = await (await fetch(`${origin}/sozialbericht-2025/wohnen/`)).text();
    expect(html).toContain('<a href="/sozialbericht-2025/druck/?vorschau#kapitel-wohnen"');
    expect(html).toContain('>Druckvorschau</a>');
  });

  it('every chapter page in dev links to the Lektorat report at its chapter, and the dev server serves it', async () => {
    const html = await (await fetch(`${origin}/sozialbericht-2025/wohnen/`)).text();
    expect(html).toContain('<a href="/_lektorat/#lektorat-sozialbericht-2025-wohnen"');
    expect(html).toContain('>Lektorat</a>');
    const report = await fetch(`${origin}/_lektorat/`);
    expect(report.status).toBe(200);
    const page = await report.text();
    expect(page).toContain('<h1>Lektoratsbericht für die Autorinnen und Autoren</h1>');
    expect(page).toContain('<h4 id="lektorat-sozialbericht-2025-wohnen">Wohnen und Mobilität <span class="datei">content/sozialbericht-2025/08-wohnen.mdx</span></h4>');
  });

  it('the Lektorat report page in dev has no accessibility violations (axe, WCAG 2.1 AA)', async () => {
    const [visit] = await visitPages(browser, origin, ['/_lektorat/'], 1);
    expect(visit!.violations).toEqual([]);
    expect(visit!.consoleErrors).toEqual([]);
    expect(visit!.ids).toContain('lektorat-armutspraeventionsstrategie-einleitung');
  });

  it('the built site has no preview link, no preview script and no Lektorat report or link to it', () => {
    const all = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => /lektorat/i.test(f))).toEqual([]);
    const files = all.filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const html = fs.readFileSync(path.join(dist, f), 'utf8');
      expect(html, f).not.toContain('Druckvorschau');
      expect(html, f).not.toContain('vorschau.js');
      expect(html, f).not.toContain('_lektorat');
      expect(html, f).not.toContain('Lektoratsbericht');
    }
  });
});
