/**
 * What a reader sees of the charts and maps on a page, measured in real Chromium at a given viewport width: the
 * rendered size of every visible SVG text (its computed font size × the SVG's scale on screen), texts whose box
 * leaves their SVG, and whether the page is wider than the viewport (horizontal scrolling).
 */
import type { Browser } from 'playwright-core';

export interface ChartText {
  text: string;
  /** Rendered font size in CSS px. */
  px: number;
}

export interface ChartPageFacts {
  path: string;
  /** Visible chart and map SVGs on the page. */
  charts: number;
  /** Texts below `minPx`. */
  small: ChartText[];
  /** Texts whose box leaves the SVG's box by more than 1 px. */
  outside: string[];
  /** Texts vega cut short with an ellipsis (labelLimit), e.g. „Pflegegeld (Versorgung durch Ang…“. */
  truncated: string[];
  /** document width − viewport width (0 when the page does not scroll sideways). */
  overflow: number;
  /** Smallest rendered chart text on the page. */
  minPx: number | null;
  /** Goal, participation, Abwägung and Markdown tables that scroll sideways (content wider than they are). */
  scrolling: string[];
}

export async function measureCharts(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  width: number,
  minPx: number,
): Promise<ChartPageFacts[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-DE' });
  const out: ChartPageFacts[] = [];
  try {
    const page = await context.newPage();
    for (const p of paths) {
      const response = await page.goto(origin + p, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${p}: HTTP ${response?.status()}`);
      await page.evaluate(() => document.fonts.ready);
      const facts = await page.evaluate((min) => {
        const small: { text: string; px: number }[] = [];
        const outside: string[] = [];
        const truncated: string[] = [];
        let charts = 0;
        let smallest: number | null = null;
        for (const svg of document.querySelectorAll<SVGSVGElement>('svg.diagramm-svg')) {
          const box = svg.getBoundingClientRect();
          if (box.width === 0 || svg.getClientRects().length === 0) continue;
          charts++;
          const scale = box.width / (svg.viewBox.baseVal.width || box.width);
          for (const t of svg.querySelectorAll('text')) {
            const text = (t.textContent ?? '').trim();
            if (!text) continue;
            const px = parseFloat(getComputedStyle(t).fontSize) * scale;
            smallest = smallest === null ? px : Math.min(smallest, px);
            if (px < min - 0.01) small.push({ text, px: Math.round(px * 100) / 100 });
            if (text.endsWith('…')) truncated.push(text);
            const r = t.getBoundingClientRect();
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
              outside.push(`${text} (${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} von ${Math.round(box.width)} px)`);
            }
          }
        }
        const overflow = document.documentElement.scrollWidth - window.innerWidth;
        const scrolling = [...document.querySelectorAll<HTMLElement>('.ziele__scroll, .abwaegung__scroll, .matrix__scroll, main table:has(td[data-label])')]
          .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth} px)`);
        return { charts, small, outside, truncated, overflow, minPx: smallest, scrolling };
      }, minPx);
      out.push({ path: p, ...facts });
    }
  } finally {
    await context.close();
  }
  return out;
}
