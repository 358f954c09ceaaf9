/**
 * The demo website as readers use it, in real Chromium: built once with the pipeline (Astro + Pagefind), served
 * locally, every page visited. Checks accessibility (axe-core, WCAG 2.1 A/AA), that nothing is loaded from another
 * host, that every link and anchor resolves, that charts have names, keyboard access, valid HTML, and the search.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../src/print/server.ts';
import { validateHtmlFile } from '../helpers/browser-html.ts';
import { brokenLinks } from '../helpers/browser-links.ts';
import { serveBuiltSite, sitePages, type ServedSite } from '../helpers/browser-site.ts';
import { KNOWN_AXE, KNOWN_HTML } from '../helpers/browser-known.ts';
import { visitPages, type PageVisit } from '../helpers/browser-sweep.ts';

let site: ServedSite;
let pages: string[];
let visits: PageVisit[];
let htmlMessages: Record<string, string[]>;

beforeAll(async () => {
  site = await serveBuiltSite();
  pages = sitePages(site.dist);
  const t = performance.now();
  visits = await visitPages(site.browser, site.server.origin, pages);
  htmlMessages = {};
  for (const p of pages) htmlMessages[p] = await validateHtmlFile(resolveRequest(site.dist, p)!);
  console.info(`Demo gebaut in ${site.buildSeconds.toFixed(1)} s; ${pages.length} Seiten im Browser geprüft in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(async () => site?.close());

/** Failures per page, for messages that say where. */
function perPage(pick: (v: PageVisit) => string[]): Record<string, string[]> {
  return Object.fromEntries(visits.map((v) => [v.path, pick(v)] as const).filter(([, list]) => list.length > 0));
}

describe('every page of the demo website', () => {
  it('covers every kind of page', () => {
    for (const p of ['/', '/sozialbericht-2025/', '/sozialbericht-2025/einleitung/', '/suche/', '/impressum/', '/datenschutz/', '/barrierefreiheit/']) {
      expect(pages).toContain(p);
    }
    expect(pages.some((p) => p.includes('/druck/'))).toBe(false);
    expect(visits.flatMap((v) => v.charts).length, 'Diagramme und Karten').toBeGreaterThan(5);
  });

  it('has no WCAG 2.1 A/AA violations (axe-core)', () => {
    const unknown = perPage((v) =>
      v.violations.filter((f) => !KNOWN_AXE.some((k) => k.matches(f, v.path))).map((f) => `${f.rule} (${f.impact}): ${f.target}`),
    );
    expect(unknown).toEqual({});
  });

  it('requests nothing from another host', () => {
    const local = (u: string) => u.startsWith(site.server.origin + '/') || u.startsWith('data:') || u.startsWith('blob:');
    expect(perPage((v) => v.requests.filter((u) => !local(u)))).toEqual({});
    expect(visits.every((v) => v.requests.some((u) => u.endsWith('.woff2'))), 'Schriften vom eigenen Server').toBe(true);
  });

  it('logs no errors in the console (no Content-Security-Policy violation, no broken script)', () => {
    expect(perPage((v) => v.consoleErrors)).toEqual({});
  });

  it('links only to pages, files and anchors that exist', () => {
    expect(brokenLinks(visits, site.dist, site.server.origin)).toEqual({});
    expect(visits.flatMap((v) => v.links).filter((l) => l.includes('#')).length, 'Sprungmarken geprüft').toBeGreaterThan(20);
  });

  it('links every page to Impressum, Datenschutz and Barrierefreiheit', () => {
    const legal = ['/impressum/', '/datenschutz/', '/barrierefreiheit/'].map((p) => site.server.origin + p);
    expect(perPage((v) => legal.filter((l) => !v.links.includes(l)))).toEqual({});
  });

  it('gives every chart and map (svg[role=img]) an accessible name', () => {
    expect(perPage((v) => v.charts.filter((c) => c.name.length < 3).map((c) => c.where))).toEqual({});
  });

  it('is valid HTML (html-validate, recommended rules)', () => {
    const problems = Object.fromEntries(
      Object.entries(htmlMessages)
        .map(([p, messages]) => [p, messages.filter((m) => !KNOWN_HTML.some((k) => k.matches(m, p)))] as const)
        .filter(([, messages]) => messages.length > 0),
    );
    expect(problems).toEqual({});
  });

  it('still shows every known finding of other parts (remove an entry from browser-known.ts once fixed)', () => {
    const gone = [
      ...KNOWN_AXE.filter((k) => !visits.some((v) => v.violations.some((f) => k.matches(f, v.path)))),
      ...KNOWN_HTML.filter((k) => !Object.entries(htmlMessages).some(([p, ms]) => ms.some((m) => k.matches(m, p)))),
    ].map((k) => k.why);
    expect(gone).toEqual([]);
  });
});

