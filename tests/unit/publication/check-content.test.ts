import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { loadPublications } from '../../../src/publication/load.ts';
import { projectPaths } from '../../../src/project.ts';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);

describe('Publikationen und Kapitel lesen', () => {
  it('ordnet Kapitel nach reihenfolge, sonst nach Dateiname, und Publikationen nach ihrer reihenfolge', () => {
    const { publications, problems } = loadPublications(projectPaths(fixture('zwei-publikationen')));
    expect(problems).toEqual([]);
    expect(publications.map((p) => p.slug)).toEqual(['bericht-2024', 'strategie']);
    expect(publications[0]!.chapters.map((c) => [c.slug, c.frontmatter.titel])).toEqual([
      ['zuerst', 'Vorwort'],
      ['einleitung', 'Einleitung'],
      ['demografie', 'Demografie'],
    ]);
    expect(publications[0]!.settings).toMatchObject({ status: 'entwurf', mindestfallzahl: 3, art: 'lebenslagenbericht' });
  });

  it('meldet jeden Fehler in Frontmatter und Einstellungen mit Datei, Zeile, Spalte und deutschem Hinweis', () => {
    const { problems } = loadPublications(projectPaths(fixture('frontmatter-fehler')));
    const lines = problems.map(formatProblem);
    expect(lines).toContain(
      'content/bericht/01-einleitung.mdx:3:14: fehler: „reihenfolge“ hat den Wert „erstes“, erwartet wird eine Zahl.\n' +
        '  → Schreiben Sie eine Zahl hinter „reihenfolge:“.',
    );
    expect(lines).toContain(
      'content/bericht/02-ohne-titel.mdx:2:1: fehler: Der Schlüssel „titel“ fehlt im Frontmatter.\n' +
        '  → Ergänzen Sie eine Zeile „titel: …“ (erwartet wird ein Text).',
    );
    expect(lines.some((l) => l.startsWith('content/strategie/publikation.yaml:3:9: fehler: „status“ hat den Wert „beschlosen“'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/strategie/publikation.yaml:4:8: fehler: „datum“ hat den Wert „15.03.2026“, das ist kein Datum.'))).toBe(true);
    expect(problems).toHaveLength(4);
  });
});

describe('npm run check', () => {
  const check = (project: string) => {
    try {
      const stdout = execFileSync(process.execPath, ['scripts/check.ts'], {
        cwd: path.resolve(import.meta.dirname, '../../..'),
        env: { ...process.env, BERICHT_PROJEKT: fixture(project) },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, output: stdout };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, output: err.stdout + err.stderr };
    }
  };

  it('scheitert bei einem Frontmatter-Fehler mit Datei:Zeile:Spalte und deutscher Meldung', () => {
    const { code, output } = check('frontmatter-fehler');
    expect(code).toBe(1);
    expect(output).toContain('content/bericht/01-einleitung.mdx:3:14: fehler:');
    expect(output).toMatch(/^4 Fehler, \d+ Warnung(en)?\. Bitte korrigieren Sie die genannten Stellen\.$/m);
  }, 30_000); // npm run check loads the Lektorat's dictionary

  it('besteht bei einem fehlerfreien Projekt', () => {
    const { code, output } = check('zwei-publikationen');
    expect(output).toContain('Prüfung bestanden');
    expect(code).toBe(0);
  }, 30_000); // npm run check loads the Lektorat's dictionary
});
