/**
 * Link targets planners write: `javascript:`, `data:` and their disguised forms fail `npm run check` at the exact
 * file:line:column of the target, from every source (MDX link, image, link definition, `href` of an element, CSL-JSON
 * `URL`, website.yaml, publikation.yaml `webadresse` and `rueckmeldung`); web, e-mail, telephone, same-site and
 * anchor links pass. Positions are counted by hand in the texts below.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { checkProject } from '../../../src/pipeline.ts';
import { projectPaths } from '../../../src/project.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DEMO_WEBSITE = fs.readFileSync(path.join(ROOT, 'content', 'website.yaml'), 'utf8');

const CHAPTER = [
  '---',
  'titel: A',
  '---',
  '',
  'Ein [Link](javascript:alert(1)) und ![Bild](data:image/svg+xml;base64,AA).',
  '',
  '<a href="JaVaScRiPt:alert(1)">x</a> <a href={" java\\tscript:x"}>y</a>',
  '',
  '[ref]: &#106;avascript:alert(1)',
  '',
  'Gut: [w](https://example.org/) [m](mailto:a@b.example) [t](tel:+49301234) [r](../b/) [a](#anker) [p](//cdn.example/x) <a href="/pfad/">z</a> [Ü](HTTPS://example.org/Ä)',
  '',
  '<script>{"document.title = 1"}</script>',
  '',
].join('\n');

const GOOD_CHAPTER = '---\ntitel: B\n---\n\n## Anker\n\nSiehe [oben](#anker), [Amt](https://www.amt.example/) und <a href="mailto:x@y.example">Post</a>.\n';

const BIBLIOGRAPHY = [
  '[',
  '  { "id": "a", "title": "T", "URL": "data:text/html,<script>alert(1)</script>" },',
  '  { "id": "b", "title": "U", "URL": "https://example.org/" },',
  '  { "id": "c", "title": "V", "URL": "\\u0009javascript:alert(1)" }',
  ']',
  '',
].join('\n');

describe('npm run check: link targets', () => {
  let dir: string;
  let lines: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('content/a/publikation.yaml', 'titel: A\nkreis: K\ndatum: 2026-01-01\nrueckmeldung: " JaVaScRiPt:alert(1)"\n');
    write('content/a/01-a.mdx', CHAPTER);
    write('content/a/literatur.json', BIBLIOGRAPHY);
    write('content/b/publikation.yaml', 'titel: B\nkreis: K\ndatum: 2026-01-01\nwebadresse: "java\\tscript:alert(1)"\n');
    write('content/b/01-b.mdx', GOOD_CHAPTER);
    write('content/c/publikation.yaml', 'titel: C\nkreis: K\ndatum: 2026-01-01\nrueckmeldung: https://beteiligung.example/form?a={anker}\nwebadresse: https://sozialplanung.example\n');
    write('content/c/01-c.mdx', GOOD_CHAPTER);
    write('content/website.yaml', DEMO_WEBSITE.replace('    webseite: https://www.hainwald.example/', '    webseite: "data:text/html,x"'));
    lines = (await checkProject(projectPaths(dir))).filter((p) => p.severity === 'fehler').map(formatProblem);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const at = (where: string) => lines.filter((l) => l.startsWith(`${where}: `));

  it('a Markdown link and an image, at their targets', () => {
    expect(at('content/a/01-a.mdx:5:12')).toEqual([expect.stringMatching(/Markdown-Link: Das Linkziel „javascript:alert\(1\)“ beginnt mit „javascript:“/)]);
    expect(at('content/a/01-a.mdx:5:45')).toEqual([expect.stringMatching(/Bild: Das Linkziel „data:image\/svg\+xml;base64,AA“ beginnt mit „data:“/)]);
  });

  it('href of elements, in mixed case and with a tab and a leading space', () => {
    expect(at('content/a/01-a.mdx:7:10')).toEqual([expect.stringMatching(/href von <a>: Das Linkziel „JaVaScRiPt:alert\(1\)“ beginnt mit „javascript:“/)]);
    expect(at('content/a/01-a.mdx:7:47')).toEqual([expect.stringMatching(/href von <a>: Das Linkziel „ java\\tscript:x“ beginnt mit „javascript:“/)]);
  });

  it('a link definition written with a character reference', () => {
    expect(at('content/a/01-a.mdx:9:8')).toEqual([expect.stringMatching(/Linkdefinition: Das Linkziel „javascript:alert\(1\)“ beginnt mit „javascript:“/)]);
  });

  it('an inline script', () => {
    expect(at('content/a/01-a.mdx:13:1')).toEqual([expect.stringMatching(/<script> in einem Kapitel: Kapitel dürfen keinen Programmcode/)]);
  });

  it('nothing else in the chapter: web, e-mail, telephone, same-site, protocol-relative and anchor links pass', () => {
    // five forbidden targets and the <script>; its `{"…"}` content is a seventh problem (an expression in text, chapters/content-only.ts)
    expect(lines.filter((l) => l.startsWith('content/a/01-a.mdx')).length).toBe(7);
    expect(lines.filter((l) => l.startsWith('content/a/01-a.mdx:11:'))).toEqual([]);
    expect(lines.filter((l) => /content\/[bc]\/01-/.test(l))).toEqual([]);
  });

  it('the URL field of literatur.json, also with an escaped tab', () => {
    expect(at('content/a/literatur.json:2:38')).toEqual([expect.stringMatching(/Feld „URL“ im Literaturverzeichnis: Das Linkziel „data:text\/html,<script>alert\(1\)<\/script>“ beginnt mit „data:“/)]);
    expect(at('content/a/literatur.json:4:38')).toEqual([expect.stringMatching(/Das Linkziel „\\tjavascript:alert\(1\)“ beginnt mit „javascript:“/)]);
    expect(lines.filter((l) => l.startsWith('content/a/literatur.json:3:'))).toEqual([]);
  });

  it('publikation.yaml: rueckmeldung and webadresse', () => {
    expect(at('content/a/publikation.yaml:4:15')).toEqual([expect.stringMatching(/„ JaVaScRiPt:alert\(1\)“ ist kein Rückmeldeweg/)]);
    expect(at('content/b/publikation.yaml:4:13')).toEqual([expect.stringMatching(/„webadresse“ hat den Wert „java\tscript:alert\(1\)“, das ist keine Web-Adresse mit https:\/\/ oder http:\/\//)]);
    expect(lines.filter((l) => l.startsWith('content/c/'))).toEqual([]);
  });

  it('website.yaml: the web address of the Impressum', () => {
    const line = DEMO_WEBSITE.split('\n').findIndex((l) => l === '    webseite: https://www.hainwald.example/') + 1;
    expect(line).toBeGreaterThan(0);
    expect(at(`content/website.yaml:${line}:15`)).toEqual([
      expect.stringMatching(/„impressum → kontakt → webseite“ hat den Wert „data:text\/html,x“, das ist keine Web-Adresse mit https:\/\/ oder http:\/\//),
    ]);
  });
});