describe('keyboard', () => {
  const chapter = '/sozialbericht-2025/einleitung/';

  async function open(path: string): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.origin + path);
    return page;
  }

  it('focuses the skip link first; Enter moves the focus to the main content', async () => {
    const page = await open(chapter);
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Zum Inhalt springen');
      expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('moves through header and chapter navigation in visual order', async () => {
    const page = await open(chapter);
    try {
      const stops: { region: string; text: string; x: number; y: number }[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const region = el.closest('header') ? 'kopf' : el.closest('.chapter-nav') ? 'kapitel' : el.closest('main') ? 'inhalt' : el.closest('footer') ? 'fuss' : 'sonst';
          return { region, text: (el.textContent || el.getAttribute('aria-label') || el.id || el.tagName).trim(), x: r.left + window.scrollX, y: r.top + window.scrollY };
        });
        if (stop && stop.region !== 'sonst') stops.push(stop);
        if (stop?.region === 'inhalt') break;
      }
      const regions = [...new Set(stops.map((s) => s.region))];
      expect(regions).toEqual(['kopf', 'kapitel', 'inhalt']);
      for (const region of ['kopf', 'kapitel']) {
        const seq = stops.filter((s) => s.region === region);
        expect(seq.length, region).toBeGreaterThan(2);
        for (let i = 1; i < seq.length; i++) {
          const [a, b] = [seq[i - 1]!, seq[i]!];
          const sameRow = Math.abs(a.y - b.y) < 12;
          expect(sameRow ? b.x > a.x : b.y > a.y, `${region}: „${a.text}“ vor „${b.text}“`).toBe(true);
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('search', () => {
  it('finds chapters in German from the header form, never a print page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.server.origin + '/');
      await page.fill('#kopf-suche', 'Armutsgefährdung');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/suche\/\?q=/);
      await page.waitForFunction(() => /Treffer/.test(document.querySelector('.search__status')?.textContent ?? ''), null, { timeout: 15_000 });
      const status = await page.textContent('.search__status');
      expect(status).toMatch(/^\d+ Treffer für „Armutsgefährdung“/);
      const hrefs = await page.$$eval('.search__hits a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.some((h) => h.startsWith('/sozialbericht-2025/'))).toBe(true);
      expect(hrefs.filter((h) => /\/(druck|aenderungen)\//.test(h))).toEqual([]);
      // a second search from the page's own form replaces the hits and the status
      await page.fill('#suchbegriff', 'Kinder');
      await page.click('.search__form button');
      await page.waitForFunction(() => /„Kinder“/.test(document.querySelector('.search__status')?.textContent ?? ''));
      expect(await page.$$eval('.search__hits li', (li) => li.length)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('says in German that the search needs JavaScript when it is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + '/suche/?q=Armut');
      expect(await page.locator('noscript').count()).toBe(1);
      expect(await page.textContent('main')).toContain('Die Suche braucht JavaScript');
    } finally {
      await context.close();
    }
  });
});
