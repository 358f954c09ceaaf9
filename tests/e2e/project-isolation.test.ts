/**
 * Nothing cached for one project is used for another: two copies of the fixture „mini“ with a byte-identical
 * chapter but their own publication title and feedback address are built one after the other, with the tool's
 * default caches. Each project's chapter page must show its own feedback links, never the other project's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runBuild, type BuildRun } from '../helpers/run-build.ts';

const projects: string[] = [];
const runs: BuildRun[] = [];

function makeProject(titel: string, email: string): string {
  const project = copyFixture('mini');
  projects.push(project);
  const yaml = path.join(project, 'content', 'mini-bericht', 'publikation.yaml');
  const settings = fs.readFileSync(yaml, 'utf8').replace(/^titel: .*$/m, `titel: ${titel}`);
  fs.writeFileSync(yaml, `${settings}rueckmeldung: mailto:${email}\n`);
  return project;
}

const chapter = (project: string) => fs.readFileSync(path.join(project, 'dist', 'mini-bericht', 'einleitung', 'index.html'), 'utf8');

beforeAll(async () => {
  const a = makeProject('Alpha-Bericht 2026', 'alpha@musterhausen.example');
  const b = makeProject('Beta-Bericht 2026', 'beta@musterhausen.example');
  // the same chapter, byte for byte
  const rel = path.join('content', 'mini-bericht', '01-einleitung.mdx');
  expect(fs.readFileSync(path.join(a, rel))).toEqual(fs.readFileSync(path.join(b, rel)));
  runs.push(await runBuild(a));
  runs.push(await runBuild(b));
}, 240_000);

afterAll(() => {
  for (const p of projects) fs.rmSync(path.dirname(p), { recursive: true, force: true });
});

describe('two projects with a byte-identical chapter, built one after the other', () => {
  it('the second project shows its own feedback address and title in that chapter', () => {
    const [a, b] = projects as [string, string];
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const htmlA = chapter(a);
    const htmlB = chapter(b);
    expect(htmlA).toContain('mailto:alpha@musterhausen.example');
    expect(htmlB).toContain('mailto:beta@musterhausen.example');
    expect(htmlB).toContain('Beta-Bericht');
    expect(htmlB).not.toContain('alpha@musterhausen.example');
    expect(htmlB).not.toContain('Alpha-Bericht');
    expect(htmlB).not.toContain(path.dirname(a));
  });
});
