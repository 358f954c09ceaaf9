/**
 * The versions pages of a built site: a tiny project in a throwaway git repository with two Fassungen, built with
 * Astro. The build is the second Fassung, so its changes page shows exactly what changed against the first.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv, type TestRepo } from '../helpers/git-repo.ts';
import { TAG_1, TAG_2, twoFassungenRepo } from '../unit/versions/scenario.ts';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

let repo: TestRepo;
let dist: string;
const page = (p: string) => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[ \t\r\n]+/g, ' ');

beforeAll(async () => {
  repo = twoFassungenRepo();
  dist = path.join(repo.dir, '..', `${path.basename(repo.dir)}-dist`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...isolatedGitEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.VITEST;
  delete env.BERICHT_AUSGABE;
  await run(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/astro-build.ts'), repo.dir, dist, path.join(dist, '..', `${path.basename(repo.dir)}-cache`)], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: Error & { stderr?: string }) => {
    throw new Error(`Build fehlgeschlagen:\n${e.stderr ?? e.message}`);
  });
}, 120_000);

afterAll(() => {
  repo.cleanup();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(path.join(dist, '..', `${path.basename(repo.dir)}-cache`), { recursive: true, force: true });
});

describe('Seite „Fassungen“', () => {
  it('listet beide Fassungen mit Datum, Status und Titel und nennt den Stand dieser Website', () => {
    const html = page('fassungen');
    const t = text(html);
    expect(t).toContain('1. Dezember 2026: Beschlussvorlage für den Kreistag');
    expect(t).toContain('2. November 2026: Entwurf zur fachöffentlichen Diskussion');
    expect(t).toMatch(/Status\s*Beschlussvorlage/);
    expect(t).toMatch(/Status\s*Entwurf zur fachöffentlichen Diskussion/);
    expect(html).toContain(`href="/bericht/aenderungen/${TAG_2}/"`);
    expect(html).toContain('href="/bericht/bericht.pdf"');
    // HEAD is the second Fassung, tagged on 1 December (its commit is of 30 November): the footer names the Fassung
    expect(t).toContain('Fassung 2 (Beschlussvorlage für den Kreistag) vom 1. Dezember 2026.');
    expect(t).toContain('Diese Website zeigt die Fassung „Beschlussvorlage für den Kreistag“ vom 01.12.2026.');
  });
});

describe('Seite „Änderungen“', () => {
  it('zeigt genau den geänderten Satz, die geänderte Überschrift und den geänderten Wert', () => {
    for (const p of ['bericht/aenderungen', `bericht/aenderungen/${TAG_2}`]) {
      const html = page(p);
      const t = text(html);
      // the value also changes where a chapter shows it with <Wert>: the page compares what readers see
      expect(t).toContain('4 Änderungen: 3 Textstellen in 2 Kapiteln, 1 Wert.');
      expect(html.match(/class="textdiff__aenderung"/g)).toHaveLength(3);
      expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>11,7\u202f%</del> <ins><span class="visually-hidden">Eingefügt: </span>11,9\u202f%</ins>');
      const diffs = (html.match(/<div class="textdiff">[\s\S]*?<\/div>/g) ?? []).join('');
      for (const syntax of ['##', '**', '&lt;Wert', 'indikator=', '---']) expect(diffs).not.toContain(syntax);
      expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>leicht gestiegen</del>');
      expect(html).toContain('<ins><span class="visually-hidden">Eingefügt: </span>deutlich gesunken</ins>');
      expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>Armut</del>');
      expect(html).toContain('<ins><span class="visually-hidden">Eingefügt: </span>Armutsgefährdung</ins>');
      const table = /<table class="aenderungen__werte[^"]*"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
      expect(text(table)).toBe(
        'Geänderte Werte (1)IndikatorGebietJahrBisherNeuSGB-II-QuoteLandkreis Hainwald2024Bisher: 11,7\u202f%Neu: 11,9\u202f%',
      );
      expect(html.match(/<table class="aenderungen__werte/g)).toHaveLength(1);
    }
  });

  it('sagt bei der ersten Fassung, dass es nichts zu vergleichen gibt', () => {
    expect(text(page(`bericht/aenderungen/${TAG_1}`))).toContain('Dies ist die erste Fassung; es gibt keine frühere, mit der sie verglichen werden kann.');
  });
});
