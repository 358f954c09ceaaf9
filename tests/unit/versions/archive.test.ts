/**
 * The Fassungen archive with a stand-in for the build (it writes the chapter text of the tree it is given as the
 * "PDF"): each tag is built once from its own tree, failures are kept until the tool changes, the PDFs land at
 * fassungen/<tag>/, and no worktree is left behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/log.ts';
import { projectPaths } from '../../../src/project.ts';
import { buildArchive, copyArchive, type BuildProject } from '../../../src/versions/archive.ts';
import { listFassungen } from '../../../src/versions/fassungen.ts';
import type { TestRepo } from '../../helpers/git-repo.ts';
import { TAG_1, TAG_2, twoFassungenRepo } from './scenario.ts';

let repo: TestRepo;
let work: string;
const calls: string[] = [];

/** Writes the tree's first chapter as `bericht/bericht.pdf`; fails for trees whose chapter contains `failFor`. */
const fakeBuild = (failFor?: string): BuildProject => async (project, out) => {
  const text = fs.readFileSync(path.join(project, 'content/bericht/01-einleitung.mdx'), 'utf8');
  calls.push(text.includes('leicht gestiegen') ? TAG_1 : TAG_2);
  if (failFor && text.includes(failFor)) throw new Error('content/bericht/01-einleitung.mdx:3:1: fehler: Baustein unbekannt\n    at build (x.ts:1:1)');
  fs.mkdirSync(path.join(out, 'bericht'), { recursive: true });
  fs.writeFileSync(path.join(out, 'bericht', 'bericht.pdf'), text);
};

const run = (build: BuildProject, toolVersion = '1.0.0', logger = memoryLogger()) =>
  buildArchive({ paths: projectPaths(repo.dir), git: repo.git, logger, toolVersion, build, workDir: work });

beforeEach(() => {
  repo = twoFassungenRepo();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-archiv-arbeit-'));
  calls.length = 0;
});

afterEach(() => {
  repo.cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('buildArchive', () => {
  it('builds every Fassung once, each from its own tree, and the next time takes them from the cache', async () => {
    const first = await run(fakeBuild());
    expect(first).toMatchObject({ fassungen: 2, built: 2, cached: 0, failed: [] });
    expect(calls).toEqual([TAG_1, TAG_2]);

    const second = await run(fakeBuild());
    expect(second).toMatchObject({ fassungen: 2, built: 0, cached: 2, failed: [] });
    expect(calls).toEqual([TAG_1, TAG_2]);

    const out = path.join(work, 'dist');
    expect(copyArchive(repo.dir, listFassungen(repo.git).fassungen, out)).toBe(2);
    expect(fs.readFileSync(path.join(out, 'fassungen', TAG_1, 'bericht.pdf'), 'utf8')).toContain('Die Armutsquote ist seit 2020 leicht gestiegen.');
    expect(fs.readFileSync(path.join(out, 'fassungen', TAG_2, 'bericht.pdf'), 'utf8')).toContain('Die Armutsquote ist seit 2020 deutlich gesunken.');
  });

  it('goes on when a Fassung fails, names the reason, and tries again only after an update of the tool', async () => {
    const logger = memoryLogger();
    const first = await run(fakeBuild('leicht gestiegen'), '1.0.0', logger);
    expect(first).toMatchObject({ built: 1, failed: [TAG_1] });
    const warning = logger.lines.find((l) => l.includes('archiv-fassung-baut-nicht') || l.includes(`git-Tag ${TAG_1}: warnung`));
    expect(warning).toContain(`git-Tag ${TAG_1}: warnung: Die PDFs der Fassung ${TAG_1} konnten`);
    expect(warning).toContain('content/bericht/01-einleitung.mdx:3:1: fehler: Baustein unbekannt');
    expect(warning).not.toContain('at build');

    calls.length = 0;
    expect(await run(fakeBuild(), '1.0.0')).toMatchObject({ built: 0, cached: 2, failed: [TAG_1] });
    expect(calls).toEqual([]);
    expect(await run(fakeBuild(), '1.1.0')).toMatchObject({ built: 1, cached: 1, failed: [] });
    expect(calls).toEqual([TAG_1]);
  });

  it('leaves no worktree and no temporary folder behind', async () => {
    await run(fakeBuild('deutlich gesunken'));
    expect(repo.run('worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(fs.readdirSync(work)).toEqual([]);
  });

  it('does nothing outside a git repository', async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-ohne-git-'));
    try {
      const { realGit } = await import('../../../src/versions/git.ts');
      const s = await buildArchive({ paths: projectPaths(plain), git: realGit(plain), logger: memoryLogger(), toolVersion: '1', build: fakeBuild(), workDir: work });
      expect(s).toMatchObject({ fassungen: 0, built: 0 });
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
