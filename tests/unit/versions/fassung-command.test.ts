import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { createFassung, type FassungRequest } from '../../../src/versions/create-fassung.ts';
import { listFassungen } from '../../../src/versions/fassungen.ts';
import { realGit } from '../../../src/versions/git.ts';
import { createTestRepo, isolatedGitEnv, type TestRepo } from '../../helpers/git-repo.ts';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function project(status = 'entwurf'): TestRepo {
  const repo = createTestRepo({
    'content/bericht/publikation.yaml': `titel: Bericht\nkreis: Landkreis Hainwald\nstatus: ${status}\ndatum: 2026-11-02\n`,
    'content/bericht/01-einleitung.mdx': '---\ntitel: Einleitung\n---\nText.\n',
  });
  repos.push(repo);
  repo.commit('Erster Stand', '2026-11-02T09:00:00+01:00');
  return repo;
}

const NOW = new Date('2026-11-24T10:00:00Z');
const ok = async (): Promise<Problem[]> => [];

function create(repo: TestRepo, request: FassungRequest, check = ok) {
  const git = realGit(repo.dir, { env: isolatedGitEnv('2026-11-24T11:00:00+01:00') });
  return createFassung(request, { git, paths: projectPaths(repo.dir), now: () => NOW, check });
}

describe('npm run fassung', () => {
  it('verweigert eine Fassung bei ungespeicherten Änderungen, mit deutscher Meldung und Exit-Code 1', async () => {
    const repo = project();
    repo.write('content/bericht/01-einleitung.mdx', '---\ntitel: Einleitung\n---\nText, noch nicht gespeichert.\n');
    const env = { ...process.env, ...isolatedGitEnv(), BERICHT_PROJEKT: repo.dir };
    const result = await run(process.execPath, [path.join(REPO_ROOT, 'scripts/fassung.ts'), '--status', 'entwurf', '--titel', 'Erster Entwurf'], {
      cwd: repo.dir,
      env,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '.: fehler: Es gibt ungespeicherte Änderungen: content/bericht/01-einleitung.mdx. Eine Fassung muss genau einen gespeicherten Stand bezeichnen.',
    );
    expect(result.stderr).toContain('→ Speichern Sie die Änderungen zuerst (git add . && git commit -m "…")');
    expect(result.stderr).toContain('Es wurde keine Fassung angelegt.');
    expect(repo.run('tag', '--list')).toBe('');
  });

  it('legt ein annotiertes Tag fassung-<datum>-<status> an, das die Liste der Fassungen liest', async () => {
    const repo = project('fachoeffentlich');
    const result = await create(repo, { status: 'fachoeffentlich', titel: 'Entwurf zur fachöffentlichen Diskussion' });
    expect(result).toMatchObject({ ok: true, tag: 'fassung-2026-11-24-fachoeffentlich', warnings: [] });
    const again = await create(repo, { status: 'fachoeffentlich', titel: 'Zweiter Entwurf' });
    expect(again).toMatchObject({ ok: true, tag: 'fassung-2026-11-24-fachoeffentlich-2' });
    const { fassungen, problems } = listFassungen(repo.git);
    expect(problems).toEqual([]);
    expect(fassungen.map((f) => [f.tag, f.status, f.titel])).toEqual([
      ['fassung-2026-11-24-fachoeffentlich', 'fachoeffentlich', 'Entwurf zur fachöffentlichen Diskussion'],
      ['fassung-2026-11-24-fachoeffentlich-2', 'fachoeffentlich', 'Zweiter Entwurf'],
    ]);
  });

  it('verweigert einen Schritt zurück im Status, außer mit --zurueck (dann Warnung)', async () => {
    const repo = project('beschlussvorlage');
    repo.tag('fassung-2026-11-10-beschlussvorlage', 'status: beschlussvorlage\ntitel: Vorlage', '2026-11-10T10:00:00+01:00');
    const back = await create(repo, { status: 'fachoeffentlich', titel: 'Zurückverwiesen' });
    expect(back.ok).toBe(false);
    if (!back.ok) {
      expect(back.problems.map(formatProblem)[0]).toBe(
        '--status: fehler: Die letzte Fassung „fassung-2026-11-10-beschlussvorlage“ ist bereits „Beschlussvorlage“; ' +
          '„Entwurf zur fachöffentlichen Diskussion“ wäre ein Schritt zurück.\n' +
          '  → Wenn das gewollt ist (z. B. ein neuer Entwurf nach dem Beschluss oder eine Vorlage, die zurückverwiesen wurde), rufen Sie npm run fassung mit --zurueck auf.',
      );
    }
    const allowed = await create(repo, { status: 'fachoeffentlich', titel: 'Zurückverwiesen', zurueck: true });
    expect(allowed.ok && allowed.warnings.map((w) => w.code)).toEqual(['fassung-status-zurueck', 'fassung-status-abweichend']);
  });

  it('verlangt für „beschlossen“ Beschlussdatum und Drucksache und schreibt sie ins Tag', async () => {
    const repo = project('beschlossen');
    const missing = await create(repo, { status: 'beschlossen', titel: 'Beschlossen' });
    expect(!missing.ok && missing.problems[0]!.message).toBe('Es fehlt das Datum des Beschlusses.');
    const bad = await create(repo, { status: 'beschlossen', titel: 'Beschlossen', beschlussdatum: '10.12.2026', drucksache: 'DS 1' });
    expect(!bad.ok && bad.problems[0]!.message).toBe('„10.12.2026“ ist kein Datum.');
    const done = await create(repo, { status: 'beschlossen', titel: 'Beschlossene Fassung', beschlussdatum: '2026-12-10', drucksache: 'DS 2026/123' });
    expect(done.ok).toBe(true);
    expect(repo.run('tag', '-l', '--format=%(contents)', 'fassung-*')).toBe(
      'status: beschlossen\ntitel: Beschlossene Fassung\nbeschlussdatum: 2026-12-10\ndrucksache: DS 2026/123',
    );
    expect(listFassungen(repo.git).fassungen[0]).toMatchObject({ beschlussdatum: '2026-12-10', drucksache: 'DS 2026/123' });
  });

  it('verweigert die Fassung, wenn die Prüfung Fehler meldet, und fragt im Terminal nach fehlenden Angaben', async () => {
    const repo = project();
    const failing = async (): Promise<Problem[]> => [
      { file: 'data/werte/a.csv', line: 3, column: 9, severity: 'fehler', code: 'x', message: 'Kaputt.' },
    ];
    const refused = await create(repo, { status: 'entwurf', titel: 'Entwurf' }, failing);
    expect(!refused.ok && refused.problems.map((p) => p.code)).toEqual(['x', 'fassung-pruefung-fehlgeschlagen']);
    expect(repo.run('tag', '--list')).toBe('');

    const questions: string[] = [];
    const answers = ['1', ''];
    const git = realGit(repo.dir, { env: isolatedGitEnv('2026-11-24T11:00:00+01:00') });
    const asked = await createFassung({}, { git, paths: projectPaths(repo.dir), now: () => NOW, check: ok, ask: async (q) => (questions.push(q), answers.shift()!) });
    expect(asked).toMatchObject({ ok: true, tag: 'fassung-2026-11-24-entwurf', message: { status: 'entwurf', titel: 'Entwurf' } });
    expect(questions[0]).toContain('1 entwurf – Entwurf');
  });
});
