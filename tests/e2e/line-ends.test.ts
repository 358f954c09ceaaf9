/**
 * The text layer's last step before printing (src/print/line-ends.ts), in real Chromium on small pages: soft hyphens
 * out, a hyphen and a kept space where lines end — and not one line moved.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../../src/print/browser.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { settleLineEnds } from '../../src/print/line-ends.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const choice = await chooseBrowser({ env: process.env });
  browser = await launchBrowser(choice.executablePath, choice.env);
  page = await browser.newPage();
});

afterAll(async () => browser?.close());

const S = '\u00AD';
const TEXT = `Die Be${S}völ${S}ke${S}rungs${S}zahl der Ein${S}woh${S}ne${S}rin${S}nen und Ein${S}woh${S}ner im Land${S}kreis Hain${S}wald ist seit Jah${S}ren rück${S}läu${S}fig, wäh${S}rend die Zahl der Ärz${S}tin${S}nen und Ärz${S}te gleich bleibt.`;

/** Per paragraph: its height, and the letters of each line (read from the boxes of the letters, in the page). */
function lineLetters(): { height: number; lines: string[] }[] {
  return Array.from(document.querySelectorAll('.pagedjs_pages p')).map((p) => {
    const lines = new Map<number, string>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      for (let i = 0; i < t.data.length; i++) {
        if (!/\p{L}/u.test(t.data[i]!)) continue;
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        const rects = range.getClientRects();
        const top = Math.round(rects[rects.length - 1]!.top);
        lines.set(top, (lines.get(top) ?? '') + t.data[i]);
      }
    }
    return { height: p.getBoundingClientRect().height, lines: [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l) };
  });
}

async function settle(html: string) {
  await page.setContent(`<!doctype html><html lang="de"><body><div class="pagedjs_pages">${html}</div></body></html>`);
  const before = await page.evaluate(lineLetters);
  const counts = await page.evaluate(settleLineEnds, '.pagedjs_pages');
  const after = await page.evaluate(lineLetters);
  const texts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.pagedjs_pages p, .pagedjs_pages td')).map((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith('\n');
      return clone.textContent ?? '';
    }),
  );
  return { before, after, counts, texts };
}

describe('settleLineEnds', () => {
  it('keeps every line, takes out the soft hyphens and sets a hyphen where a word breaks', async () => {
    const { before, after, counts, texts } = await settle(`<p style="width: 11em; font: 16px serif">${TEXT}</p>`);
    expect(after).toEqual(before);
    expect(before[0]!.lines.length).toBeGreaterThan(4);
    const text = texts[0]!;
    expect(text).not.toContain(S);
    const lines = text.split('\n');
    expect(lines.length).toBe(before[0]!.lines.length);
    // each line as drawn: its letters are those the boxes showed before
    expect(lines.map((l) => l.replace(/[^\p{L}]/gu, ''))).toEqual(before[0]!.lines);
    // a line ends with a space between words, or with a hyphen inside a word
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/(\p{L}-| )$/u);
    const broken = lines.filter((l) => l.endsWith('-')).length;
    expect(counts.hyphens).toBe(broken);
    expect(counts.spaces).toBe(lines.length - 1 - broken);
    // and the words are whole again where no line breaks
    expect(text.replace(/-\n/g, '').replace(/\n/g, '')).toBe(TEXT.replaceAll(S, ''));
  });

  it('keeps the columns of a table whose cells lose their soft hyphens', async () => {
    const cell = (t: string) => `<td style="border: 1px solid">${t}</td>`;
    const table = `<table style="width: 20em; font: 16px serif"><tr>${cell(`Ge${S}sund${S}heits${S}ver${S}sor${S}gung`)}${cell(TEXT)}</tr></table>`;
    await page.setContent(`<!doctype html><html lang="de"><body><div class="pagedjs_pages">${table}</div></body></html>`);
    const widths = () => Array.from(document.querySelectorAll('td')).map((c) => c.getBoundingClientRect().width);
    const before = await page.evaluate(widths);
    await page.evaluate(settleLineEnds, '.pagedjs_pages');
    expect(await page.evaluate(widths)).toEqual(before);
  });

  it('gives text that meets at a forced line break or between boxes a space to read', async () => {
    const { texts } = await settle(
      '<p>Sozialplanung<br>Am Markt 1</p><p style="display: flex"><span>1</span><span>Einleitung</span></p>',
    );
    expect(texts[0]).toBe('Sozialplanung \nAm Markt 1');
    expect(texts[1]).toBe('1 Einleitung');
  });
});
