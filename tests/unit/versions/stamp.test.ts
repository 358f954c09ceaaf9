import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { GitError, type Git } from '../../../src/versions/git.ts';
import { computeStamp, versionId, versionText } from '../../../src/versions/stamp.ts';
import { createTestRepo, type TestRepo } from '../../helpers/git-repo.ts';

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repoWithFassung(): TestRepo {
  const repo = createTestRepo({ 'content/b/01-a.mdx': '---\ntitel: A\n---\nText.\n' });
  repos.push(repo);
  repo.commit('Erster Stand', '2026-11-02T10:00:00+01:00');
  repo.tag('fassung-2026-11-02-fachoeffentlich', 'status: fachoeffentlich\ntitel: Entwurf zur fachöffentlichen Diskussion', '2026-11-02T11:00:00+01:00');
  return repo;
}

describe('Versionsangabe aus git', () => {
  it('nennt die Fassung, wenn der Stand genau diese Fassung ist', () => {
    const repo = repoWithFassung();
    const { stamp, problems } = computeStamp(repo.git);
    expect(problems).toEqual([]);
    expect(stamp).toMatchObject({
      label: 'fassung-2026-11-02-fachoeffentlich',
      tag: 'fassung-2026-11-02-fachoeffentlich',
      commitsSince: 0,
      dirty: false,
      date: '2026-11-02T10:00:00+01:00',
      status: 'fachoeffentlich',
      titel: 'Entwurf zur fachöffentlichen Diskussion',
    });
    // what readers see in the footer: the Fassung's number and title, never the tag or a hash
    expect(stamp.fassungNr).toBe(1);
    expect(versionText(stamp)).toBe('Fassung 1 (Entwurf zur fachöffentlichen Diskussion) vom 2. November 2026');
  });

  it('zählt die Commits nach der Fassung (im Kennzeichen) und nennt den Lesern den Arbeitsstand', () => {
    const repo = repoWithFassung();
    repo.write('content/b/01-a.mdx', '---\ntitel: A\n---\nText, geändert.\n');
    repo.commit('Zweiter', '2026-11-20T09:00:00+01:00');
    repo.write('content/b/02-b.mdx', '---\ntitel: B\n---\n');
    repo.commit('Dritter', '2026-11-22T09:00:00+01:00');
    const hash = repo.commit('Vierter', '2026-11-24T23:30:00+01:00').slice(0, 7);
    const { stamp } = computeStamp(repo.git);
    expect(stamp.label).toBe(`fassung-2026-11-02-fachoeffentlich+3.${hash}`);
    expect(stamp.commitsSince).toBe(3);
    expect(stamp.status).toBeUndefined();
    expect(versionText(stamp)).toBe('Arbeitsstand vom 24. November 2026, nach Fassung 1');
    expect(versionText(stamp)).not.toContain(hash);
  });

  it('zählt die Fassungen: die zweite Fassung heißt „Fassung 2“', () => {
    const repo = repoWithFassung();
    repo.write('content/b/01-a.mdx', '---\ntitel: A\n---\nText für den Kreistag.\n');
    repo.commit('Für die Beschlussvorlage', '2026-12-01T09:00:00+01:00');
    repo.tag('fassung-2026-12-01-beschlussvorlage', 'status: beschlussvorlage\ntitel: Beschlussvorlage', '2026-12-01T10:00:00+01:00');
    const { stamp } = computeStamp(repo.git);
    expect(versionText(stamp)).toBe('Fassung 2 (Beschlussvorlage) vom 1. Dezember 2026');
  });

  it('markiert ungespeicherte Änderungen, auch neue Dateien, als „geändert“', () => {
    const repo = repoWithFassung();
    repo.write('content/b/02-neu.mdx', '---\ntitel: Neu\n---\n');
    const { stamp } = computeStamp(repo.git);
    expect(stamp.dirty).toBe(true);
    expect(versionText(stamp)).toBe('Arbeitsstand vom 2. November 2026, nach Fassung 1 (lokal geändert)');
    expect(versionId(stamp)).toBe('fassung-2026-11-02-fachoeffentlich+geändert');
  });

  it('nimmt ohne Fassung den Kurz-Hash als Kennzeichen, den Lesern das Datum', () => {
    const repo = createTestRepo({ 'a.txt': 'a' });
    repos.push(repo);
    const hash = repo.commit('Erster', '2026-01-05T08:00:00Z').slice(0, 7);
    const { stamp } = computeStamp(repo.git);
    expect(stamp).toMatchObject({ label: hash, tag: null, commitsSince: 0 });
    expect(versionText(stamp)).toBe('Arbeitsstand vom 5. Januar 2026');
  });

  it('meldet „ohne Versionsangabe“ und eine Warnung, wenn git fehlt – ohne Absturz', () => {
    const noGit: Git = {
      run: () => {
        throw new GitError('fehlt', 'git ist nicht installiert.');
      },
      bytes: () => {
        throw new GitError('fehlt', 'git ist nicht installiert.');
      },
    };
    const { stamp, problems } = computeStamp(noGit);
    expect(versionText(stamp)).toBe('ohne Versionsangabe');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^git: warnung: git ist nicht installiert; dieser Stand erhält deshalb keine Versionsangabe/),
    ]);
  });

  it('meldet „ohne Versionsangabe“ außerhalb eines Repositorys und in einem Repository ohne Commit', () => {
    const plain = createTestRepo({ 'a.txt': 'a' }, { init: false });
    const empty = createTestRepo({ 'a.txt': 'a' });
    repos.push(plain, empty);
    const outside = computeStamp(plain.git);
    expect(outside.stamp.label).toBe('ohne Versionsangabe');
    expect(outside.problems[0]).toMatchObject({ severity: 'warnung', code: 'kein-repository' });
    const noCommit = computeStamp(empty.git);
    expect(noCommit.stamp.label).toBe('ohne Versionsangabe');
    expect(noCommit.problems[0]).toMatchObject({ severity: 'warnung', code: 'keine-commits' });
  });
});
