/**
 * One visit per page in real Chromium, collecting what the browser tests assert on: axe-core findings (WCAG 2.1
 * A/AA), every request the page makes, every link target, the accessible names of the charts, the ids on the
 * page, and console errors (a Content-Security-Policy violation shows up there).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, ConsoleMessage, Page, Request, Response } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  rule: string;
  impact: string;
  /** CSS selector of the element. */
  target: string;
}

export interface PageVisit {
  path: string;
  /** One entry per element that violates an axe rule. */
  violations: AxeFinding[];
  requests: string[];
  /** Requests that failed or were answered with an HTTP error, as `<status> <url>`. */
  failed: string[];
  /** Absolute URLs of a[href] and link[href]. */
  links: string[];
  /** Every id (and a[name]) on the page. */
  ids: string[];
  /** Per svg[role=img]: its accessible name ('' when it has none) and where it is. */
  charts: { name: string; where: string }[];
  consoleErrors: string[];
}

/**
 * Visits `paths` with `tabs` pages in parallel (one context each); results in the order of `paths`.
 * `axe: false` leaves out the accessibility audit (for crawls that only look at requests and links).
 */
export async function visitPages(browser: Browser, origin: string, paths: readonly string[], tabs = 2, { axe = true } = {}): Promise<PageVisit[]> {
  const results = new Map<string, PageVisit>();
  let next = 0;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
      try {
        const page = await context.newPage();
        while (next < paths.length) {
          const p = paths[next++]!;
          results.set(p, await visitPage(page, origin, p, axe));
        }
      } finally {
        await context.close();
      }
    }),
  );
  return paths.map((p) => results.get(p)!);
}

async function visitPage(page: Page, origin: string, p: string, axe: boolean): Promise<PageVisit> {
  const requests: string[] = [];
  const failed: string[] = [];
  const onFailed = (r: Request) => failed.push(`${r.failure()?.errorText ?? 'fehlgeschlagen'} ${r.url()}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  };
  const consoleErrors: string[] = [];
  const onRequest = (r: Request) => requests.push(r.url());
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  };
  const onError = (e: Error) => consoleErrors.push(e.message);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const response = await page.goto(origin + p, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${p}: HTTP ${response?.status()}`);
    // Fonts load after `load`: wait for them, or the next page's navigation aborts them and they count as failed.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // DevTools evaluation is not subject to the page's CSP, so axe can run while the policy stays on.
    if (axe) await page.evaluate(AXE_SOURCE);
    const facts = await page.evaluate(async (tags) => {
      type AxeResult = { violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe?: { run(ctx: object, o: object): Promise<AxeResult> } }).axe;
      // The inside of a chart or map is left out: its role is img, whose children are presentational (ARIA), and
      // its accessible name is checked separately. Leaving them out halves axe's time on chart-heavy pages.
      const context = { exclude: [['svg[role="img"] > *']] };
      const result: AxeResult = axe
        ? await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        : { violations: [] };
      const nameOf = (el: Element): string => {
        const by = el.getAttribute('aria-labelledby');
        if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
        const label = el.getAttribute('aria-label')?.trim();
        if (label) return label;
        return el.querySelector(':scope > title')?.textContent?.trim() ?? '';
      };
      return {
        violations: result.violations.flatMap((v) =>
          v.nodes.map((n) => {
            const target = n.target.join(' ');
            return { rule: v.id, impact: v.impact ?? '?', target };
          }),
        ),
        links: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? '')),
        charts: [...document.querySelectorAll('svg[role="img"]')].map((svg) => ({
          name: nameOf(svg),
          where: svg.closest('[id]')?.id ?? '(ohne id)',
        })),
      };
    }, WCAG_TAGS);
    return { path: p, requests, failed, consoleErrors, ...facts };
  } finally {
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}
