import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterFromSource } from '../../../src/chapters/model.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { loadPublications } from '../../../src/publication/load.ts';
import { bibliographyEntry, citeText, readBibliography } from '../../../src/references/bibliography.ts';
import { checkReferences } from '../../../src/references/check.ts';
import { itemLabel, numberPublication, propsSignature } from '../../../src/references/figure-numbers.ts';

describe('numberPublication', () => {
  const chapters = [
    { slug: 'a', file: 'content/p/01-a.mdx', text: '---\ntitel: A\n---\n<Diagramm indikator="x" />\n\n```\n<Tabelle indikator="code" />\n```\n<Tabelle indikator="x" jahre={2024} />' },
    { slug: 'b', file: 'content/p/02-b.mdx', text: '<Karte indikator="x" marke="karte-x" />\n<Diagramm daten="frei/y" titel="Y" spec={{ mark: "bar" }} />' },
  ];
  const items = numberPublication(chapters.map((c) => ({ slug: c.slug, model: chapterFromSource('test', c.file, c.text) })));

  it('numbers Abbildungen (charts and maps) and Tabellen per publication, in chapter and source order', () => {
    expect(items.map((i) => `${itemLabel(i)} ${i.chapterSlug}${i.marke ? ` ${i.marke}` : ''}`)).toEqual([
      'Abbildung 1 a',
      'Tabelle 1 a',
      'Abbildung 2 b karte-x',
      'Abbildung 3 b',
    ]);
  });

  it('finds a rendered component by the same signature as its source', () => {
    expect(propsSignature('Tabelle', { indikator: 'x', jahre: 2024 })).toBe(items[1]!.signature);
    expect(propsSignature('Diagramm', { daten: 'frei/y', titel: 'Y', spec: { mark: 'bar' } })).toBe(items[3]!.signature);
  });
});

describe('bibliography', () => {
  const { items } = readBibliography(
    JSON.stringify([
      { id: 'kgst2016', author: [{ literal: 'KGSt' }], issued: { 'date-parts': [[2016]] }, title: 'Sozialplanung', publisher: 'KGSt', 'publisher-place': 'Köln' },
      { id: 'drei', author: [{ family: 'A' }, { family: 'B' }, { family: 'C' }], title: 'Ohne Jahr' },
      { id: 'hrsg', editor: [{ family: 'Meier', given: 'Eva' }], issued: { 'date-parts': [[2020, 5]] }, title: 'Handbuch', URL: 'https://example.org/' },
    ]),
  );

  it('cites author-year in German', () => {
    expect(citeText(items.get('kgst2016')!, 51)).toBe('KGSt 2016, S. 51');
    expect(citeText(items.get('drei')!)).toBe('A u. a. o. J.');
    expect(citeText(items.get('hrsg')!, '3–5')).toBe('Meier 2020, S. 3–5');
  });

  it('writes entries of the Literaturverzeichnis', () => {
    expect(bibliographyEntry(items.get('kgst2016')!)).toEqual({ text: 'KGSt (2016): Sozialplanung. Köln: KGSt.' });
    expect(bibliographyEntry(items.get('hrsg')!)).toEqual({ text: 'Meier, Eva (Hrsg.) (2020): Handbuch.', url: 'https://example.org/' });
  });

  it('locates JSON syntax errors', () => {
    expect(readBibliography('[\n  { "id": "x",, }\n]').error).toMatchObject({ line: 2 });
  });
});

describe('checkReferences', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-verweise-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('content/p/publikation.yaml', 'titel: P\nkreis: K\ndatum: 2026-01-01\nlogo: fehlt.svg\n');
  write('content/p/01-a.mdx', '---\ntitel: A\n---\n\nSiehe <Verweis ziel="karte-y" />, <Zitat quelle="kgst2061" /> und <Begriff>Wohngelt</Begriff>.\n\n<Karte indikator="x" marke="karte-x" />\n<Tabelle indikator="x" marke="karte-x" />\n');
  write('content/literatur.json', JSON.stringify([{ id: 'kgst2016', title: 'T' }]));
  write('content/glossar.yaml', '- begriff: Wohngeld\n  erklaerung: Zuschuss.\n');

  it('reports unknown targets, sources and terms and duplicate marks at file:line:column', () => {
    const paths = projectPaths(root);
    const problems = checkReferences(paths, loadPublications(paths).publications).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/p\/01-a\.mdx:8:31: fehler: Die Marke „karte-x“ ist in dieser Publikation schon vergeben/),
      expect.stringMatching(/^content\/p\/01-a\.mdx:5:22: fehler: <Verweis ziel="karte-y" \/>: keine Abbildung .*\n  → Meinten Sie „karte-x“\?/),
      expect.stringMatching(/^content\/p\/01-a\.mdx:5:50: fehler: <Zitat quelle="kgst2061" \/>: die Quelle „kgst2061“ steht nicht in content\/literatur\.json\.\n  → Meinten Sie „kgst2016“\?/),
      expect.stringMatching(/^content\/p\/01-a\.mdx:5:76: fehler: <Begriff>: „Wohngelt“ steht nicht im Glossar content\/glossar\.yaml\.\n  → Meinten Sie „Wohngeld“\?/),
      expect.stringMatching(/^content\/p\/publikation\.yaml:4:7: fehler: Das Logo „fehlt\.svg“ wurde im Ordner der Publikation nicht gefunden/),
    ]);
  });
});
