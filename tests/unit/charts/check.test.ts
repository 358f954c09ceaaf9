/** `npm run check` names a bad free spec at its `<Diagramm` (src/charts/check.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { projectPaths } from '../../../src/project.ts';

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'mini');
let tmp: string;
let problems: string[];
/** The number of the chapter's last line, where the third chart stands. */
let last: number;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'freie-diagramme-'));
  fs.cpSync(FIXTURE, tmp, { recursive: true });
  fs.mkdirSync(path.join(tmp, 'data', 'frei'));
  fs.writeFileSync(path.join(tmp, 'data', 'frei', 'faelle.csv'), 'jahr,faelle\n2023,12\n2024,15\n');
  const chapter = path.join(tmp, 'content', 'mini-bericht', '03-wohnen.mdx');
  const lines = fs.readFileSync(chapter, 'utf8').replace(/\n$/, '').split('\n');
  lines.push(
    '',
    '<Diagramm daten="frei/faelle" titel="Gut" spec={{ mark: "bar", encoding: { x: { field: "jahr", type: "ordinal" }, y: { field: "faelle", type: "quantitative" } } }} />',
    '',
    '  <Diagramm daten="frei/faelle" titel="Link" spec={{ mark: "bar", encoding: { x: { field: "jahr" }, href: { field: "jahr" } } }} />',
    '',
    `<Diagramm daten="frei/faelle" titel="Feld" spec={{ mark: 'line', encoding: { y: { field: "Faelle" } }, }} />`,
  );
  fs.writeFileSync(chapter, `${lines.join('\n')}\n`);
  last = lines.length;
  problems = (await checkProject(projectPaths(tmp))).filter((p) => p.code.startsWith('diagramm-')).map(formatProblem);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('check of free charts', () => {
  it('reports a link and an unknown field at file:line:column of the <Diagramm, and nothing for the good one', () => {
    expect(problems.map((p) => p.split('\n')[0])).toEqual([
      `content/mini-bericht/03-wohnen.mdx:${last - 2}:3: fehler: Die Diagrammbeschreibung (spec) enthält „encoding.href“: Verknüpfungen (href) in Diagrammen sind nicht erlaubt.`,
      `content/mini-bericht/03-wohnen.mdx:${last}:1: fehler: Das Feld „Faelle“ ist keine Spalte der Datentabelle „frei/faelle“.`,
    ]);
  });
});
