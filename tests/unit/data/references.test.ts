/**
 * Chapters' references to the data: each wrong indicator, Gebiet, dataset or year is reported at the attribute
 * value in the .mdx file (line counted from the top, frontmatter included). Fixture: tests/fixtures/data-verweise.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { checkProjectData } from '../../../src/data/check-project.ts';
import { checkChapterReferences } from '../../../src/data/references/chapter-references.ts';
import { checkChapters } from '../../../src/chapters/check.ts';
import { componentUses } from '../../../src/chapters/components.ts';
import { chapterFromSource } from '../../../src/chapters/model.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';

const paths = projectPaths(path.resolve(import.meta.dirname, '../../fixtures/data-verweise'));
const { store, problems: dataProblems } = checkData(paths);
const printed = checkChapterReferences(paths, store).map((p) => formatProblem(p).split('\n')[0]);
const FILE = 'content/bericht/01-kapitel.mdx';

describe('checkChapterReferences', () => {
  it('the fixture data itself is valid', () => {
    expect(dataProblems).toEqual([]);
  });

  it('reports exactly the wrong references, in order, at the attribute values', () => {
    expect(printed).toEqual([
      `${FILE}:7:36: fehler: <Wert indikator="qoute"> nennt einen unbekannten Indikator „qoute“.`,
      `${FILE}:7:116: fehler: Für den Indikator „quote“ im Gebiet „au“ gibt es keinen Wert für 2021 (<Wert>).`,
      `${FILE}:9:46: fehler: <Tabelle gebiete="xy"> nennt ein unbekanntes Gebiet „xy“.`,
      `${FILE}:9:57: warnung: Für den Indikator „quote“ gibt es in den Jahren 2020, 2021 keine Werte (<Tabelle>).`,
      `${FILE}:19:18: fehler: <Diagramm daten="frei/kitas"> nennt einen unbekannten Datensatz „frei/kitas“.`,
      `${FILE}:20:43: fehler: <Karte gebiete="mu"> nennt ein unbekanntes Gebiet „mu“.`,
      // the fixture has no data/geo: the map would be empty
      `${FILE}:20:1: fehler: Für die Karte des Indikators „quote“ gibt es keine Gebietsgrenzen mit Werten.`,
    ]);
  });

  it('leaves props the component does not know, and missing props, to the component schema (chapter check)', () => {
    const lines = checkChapters(paths).map((p) => formatProblem(p).split('\n')[0]);
    expect(lines).toEqual([`${FILE}:19:30: fehler: <Diagramm> kennt das Attribut „jahr“ nicht.`, `${FILE}:21:1: fehler: <Wert> ohne Angabe „gebiet“.`]);
  });

  it('suggests the likely intended id', () => {
    const all = checkChapterReferences(paths, store).map(formatProblem);
    expect(all.find((p) => p.includes('„mu“'))).toContain('Meinten Sie „mue“?');
    expect(all.find((p) => p.includes('frei/kitas'))).toContain('Meinten Sie „frei/kita“?');
  });

  it('is part of the project check', () => {
    expect(checkProjectData(paths).map((p) => p.code)).toContain('verweis-indikator-unbekannt');
  });
});

describe('componentUses', () => {
  const src = [
    '---',
    'titel: "<Wert indikator=\\"fm\\" />"',
    '---',
    '<Wert indikator="a" gebiet={"b"} jahr={2024} {...rest} fett />',
    '~~~',
    '<Wert indikator="im-zaun" />',
    '~~~',
    "<Tabelle indikator='c'",
    '  gebiete={["x", "y"]} jahre={letzte} />',
    '<Werte indikator="anderes" />',
  ].join('\n');
  const uses = componentUses(chapterFromSource('test', 'content/p/01-x.mdx', src), ['Wert', 'Tabelle']);

  it('finds uses outside frontmatter and fences, not other components with a longer name', () => {
    expect(uses.map((u) => u.component)).toEqual(['Wert', 'Tabelle']);
  });

  it('reads string, expression, list and dynamic values with their offsets', () => {
    const [wert, tabelle] = uses;
    expect(wert?.attrs.get('indikator')).toEqual({ kind: 'text', value: 'a', offset: src.indexOf('"a"') + 1 });
    expect(wert?.attrs.get('gebiet')).toEqual({ kind: 'text', value: 'b', offset: src.indexOf('"b"') + 1 });
    expect(wert?.attrs.get('jahr')).toEqual({ kind: 'number', value: 2024, offset: src.indexOf('2024}') });
    expect(wert?.attrs.get('fett')?.kind).toBe('dynamic');
    expect(tabelle?.attrs.get('gebiete')).toEqual({
      kind: 'list',
      offset: src.indexOf('["x"'),
      items: [
        { value: 'x', offset: src.indexOf('"x"') + 1 },
        { value: 'y', offset: src.indexOf('"y"') + 1 },
      ],
    });
    expect(tabelle?.attrs.get('jahre')?.kind).toBe('dynamic');
  });
});
