/**
 * The demo published where counties publish: below a sub-path (GitLab/GitHub Pages put a project's site at
 * `https://<gruppe>.gitlab.io/<projekt>/`) and at the domain root. Each placement is built with `npm run build`
 * (site and PDFs), served only below its path on 127.0.0.1 and crawled in Chromium: every request must succeed and
 * stay below the path, every link and anchor must resolve, the search must find pages there, PDFs must download.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../../src/print/browser.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { startServer, type StaticServer } from '../../src/print/server.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { brokenLinks } from '../helpers/browser-links.ts';
import { sitePages } from '../helpers/browser-site.ts';
import { visitPages, type PageVisit } from '../helpers/browser-sweep.ts';
import { buildPublished, type PublishedBuild } from '../helpers/build-published.ts';
import { readPdf } from '../helpers/pdf-text.ts';

interface Placement {
  name: string;
  adresse: string;
  base: string;
  build?: PublishedBuild;
  server?: StaticServer;
  visits?: PageVisit[];
}

const PLACEMENTS: Placement[] = [
  { name: 'unter einem Unterpfad', adresse: 'https://gruppe.gitlab.io/projekt/', base: '/projekt/' },
  { name: 'an der Domain-Wurzel', adresse: '/', base: '/' },
];

let browser: Browser;

beforeAll(async () => {
  // one after the other: two builds at once only compete for the same cores
  for (const p of PLACEMENTS) p.build = await buildPublished(REPO_ROOT, ['--adresse', p.adresse]);
  const choice = await chooseBrowser();
  browser = await launchBrowser(choice.executablePath, choice.env);
  for (const p of PLACEMENTS) {
    p.server = await startServer(p.build!.dist, new Map(), p.base);
    p.visits = await visitPages(browser, p.server.origin + p.base.replace(/\/$/, ''), sitePages(p.build!.dist), 2, { axe: false });
    const v = p.visits;
    console.info(
      `${p.name} (${p.base}): gebaut in ${p.build!.seconds.toFixed(1)} s; ${v.length} Seiten, ` +
        `${v.reduce((n, x) => n + x.requests.length, 0)} Anfragen, ${v.reduce((n, x) => n + x.links.length, 0)} Links, ` +
        `${v.reduce((n, x) => n + x.failed.length, 0)} fehlgeschlagen, ` +
        `${Object.values(brokenLinks(v, p.build!.dist, p.server.origin, p.base)).flat().length} tote Links`,
    );
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const p of PLACEMENTS) {
    await p.server?.close();
    p.build?.cleanup();
  }
});

describe.each(PLACEMENTS)('the demo $name', (p) => {
  const perPage = (pick: (v: PageVisit) => string[]) =>
    Object.fromEntries(p.visits!.map((v) => [v.path, pick(v)] as const).filter(([, l]) => l.length > 0));

  it('has every page, and every page loads all it asks for from below its path', () => {
    expect(p.visits!.length).toBeGreaterThan(40);
    expect(perPage((v) => v.failed)).toEqual({});
    const origin = p.server!.origin;
    const inside = (u: string) => u.startsWith(origin + p.base) || u.startsWith('data:') || u.startsWith('blob:');
    expect(perPage((v) => v.requests.filter((u) => !inside(u)))).toEqual({});
    expect(perPage((v) => v.consoleErrors)).toEqual({});
  });

  it('loads its stylesheets and fonts on every page', () => {
    const missing = perPage((v) => [
      ...(v.requests.some((u) => u.endsWith('.css')) ? [] : ['kein Stylesheet']),
      ...(v.requests.some((u) => u.endsWith('.woff2')) ? [] : ['keine Schrift']),
    ]);
    expect(missing).toEqual({});
  });

  it('links only to pages, files and anchors below its path that exist', () => {
    expect(brokenLinks(p.visits!, p.build!.dist, p.server!.origin, p.base)).toEqual({});
    const local = p.visits!.flatMap((v) => v.links).filter((l) => l.startsWith(p.server!.origin));
    expect(local.length).toBeGreaterThan(1000);
    expect(local.filter((l) => !l.startsWith(p.server!.origin + p.base))).toEqual([]);
  });

  it('offers both PDFs and they download as PDF', async () => {
    const pdfs = [...new Set(p.visits!.flatMap((v) => v.links).filter((l) => l.endsWith('.pdf')))].sort();
    expect(pdfs.map((u) => u.replace(p.server!.origin, ''))).toEqual([
      `${p.base}armutspraeventionsstrategie/armutspraeventionsstrategie.pdf`,
      `${p.base}sozialbericht-2025/sozialbericht-2025.pdf`,
    ]);
    const context = await browser.newContext();
    try {
      for (const url of pdfs) {
        const r = await context.request.get(url);
        expect(r.status(), url).toBe(200);
        expect((await r.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    } finally {
      await context.close();
    }
  });

  it('offers the charts’ data as CSV downloads', () => {
    const csv = p.visits!.flatMap((v) => v.links).filter((l) => l.startsWith('data:text/csv'));
    expect(csv.length).toBeGreaterThan(10);
    expect(decodeURIComponent(csv[0]!.split(',').slice(1).join(',')).split('\n').length).toBeGreaterThan(1);
  });

  it('finds pages with the search, and the hits lead to pages below its path', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    try {
      const page = await context.newPage();
      await page.goto(`${p.server!.origin}${p.base}suche/?q=Armutsgef%C3%A4hrdung`);
      await page.waitForFunction(() => /Treffer/.test(document.querySelector('.search__status')?.textContent ?? ''), null, { timeout: 15_000 });
      const hrefs = await page.$$eval('.search__hits a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href.startsWith(p.server!.origin + p.base), href).toBe(true);
        expect((await context.request.get(href)).status(), href).toBe(200);
      }
    } finally {
      await context.close();
    }
  });

  it('names its public address as canonical when the address is known', () => {
    const canonical = p.visits!.map((v) => [v.path, v.links.filter((l) => !l.startsWith(p.server!.origin) && /^https:\/\/gruppe/.test(l))] as const);
    const expected = (path: string) => (p.base === '/' ? [] : [`https://gruppe.gitlab.io/projekt${path}`]);
    expect(canonical.filter(([path, l]) => JSON.stringify(l) !== JSON.stringify(expected(path)))).toEqual([]);
  });

  it('lists every page at its public address in sitemap.xml when the address is known', () => {
    const file = `${p.build!.dist}/sitemap.xml`;
    if (p.base === '/') {
      expect(fs.existsSync(file)).toBe(false);
      return;
    }
    const locs = [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(p.visits!.map((v) => `https://gruppe.gitlab.io/projekt${v.path}`));
  });

  it('gives the full section address in the feedback e-mails when the address is known', () => {
    const mail = p.visits!.flatMap((v) => v.links).find((l) => l.startsWith('mailto:') && l.includes('body='));
    expect(mail).toBeDefined();
    const body = decodeURIComponent(new URL(mail!).searchParams.get('body') ?? '');
    const expected = p.base === '/' ? /Adresse: \/[a-z0-9-]+\/[a-z0-9-]+\/#/ : /Adresse: https:\/\/gruppe\.gitlab\.io\/projekt\/[a-z0-9-]+\/[a-z0-9-]+\/#/;
    expect(body).toMatch(expected);
  });
});

describe('the PDF of a site below a sub-path', () => {
  it('is laid out with the site’s stylesheets and fonts (served below the path to the print step)', async () => {
    const p = PLACEMENTS[0]!;
    const file = `${p.build!.dist}/sozialbericht-2025/sozialbericht-2025.pdf`;
    const facts = await readPdf(file);
    expect(facts.pages.length).toBeGreaterThan(20);
    // the PDF embeds the site's own fonts (Source Serif 4 / Source Sans 3), not a fallback
    expect(fs.readFileSync(file).toString('latin1')).toMatch(/SourceSerif4|SourceSans3|Source Serif|Source Sans/);
  });
});
