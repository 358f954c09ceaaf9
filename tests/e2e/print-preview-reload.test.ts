/**
 * The print preview follows the planner's writing: in `npm run dev` on a copy of the fixture „mini“, the preview of
 * „Mini-Bericht 2026“ is open; a chapter gets 120 more paragraphs (some pages' worth) and is saved; the page reloads by itself and is
 * laid out anew, with more pages than before.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../../src/print/browser.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { copyFixture, startDev } from '../helpers/run-build.ts';

let project: string;
let dev: ChildProcess | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  project = copyFixture('mini');
  ({ process: dev, origin } = await startDev(project));
  const choice = await chooseBrowser();
  browser = await launchBrowser(choice.executablePath, choice.env);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) dev.kill('SIGTERM');
  if (project) fs.rmSync(path.dirname(project), { recursive: true, force: true });
});

describe('print preview while writing', () => {
  it('shows a chapter added while the preview runs, and a changed chapter title, in the table of contents', async () => {
    const start = async () => (await fetch(`${origin}/mini-bericht/`)).text();
    expect(await start()).not.toContain('Pflege im Quartier');
    const dir = path.join(project, 'content', 'mini-bericht');
    fs.writeFileSync(path.join(dir, '04-pflege.mdx'), '---\ntitel: Pflege im Quartier\n---\n\nEin kurzer Absatz über Pflege.\n');
    await until(async () => (await start()).includes('Pflege im Quartier'), 'neues Kapitel im Inhaltsverzeichnis');
    const wohnen = path.join(dir, '03-wohnen.mdx');
    fs.writeFileSync(wohnen, fs.readFileSync(wohnen, 'utf8').replace(/^titel: .*$/m, 'titel: Wohnen und Nachbarschaft'));
    await until(async () => (await start()).includes('Wohnen und Nachbarschaft'), 'geänderter Titel im Inhaltsverzeichnis');
    fs.rmSync(path.join(dir, '04-pflege.mdx'));
    await until(async () => !(await start()).includes('Pflege im Quartier'), 'gelöschtes Kapitel nicht mehr im Inhaltsverzeichnis');
  }, 120_000);

  it('saving a chapter lays the preview out anew', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/mini-bericht/druck/?vorschau`);
      await page.waitForSelector('html[data-vorschau-seiten]', { timeout: 120_000 });
      const before = Number(await page.getAttribute('html', 'data-vorschau-seiten'));
      expect(before).toBeGreaterThan(3);

      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });
      const chapter = path.join(project, 'content', 'mini-bericht', '01-einleitung.mdx');
      const paragraph = 'Ein neuer Absatz, lang genug für mehrere Zeilen im Satzspiegel, damit der Bericht um Seiten wächst und die Vorschau es zeigt.';
      fs.appendFileSync(chapter, `\n\n${Array.from({ length: 120 }, () => paragraph).join('\n\n')}\n`);
      // the page reloads by itself (nobody navigates here) and is laid out anew
      // (Astro may reload twice, once per change it notices: wait for the layout with the new text)
      // Astro may reload more than once per save, so the layout and its status are read together in one page state
      // (a reload between two reads would find the next page still being laid out).
      const laidOut = await settledLayout(page, before);
      expect(navigations).toBeGreaterThan(0);
      expect(laidOut.pages).toBeGreaterThan(before);
      expect(laidOut.status).toBe(`Druckvorschau: ${laidOut.pages} Seiten, wie im PDF. Beim Speichern wird neu gesetzt.`);
    } finally {
      await page.close();
    }
  }, 300_000);
});

/** Polls the preview until a layout with more than `before` pages is shown; pages and status come from one evaluation. */
async function settledLayout(page: Page, before: number): Promise<{ pages: number; status: string }> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const state = await page
      .evaluate(() => ({
        pages: Number(document.documentElement.getAttribute('data-vorschau-seiten')),
        status: document.querySelector('[role=status]')?.textContent ?? '',
      }))
      .catch(() => ({ pages: 0, status: '' })); // a reload destroyed the page's context: ask the next one
    if (state.pages > before && state.status.includes(`${state.pages} Seiten`)) return state;
    if (Date.now() > deadline) throw new Error(`Die Vorschau zeigt nach dem Speichern keine neue Seitenzahl (zuletzt ${state.pages}, vorher ${before}).`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Polls `test` until it holds (the dev server notices a save within a second or two), or fails after 60 s. */
async function until(test: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await test().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Nicht eingetreten: ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
