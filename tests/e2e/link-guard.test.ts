/**
 * The link guard in `npm run build`: a chapter of a copy of the fixture „mini“ (published below `/projekt/`) links
 * to a page that does not exist. The build stops after the website, names the page and the target in German, and
 * the previous dist/ keeps every byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, hashTree, runBuild } from '../helpers/run-build.ts';

let project: string;
let dist: string;
const ADDRESS = { BERICHT_ADRESSE: '/projekt/' };

beforeAll(async () => {
  project = copyFixture('mini');
  dist = path.join(project, 'dist');
  const first = await runBuild(project, ADDRESS);
  expect(first.code, first.output).toBe(0);
  expect(first.output).toMatch(/Links geprüft: [\d.]+ Verweise auf \d+ Seiten in [\d.]+ ms\./);
}, 180_000);

afterAll(() => {
  fs.rmSync(path.dirname(project), { recursive: true, force: true });
});

describe('npm run build with a broken link', () => {
  it('fails after the website, names page and target, and keeps the previous dist/', async () => {
    const before = hashTree(dist);
    const chapter = path.join(project, 'content', 'mini-bericht', '02-einkommen.mdx');
    fs.appendFileSync(chapter, '\nMehr dazu auf der [Seite zum Wohngeld](/mini-bericht/wohngeld/).\n');
    const result = await runBuild(project, ADDRESS);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('Der Link „/projekt/mini-bericht/wohngeld/“ führt zu keiner Datei der gebauten Website');
    expect(result.output).toMatch(/^Seite \/mini-bericht\/[a-z-]+\/: fehler: Der Link „\/projekt\/mini-bericht\/wohngeld\/“/m);
    expect(result.output).not.toContain('3/3 Erzeuge die PDFs');
    expect(hashTree(dist)).toEqual(before);
  }, 180_000);
});
