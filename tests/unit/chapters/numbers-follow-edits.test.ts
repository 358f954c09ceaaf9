/**
 * Under the dev server a planner adds a figure to a chapter and saves: the numbers of the figures after it, and the
 * glossary terms used, follow without a restart (src/references/freshness.ts). Before, the numbering of the first
 * page view stayed for the life of the process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Publication } from '../../../src/publication/index.ts';
import { publicationItems } from '../../../src/references/registry.ts';
import { publicationMarks } from '../../../src/references/sources.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-nummern-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const dir = path.join(root, 'content', 'bericht');
fs.mkdirSync(dir, { recursive: true });
const first = path.join(dir, '01-a.mdx');
const second = path.join(dir, '02-b.mdx');
fs.writeFileSync(first, '# A\n\n<Diagramm indikator="quote" marke="quote-a" />\n');
fs.writeFileSync(second, '# B\n\n<Tabelle indikator="quote" />\n\n<Diagramm indikator="miete" marke="miete-b" />\n');
const publication = { slug: 'bericht', chapters: [{ slug: 'a', file: path.relative(root, first) }, { slug: 'b', file: path.relative(root, second) }] } as unknown as Publication;

describe('numbers and marks after a chapter is saved', () => {
  it('numbers a figure added in the first chapter and moves the later one to 2', () => {
    const before = publicationItems(publication, root).filter((i) => i.kind === 'abbildung').map((i) => [i.marke, i.number]);
    expect(before).toEqual([['quote-a', 1], ['miete-b', 2]]);

    fs.writeFileSync(first, '# A\n\n<Diagramm indikator="alo" marke="neu" />\n\n<Diagramm indikator="quote" marke="quote-a" />\n');
    const t = new Date(Date.now() + 2000);
    fs.utimesSync(first, t, t); // a save a moment later
    const after = publicationItems(publication, root).filter((i) => i.kind === 'abbildung').map((i) => [i.marke, i.number]);
    expect(after).toEqual([['neu', 1], ['quote-a', 2], ['miete-b', 3]]);
  });

  it('finds a glossary term written into a chapter after the first read', () => {
    expect(publicationMarks(publication, root).filter((m) => m.kind === 'begriff')).toEqual([]);
    fs.appendFileSync(second, '\nDie <Begriff>Bedarfsgemeinschaft</Begriff> zählt.\n');
    const t = new Date(Date.now() + 4000);
    fs.utimesSync(second, t, t);
    expect(publicationMarks(publication, root).filter((m) => m.kind === 'begriff').map((m) => m.key)).toEqual(['Bedarfsgemeinschaft']);
  });
});
