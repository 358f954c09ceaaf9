import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { listFassungen } from '../../../src/versions/fassungen.ts';
import { realGit } from '../../../src/versions/git.ts';
import { compareCurrent, compareWithPredecessor, loadVersions } from '../../../src/versions/overview.ts';
import { computeStamp } from '../../../src/versions/stamp.ts';
import { createTestRepo, isolatedGitEnv, type TestRepo } from '../../helpers/git-repo.ts';
import { TAG_2, twoFassungenRepo } from './scenario.ts';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function track(repo: TestRepo): TestRepo {
  cleanup.push(() => repo.cleanup());
  return repo;
}

describe('Klon ohne Versionsgeschichte (CI)', () => {
  it('sagt auf der Seite und im Build-Protokoll, dass die Geschichte fehlt und wie man sie holt – und zeigt keinen Vergleich', () => {
    const origin = track(twoFassungenRepo());
    const clone = `${origin.dir}-klon`;
    cleanup.push(() => fs.rmSync(clone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone], { env: { ...process.env, ...isolatedGitEnv() } });
    const git = realGit(clone, { env: isolatedGitEnv() });

    const { stamp, problems } = computeStamp(git);
    expect(stamp.shallow).toBe(true);
    expect(problems.map(formatProblem)).toEqual([
      'git: warnung: Die Versionsgeschichte fehlt in diesem Klon. Fassungen und Änderungen werden deshalb nicht angezeigt.\n' +
        '  → Holen Sie sie mit: git fetch --tags --unshallow (in GitHub Actions: actions/checkout mit fetch-depth: 0).',
    ]);

    const v = loadVersions(git, stamp);
    expect(v.comparable).toBe(false);
    // readers of the site get no git command; the planner has the build's warning above
    expect(v.notice).toEqual({ reader: 'Die früheren Fassungen und ihre Änderungen können auf dieser Website zurzeit nicht angezeigt werden.' });
    expect(v.problems.map((p) => p.code)).toContain('versionsgeschichte-fehlt');
    const current = compareCurrent(git, clone, v, 'bericht');
    expect(current.ok).toBe(false);
    expect(!current.ok && current.notice).toEqual(v.notice);
    expect(compareWithPredecessor(git, clone, v, 'bericht', TAG_2).ok).toBe(false);
  });

  it('sagt ohne Tags den Lesern, dass noch keine Fassung festgehalten ist (ohne npm- oder git-Befehl)', () => {
    const repo = track(createTestRepo({ 'a.txt': 'a' }));
    repo.commit('Erster', '2026-01-05T08:00:00Z');
    const v = loadVersions(repo.git, computeStamp(repo.git).stamp);
    expect(v.comparable).toBe(true);
    expect(v.notice).toEqual({ reader: 'Es ist noch keine Fassung festgehalten. Sobald es eine gibt, steht sie hier, mit dem, was sich geändert hat.' });
    const c = compareCurrent(repo.git, repo.dir, v, 'bericht');
    expect(!c.ok && c.reason).toBe('Es gibt noch keine Fassung, mit der dieser Stand verglichen werden kann.');
    // said once on the changes page, not a second time by the notice
    expect(!c.ok && c.notice).toBeUndefined();
  });
});

describe('Fassungen von Hand', () => {
  it('führt ein Tag mit unlesbarer Beschreibung als „unbekannt“ und warnt mit dem Tag-Namen', () => {
    const repo = track(createTestRepo({ 'a.txt': 'a' }));
    repo.commit('Erster', '2026-01-05T08:00:00Z');
    repo.tag('fassung-2026-01-05-entwurf', 'status: entwurf\ntitel: Erster Entwurf', '2026-01-05T09:00:00Z');
    repo.tag('fassung-2026-01-06-fertig', 'status: fertig\ntitel: Von Hand', '2026-01-06T09:00:00Z');
    repo.commit('Zweiter', '2026-01-07T08:00:00Z');
    repo.run('tag', 'fassung-2026-01-07-leicht'); // lightweight: dated by its commit
    const { fassungen, problems } = listFassungen(repo.git);
    expect(fassungen.map((f) => [f.tag, f.status, f.titel])).toEqual([
      ['fassung-2026-01-05-entwurf', 'entwurf', 'Erster Entwurf'],
      ['fassung-2026-01-06-fertig', 'unbekannt', 'Von Hand'],
      ['fassung-2026-01-07-leicht', 'unbekannt', 'Fassung ohne Beschreibung'],
    ]);
    expect(problems.map(formatProblem)[0]).toMatch(
      /^git-Tag fassung-2026-01-06-fertig: warnung: Die Beschreibung der Fassung „fassung-2026-01-06-fertig“ ist nicht lesbar: „status: fertig“ ist kein bekannter Status/,
    );
    expect(problems[1]).toMatchObject({ code: 'fassung-ohne-beschreibung', file: 'git-Tag fassung-2026-01-07-leicht' });
  });

  it('liest die Dateien einer Fassung aus git, auch wenn der Projektordner ein Unterordner des Repositorys ist', () => {
    const repo = track(createTestRepo({ 'projekt/content/b/01-a.mdx': '---\ntitel: A\n---\nAlt.\n', 'README.md': 'x' }));
    repo.commit('Erster', '2026-01-05T08:00:00Z');
    repo.tag('fassung-2026-01-05-entwurf', 'status: entwurf\ntitel: Entwurf', '2026-01-05T09:00:00Z');
    repo.write('projekt/content/b/01-a.mdx', '---\ntitel: A\n---\nNeu.\n');
    const dir = path.join(repo.dir, 'projekt');
    const git = realGit(dir, { env: isolatedGitEnv() });
    const v = loadVersions(git, computeStamp(git).stamp);
    const c = compareCurrent(git, dir, v, 'b');
    expect(c.ok && c.changes.chapters[0]!.text!.changes).toEqual([{ kind: 'text', alt: 'Alt', neu: 'Neu', abschnitt: null }]);
    expect(v.stamp.dirty).toBe(true);
  });
});
