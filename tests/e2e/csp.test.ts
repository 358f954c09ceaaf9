/**
 * Code a chapter smuggles in never runs and never reaches the PDF: the fixture „fremdcode“ holds an inline
 * `<script>` and links with `javascript:` and `data:` (what `npm run check` rejects, built here without the check).
 * In real Chromium the script does not run on the chapter page nor on the print page (the Content-Security-Policy
 * blocks it; the same HTML without the policy runs it, so the test can tell), Paged.js lays the print page out under
 * the policy without needing eval, and the PDF has link annotations only for the allowed links.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { chooseBrowser } from '../../src/print/browser.ts';
import { renderPdfs } from '../../src/print/index.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { printPageScripts, POLYFILL_PATH } from '../../src/print/page-scripts.ts';
import { findPolyfill } from '../../src/print/polyfill.ts';
import { startServer, type StaticServer } from '../../src/print/server.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';

const CHAPTER = '/fremd/kapitel/';
const PRINT = '/fremd/druck/';

interface Violation {
  directive: string;
  blocked: string;
}

/** Opens `urlPath`, recording every policy violation; `withoutPolicy` serves the same HTML with its policy taken out. */
async function open(browser: Browser, server: StaticServer, urlPath: string, withoutPolicy = false): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { violations: Violation[]; PagedConfig: { auto: boolean } };
    w.violations = [];
    w.PagedConfig = { auto: false };
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  if (withoutPolicy) {
    await page.route(`${server.origin}${urlPath}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(`${server.origin}${urlPath}`, { waitUntil: 'load' });
  return page;
}

const ran = (page: Page) => page.evaluate(() => ({ code: (window as unknown as { fremdCode?: number }).fremdCode ?? null, title: document.title }));

describe('code from a chapter (fixture „fremdcode“)', () => {
  let built: BuiltFixture;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    built = await buildFixture('fremdcode');
    server = await startServer(built.dist, printPageScripts(findPolyfill()));
    const choice = await chooseBrowser();
    browser = await launchBrowser(choice.executablePath, choice.env);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    built?.cleanup();
  });

  it('chapter page and print page carry the policy, without unsafe-inline or unsafe-eval for scripts', () => {
    for (const p of [CHAPTER, PRINT]) {
      const html = fs.readFileSync(path.join(built.dist, p, 'index.html'), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      expect(csp, p).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(csp, p).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp, p).toContain("default-src 'self';");
      // the script is in the HTML: the policy, not its absence, keeps it from running
      expect(html, p).toContain('<script>window.fremdCode = 1; document.title = window.fremdCode</script>');
    }
  });

  it('every HTML page of the site carries the policy', () => {
    const pages = (fs.readdirSync(built.dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages).toContain(path.join('fremd', 'druck', 'index.html'));
    const without = pages.filter((f) => !fs.readFileSync(path.join(built.dist, f), 'utf8').includes('<meta http-equiv="Content-Security-Policy"'));
    expect(without).toEqual([]);
  });

  it('the inline script of the chapter does not run on the chapter page; without the policy it would', async () => {
    const page = await open(browser, server, CHAPTER);
    expect(await ran(page)).toEqual({ code: null, title: 'Kapitel mit fremdem Code – Sozialplanung Landkreis Musterhausen' });
    const violations = await page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);
    expect(violations).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
    await page.close();

    const control = await open(browser, server, CHAPTER, true);
    expect(await ran(control)).toEqual({ code: 1, title: '1' });
    await control.close();
  });

  it('does not run on the print page either, and Paged.js lays the page out under the policy without eval', async () => {
    const page = await open(browser, server, PRINT);
    expect(await ran(page)).toEqual({ code: null, title: 'Bericht mit fremdem Code' });
    await page.addScriptTag({ url: `${server.origin}${POLYFILL_PATH}` });
    const pages = await page.evaluate(async () => {
      const w = window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> } };
      return (await w.PagedPolyfill.preview()).total;
    });
    expect(pages).toBeGreaterThan(1);
    const violations = await page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);
    // the chapter's script, and nothing else: no eval, no inline script of Paged.js, no other origin
    expect(violations).toEqual([{ directive: 'script-src-elem', blocked: 'inline' }]);
    expect(await ran(page)).toEqual({ code: null, title: 'Bericht mit fremdem Code' });
    await page.close();

    const control = await open(browser, server, PRINT, true);
    expect(await ran(control)).toEqual({ code: 1, title: '1' });
    await control.close();
  });

  it('the chapter page publishes the allowed links and none of the forbidden ones', () => {
    const html = fs.readFileSync(path.join(built.dist, CHAPTER, 'index.html'), 'utf8');
    expect(html).toContain('<a href="https://example.org/bericht/">sicherer Link</a>');
    expect(html).toContain('<a href="mailto:sozialplanung@musterhausen.example">E-Mail</a>');
    expect(html).toContain('<a href="#verbotene-links">Anker</a>');
    // left as text
    for (const text of ['Skript-Link', 'Daten-Link', 'Link in geschweiften Klammern', 'getarnter Link']) expect(html).toContain(`<a>${text}</a>`);
    const prose = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</article>'));
    expect(prose).toContain('<a>Skript-Link</a>');
    expect(prose).not.toMatch(/href="\s*(java|data:)/i);
  });

  it('builds the PDF; its link annotations hold only the allowed addresses', async () => {
    const [result] = await renderPdfs({ distDir: built.dist, publications: [{ slug: 'fremd' }], logger: memoryLogger() });
    expect(result!.pages).toBeGreaterThan(1);
    const task = getDocument({ data: new Uint8Array(fs.readFileSync(path.join(built.dist, 'fremd', 'fremd.pdf'))), verbosity: 0 });
    const doc = await task.promise;
    const urls: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of await (await doc.getPage(n)).getAnnotations()) {
        const link = a as { subtype?: string; url?: string; unsafeUrl?: string };
        if (link.subtype === 'Link' && (link.unsafeUrl ?? link.url)) urls.push(link.unsafeUrl ?? link.url!);
      }
    }
    await task.destroy();
    expect(urls.sort()).toEqual(['https://example.org/bericht/', 'mailto:sozialplanung@musterhausen.example']);
  });
});
