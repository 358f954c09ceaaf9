/**
 * Every Fassung stays available: a tiny project in a throwaway git repository with three `fassung-…` tags — the
 * first adopted (`beschlossen`), the second one whose content no longer builds, the third the current draft.
 * `npm run build` (below a sub-path) must link the PDFs of the first and the third on the Fassungen page, each with
 * that Fassung's own text (one sentence changed between them proves it), mark the second, and build each tag only
 * once: the second build takes the PDFs from the archive cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublished, type PublishedBuild } from '../helpers/build-published.ts';
import { createTestRepo, isolatedGitEnv, type TestRepo } from '../helpers/git-repo.ts';
import { readPdf } from '../helpers/pdf-text.ts';

const ADOPTED = 'fassung-2026-06-10-beschlossen';
const BROKEN = 'fassung-2026-09-01-entwurf';
const DRAFT = 'fassung-2026-11-02-fachoeffentlich';

const SETTINGS = 'titel: Sozialbericht 2026\nkreis: Landkreis Hainwald\nstatus: fachoeffentlich\ndatum: 2026-06-01\n';
const chapter = (sentence: string) => `---\ntitel: Einleitung\n---\nDer Bericht beschreibt die Lage im Landkreis.\n\n${sentence}\n\nDie Quote lag zuletzt bei <Wert indikator="quote" gebiet="hw" jahr="2024" />.\n`;
const FILES = {
  'content/bericht/publikation.yaml': SETTINGS,
  'data/gebiete/gebiete.csv': 'id;name;ebene;eltern\nhw;Landkreis Hainwald;kreis;\n',
  'data/indikatoren/indikatoren.csv':
    'id,titel,einheit,lebenslage,definition,quelle,richtung,nachkommastellen\n' +
    'quote,SGB-II-Quote,%,Einkommen,Anteil der Menschen in Bedarfsgemeinschaften,Bundesagentur für Arbeit,steigend_schlecht,1\n',
  'data/werte/werte.csv': 'indikator;gebiet;jahr;wert;hinweis\nquote;hw;2023;11,2;\nquote;hw;2024;11,7;\n',
};

let repo: TestRepo;
let first: PublishedBuild;
let second: PublishedBuild;
let without: PublishedBuild;
const env = isolatedGitEnv();
const fassungenPage = () => fs.readFileSync(path.join(first.dist, 'fassungen', 'index.html'), 'utf8');
const pdfText = async (file: string) => (await readPdf(file)).pages.join('\n').replace(/\s+/g, ' ');

beforeAll(async () => {
  repo = createTestRepo({ ...FILES, 'content/bericht/01-einleitung.mdx': chapter('Die Armutsquote ist leicht gestiegen.') });
  repo.commit('Beschlossene Fassung', '2026-06-10T09:00:00+02:00');
  repo.tag(ADOPTED, 'status: beschlossen\ntitel: Vom Kreistag beschlossene Fassung\nbeschlussdatum: 2026-06-10\ndrucksache: DS 2026/42', '2026-06-10T10:00:00+02:00');
  // a Fassung whose chapter the current tool rejects (a component that does not exist)
  repo.write('content/bericht/01-einleitung.mdx', chapter('Die Armutsquote ist gleich geblieben. <Unbekannt />'));
  repo.commit('Kaputter Entwurf', '2026-09-01T09:00:00+02:00');
  repo.tag(BROKEN, 'status: entwurf\ntitel: Entwurf mit Fehler', '2026-09-01T10:00:00+02:00');
  repo.write('content/bericht/01-einleitung.mdx', chapter('Die Armutsquote ist deutlich gesunken.'));
  repo.commit('Neuer Entwurf', '2026-11-02T09:00:00+01:00');
  repo.tag(DRAFT, 'status: fachoeffentlich\ntitel: Entwurf zur fachöffentlichen Diskussion', '2026-11-02T10:00:00+01:00');

  first = await buildPublished(repo.dir, ['--adresse', '/projekt/'], env);
  second = await buildPublished(repo.dir, ['--adresse', '/projekt/'], env);
  without = await buildPublished(repo.dir, ['--adresse', '/projekt/', '--ohne-archiv'], env);
  console.info(
    `Archiv: erster Bau ${first.seconds.toFixed(1)} s (3 Fassungen gebaut), zweiter ${second.seconds.toFixed(1)} s (aus dem Zwischenspeicher), ` +
      `ohne Archiv ${without.seconds.toFixed(1)} s`,
  );
}, 600_000);

afterAll(() => {
  for (const b of [first, second, without]) b?.cleanup();
  repo?.cleanup();
});

describe('the Fassungen archive', () => {
  it('links the PDF of the adopted and of the current Fassung on the Fassungen page, below the site’s path', () => {
    const html = fassungenPage();
    expect(html).toContain(`href="/projekt/fassungen/${ADOPTED}/bericht.pdf"`);
    expect(html).toContain(`href="/projekt/fassungen/${DRAFT}/bericht.pdf"`);
    expect(fs.existsSync(path.join(first.dist, 'fassungen', ADOPTED, 'bericht.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(first.dist, 'fassungen', DRAFT, 'bericht.pdf'))).toBe(true);
  });

  it('keeps in each PDF the text of its own Fassung', async () => {
    const adopted = await pdfText(path.join(first.dist, 'fassungen', ADOPTED, 'bericht.pdf'));
    const draft = await pdfText(path.join(first.dist, 'fassungen', DRAFT, 'bericht.pdf'));
    expect(adopted).toContain('Die Armutsquote ist leicht gestiegen.');
    expect(adopted).not.toContain('deutlich gesunken');
    expect(draft).toContain('Die Armutsquote ist deutlich gesunken.');
    expect(draft).not.toContain('leicht gestiegen');
  });

  it('goes on when a Fassung no longer builds, says so in the log and marks it on the page', () => {
    expect(first.log).toContain(`git-Tag ${BROKEN}: warnung: Die PDFs der Fassung ${BROKEN} konnten`);
    expect(fs.existsSync(path.join(first.dist, 'fassungen', BROKEN))).toBe(false);
    const html = fassungenPage();
    const item = html.slice(html.indexOf(`id="${BROKEN}"`), html.indexOf('</li>', html.indexOf('fassung__ohne-pdf', html.indexOf(`id="${BROKEN}"`))));
    expect(item).toContain('Das PDF dieser Fassung konnte beim Bau dieser Website nicht erzeugt werden.');
    expect(item).not.toContain('.pdf"');
  });

  it('builds each Fassung once: the next build takes them from the cache', () => {
    expect(first.log).toContain('Archiv der Fassungen: 3 Fassungen, 2 neu gebaut, 0 aus dem Zwischenspeicher, ohne PDF: ' + BROKEN);
    expect(second.log).toContain('Archiv der Fassungen: 3 Fassungen, 0 neu gebaut, 3 aus dem Zwischenspeicher, ohne PDF: ' + BROKEN);
    expect(fs.existsSync(path.join(second.dist, 'fassungen', ADOPTED, 'bericht.pdf'))).toBe(true);
  });

  it('can be switched off (--ohne-archiv): no tag is built, what the cache holds is still placed', () => {
    expect(without.log).not.toContain('Archiv der Fassungen');
    expect(without.log).not.toContain('Archiv: erzeuge');
    // what the earlier builds put into the cache is still placed into the site: only the building is switched off
    expect(fs.existsSync(path.join(without.dist, 'fassungen', ADOPTED, 'bericht.pdf'))).toBe(true);
  });
});
