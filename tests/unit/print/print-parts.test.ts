import { describe, expect, it } from 'vitest';
import { estimatePages, planParts } from '../../../src/print/print-parts.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `Wort${i}`).join(' ');
const section = (chars: number, charts = 0) =>
  `<section class="kapitel" data-druckteil><p>${words(Math.round(chars / 6))}</p>${'<figure><svg viewBox="0 0 10 10"><text>Achse 2024</text></svg></figure>'.repeat(charts)}</section>`;
const page = (front: string, sections: string[]) => `<!doctype html><html><body>${front}${sections.join('')}</body></html>`;

describe('planParts', () => {
  it('keeps a short publication in one part', () => {
    const html = page('<nav>Inhalt</nav>', [section(20_000), section(20_000)]);
    expect(planParts(html, 2).parts).toEqual([{ from: 0, to: 2 }]);
  });

  it('splits a long publication at a section, the first part (with the front matter) a little shorter', () => {
    const sections = [section(40_000), section(60_000), section(50_000), section(30_000), section(70_000), section(50_000)];
    const plan = planParts(page('<nav>Inhalt</nav>', sections), 2);
    expect(plan.parts).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 6 },
    ]);
    expect(plan.pages).toBeGreaterThan(90);
  });

  it('counts charts by the room they take, not by the text inside them', () => {
    const chart = estimatePages(section(0, 1)) - estimatePages(section(0, 0));
    expect(chart).toBeCloseTo(0.45, 2);
    // three charts weigh like about 4,300 characters of text
    const plan = planParts(page('', [section(60_000), section(0, 120), section(60_000)]), 3);
    expect(plan.parts.map((p) => p.to - p.from)).toEqual([1, 1, 1]);
  });

  it('never gives a part fewer sections than one, nor more parts than asked or than sections', () => {
    const plan = planParts(page('', [section(200_000), section(1_000)]), 4, 1);
    expect(plan.parts).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
    expect(planParts(page('', [section(200_000), section(200_000)]), 1).parts).toEqual([{ from: 0, to: 2 }]);
  });
});
