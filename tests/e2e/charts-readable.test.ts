/**
 * Charts, maps and wide tables of the demo as a reader sees them in real Chromium, on a desktop (1280 px) and on
 * a phone (390 px), and in between (800 px): no chart or map text smaller than 12 CSS px, no text outside its drawing, no page wider than
 * the screen, no table that has to be scrolled sideways. And on the built SVGs: every Gebiet has one colour in
 * every chart of the site (wide and narrow drawings, line charts, bars, reference lines).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCharts, type ChartPageFacts } from '../helpers/browser-charts.ts';
import { serveBuiltSite, sitePages, type ServedSite } from '../helpers/browser-site.ts';

let site: ServedSite;
let pages: string[];
const facts = new Map<number, ChartPageFacts[]>();

beforeAll(async () => {
  site = await serveBuiltSite();
  pages = sitePages(site.dist);
  for (const width of [1280, 800, 390]) facts.set(width, await measureCharts(site.browser, site.server.origin, pages, width, 12));
}, 300_000);

afterAll(async () => site?.close());

const perPage = (width: number, pick: (f: ChartPageFacts) => string[]) =>
  Object.fromEntries(facts.get(width)!.map((f) => [f.path, pick(f)] as const).filter(([, l]) => l.length > 0));

describe.each([1280, 800, 390])('every page of the demo at %i px', (width) => {
  it('shows charts and maps (the sweep is not empty)', () => {
    const withCharts = facts.get(width)!.filter((f) => f.charts > 0).map((f) => f.path);
    expect(withCharts).toContain('/sozialbericht-2025/einkommen-und-armut/');
    expect(withCharts.length).toBeGreaterThanOrEqual(10);
  });

  it('sets no chart or map text below 12 CSS px', () => {
    expect(perPage(width, (f) => f.small.map((t) => `${t.text}: ${t.px} px`))).toEqual({});
    const sizes = facts.get(width)!.flatMap((f) => (f.minPx === null ? [] : [f.minPx]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.99);
  });

  it('keeps every chart text inside its drawing, none cut short', () => {
    expect(perPage(width, (f) => f.outside)).toEqual({});
    expect(perPage(width, (f) => f.truncated)).toEqual({});
  });

  it('needs no sideways scrolling: neither the page nor a goal, participation, Abwägung or Markdown table', () => {
    expect(perPage(width, (f) => (f.overflow > 0 ? [`Seite ${f.overflow} px zu breit`] : []))).toEqual({});
    expect(perPage(width, (f) => f.scrolling)).toEqual({});
  });
});

/** `data-gebiet` marks of every chart SVG in the built HTML, with the colour they are drawn in. */
function gebietColours(dist: string): Map<string, Set<string>> {
  const colours = new Map<string, Set<string>>();
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const f of files) {
    const html = fs.readFileSync(path.join(dist, f), 'utf8');
    for (const tag of html.match(/<(?:path|text)\b[^>]*\sdata-gebiet="[^"]+"[^>]*>/g) ?? []) {
      const id = /data-gebiet="([^"]+)"/.exec(tag)![1]!;
      const fill = /\sfill="([^"]+)"/.exec(tag)?.[1];
      const stroke = /\sstroke="([^"]+)"/.exec(tag)?.[1];
      // Lines and rules are strokes (fill none); points, bars and labels are fills.
      const colour = (fill && fill !== 'none' && fill !== 'transparent' ? fill : stroke)?.toLowerCase();
      if (!colour) continue;
      if (!colours.has(id)) colours.set(id, new Set());
      colours.get(id)!.add(colour);
    }
  }
  return colours;
}

describe('series colours', () => {
  it('give every Gebiet one colour in every chart of the site', () => {
    const colours = gebietColours(site.dist);
    // The demo compares these Gebiete in several charts (e.g. hainwald in four line charts and two bar charts).
    for (const id of ['hw', 'th', 'hainwald', 'lindenthal', 'auenstedt', 'sulzbrunn', 'schoenborn']) expect(colours.has(id), id).toBe(true);
    const many = Object.fromEntries([...colours].filter(([, c]) => c.size > 1).map(([id, c]) => [id, [...c]]));
    expect(many).toEqual({});
  });

  it('draw the county and the Land alike everywhere: near-black and grey, and different Gebiete differently', () => {
    const colours = gebietColours(site.dist);
    expect([...colours.get('hw')!]).toEqual(['#1a1a1a']);
    expect([...colours.get('th')!]).toEqual(['#6b6b6b']);
    expect([...colours.get('hainwald')!][0]).not.toBe([...colours.get('lindenthal')!][0]);
  });
});

describe('Der Kreis in Zahlen', () => {
  it('shows the key indicators of website.yaml on the start page, with change, trend line and links', () => {
    const html = fs.readFileSync(path.join(site.dist, 'index.html'), 'utf8');
    const block = /<section class="kennzahlen[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const text = block.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Der Kreis in Zahlen');
    // data/werte/einkommen-armut.csv: Landkreis Hainwald 10,6 % (2015) → 8,7 % (2024): −1,9 points, falling is good.
    expect(text).toMatch(/SGB-II-Quote 8,7\s%\s+\(2024\) ▼ −1,9 Prozentpunkte seit 2015 günstige Entwicklung/);
    expect((block.match(/<li class="kennzahl"/g) ?? []).length).toBe(6);
    expect((block.match(/<svg class="kennzahl__verlauf"/g) ?? []).length).toBe(6);
    expect(block).toContain('href="/sozialbericht-2025/einkommen-und-armut/"');
    expect(block).toContain('href="/gebiete/hw/"');
    expect(block).not.toContain('<script');
  });

  it('shows the publication’s own key indicators on its landing page', () => {
    const html = fs.readFileSync(path.join(site.dist, 'armutspraeventionsstrategie', 'index.html'), 'utf8');
    expect(html).toContain('Der Kreis in Zahlen');
    expect(html).toContain('Kinder in SGB-II-Bedarfsgemeinschaften');
  });
});
