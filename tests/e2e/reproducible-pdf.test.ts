/**
 * A Fassung's PDF is reproducible: the fixture „mini“ built twice (two Astro builds, two print runs), the first time
 * each publication laid out in one tab, the second time in parallel parts. Both runs must give the same pages with
 * the same text and the same bytes. The adopted „mini-beschluss“ (status beschlossen, datum 2026-12-10, Drucksache
 * DS 2026/123 in its publikation.yaml) carries its date as /CreationDate and /ModDate; „mini-bericht“ (three
 * chapters, footnotes, datum 2026-11-02) is the one long enough to be laid out in parts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { renderPdfs, type PdfResult } from '../../src/print/index.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf-text.ts';

/** What the pipeline passes from the fixture's publikation.yaml files (copied by hand). */
const PUBLICATIONS = [
  { slug: 'mini-beschluss', settings: { titel: 'Mini-Strategie 2026', datum: '2026-12-10', beschlussvorlage: { drucksache: 'DS 2026/123' } } },
  { slug: 'mini-bericht', settings: { titel: 'Mini-Bericht 2026', datum: '2026-11-02' } },
];

interface Run {
  results: PdfResult[];
  files: Record<string, string>;
  facts: Record<string, PdfFacts>;
}

describe('PDFs of the same Fassung built twice', () => {
  const builds: BuiltFixture[] = [];
  const runs: Run[] = [];

  beforeAll(async () => {
    for (const parts of [1, 3]) {
      const built = await buildFixture('mini');
      builds.push(built);
      const results = await renderPdfs({ distDir: built.dist, publications: PUBLICATIONS, logger: memoryLogger(), parts, minPagesPerPart: 1 });
      const run: Run = { results, files: {}, facts: {} };
      for (const { slug } of PUBLICATIONS) {
        run.files[slug] = path.join(built.dist, slug, `${slug}.pdf`);
        run.facts[slug] = await readPdf(run.files[slug]);
      }
      runs.push(run);
    }
  }, 300_000);

  afterAll(() => builds.forEach((b) => b.cleanup()));

  it('lays the report out in one tab the first time and in parts the second', () => {
    const partsOf = (run: Run) => run.results.find((r) => r.slug === 'mini-bericht')!.parts;
    expect(partsOf(runs[0]!)).toBe(1);
    expect(partsOf(runs[1]!)).toBeGreaterThan(1);
  });

  it.each(PUBLICATIONS.map((p) => p.slug))('%s: same page count, same text on every page', (slug) => {
    const [a, b] = runs.map((r) => r.facts[slug]!) as [PdfFacts, PdfFacts];
    expect(a.pages.length).toBeGreaterThan(3);
    expect(b.pages.length).toBe(a.pages.length);
    a.pages.forEach((text, i) => expect(b.pages[i], `Seite ${i + 1}`).toBe(text));
    a.sideTexts.forEach((texts, i) => expect(b.sideTexts[i], `Seite ${i + 1}`).toEqual(texts));
  });

  it("carries the Fassung's date as creation and modification date and shows no commit hash", () => {
    for (const run of runs) {
      expect(run.facts['mini-beschluss']!.info['CreationDate']).toBe('D:20261210000000Z');
      expect(run.facts['mini-beschluss']!.info['ModDate']).toBe('D:20261210000000Z');
      expect(run.facts['mini-bericht']!.info['CreationDate']).toBe('D:20261102000000Z');
      for (const f of Object.values(run.facts)) expect(f.pages.join('\n') + f.sideTexts.flat().join('\n')).not.toMatch(/\b[0-9a-f]{7}\b/);
    }
    const adopted = fs.readFileSync(runs[0]!.files['mini-beschluss']!, 'latin1');
    expect(adopted).toContain('<xmp:CreateDate>2026-12-10T00:00:00Z</xmp:CreateDate>');
    expect(adopted).toContain('<dc:identifier>DS 2026/123</dc:identifier>');
  });

  it.each(PUBLICATIONS.map((p) => p.slug))('%s: the same file, byte for byte', (slug) => {
    const [a, b] = runs.map((r) => fs.readFileSync(r.files[slug]!));
    expect(b!.length).toBe(a!.length);
    expect(b!.equals(a!)).toBe(true);
  });
});
