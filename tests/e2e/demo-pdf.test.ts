/**
 * The demo county's two PDFs, as the Kreistag gets them: builds the demo website, prints both publications with
 * Paged.js and checks what a reader and an accessibility checker see — for every chapter and section the page the
 * table of contents names, running heads, page numbers, the ENTWURF mark, figure numbers, bookmarks, metadata,
 * fonts. (The fixture tests in pdf.test.ts cover footnotes, cross-references and an adopted publication.)
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { renderPdfs } from '../../src/print/index.ts';
import { loadPublications, type Publication } from '../../src/publication/load.ts';
import { projectPaths } from '../../src/project.ts';
import { REPO_ROOT } from '../helpers/build-fixture.ts';
import { fontFacts, pageLines, readPdf, type PdfFacts } from '../helpers/pdf-text.ts';
import { markedText } from '../helpers/pdf-marked-text.ts';
import { checkPdfUa, formatReport } from '../helpers/pdf-ua-check.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-demo-pdf-'));
const dist = path.join(tmp, 'dist');
const { publications } = loadPublications(projectPaths(REPO_ROOT));
const logger = memoryLogger();
const pdfs = new Map<string, { file: string; facts: PdfFacts }>();

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/browser-build.ts'), REPO_ROOT, dist], {
    cwd: REPO_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    maxBuffer: 32 * 1024 * 1024,
  });
  const results = await renderPdfs({ distDir: dist, publications, logger });
  for (const r of results) pdfs.set(r.slug, { file: r.file, facts: await readPdf(r.file) });
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lines = (facts: PdfFacts, page: number) => pageLines(facts.pages[page - 1] ?? '');

describe.each(publications.map((p) => [p.slug, p] as [string, Publication]))('Demo-PDF %s', (slug, publication) => {
  const get = () => pdfs.get(slug)!;

  it('meldet beim Drucken Publikation, Fortschritt und Seitenzahl', () => {
    const { facts } = get();
    expect(logger.lines).toContain(`PDF ${slug}: Seitensatz beginnt …`);
    expect(logger.lines.some((l) => l.startsWith(`PDF ${slug}: fertig, ${facts.pages.length} Seiten in `))).toBe(true);
  });

  it('nennt im Inhaltsverzeichnis für jedes Kapitel und jeden Abschnitt die Seite, auf der es steht', () => {
    const { facts } = get();
    // the contents pages: from the page titled „Inhalt“ while the running head says „Inhalt“; without head and footer
    const first = facts.pages.findIndex((p) => pageLines(p).slice(0, 2).join('|') === 'Inhalt|Inhalt');
    expect(first).toBeGreaterThan(0);
    const toc: string[] = [];
    for (let n = first + 1; lines(facts, n)[0] === 'Inhalt'; n++) toc.push(...lines(facts, n).slice(n === first + 1 ? 2 : 1, -1));
    publication.chapters.forEach((chapter, i) => {
      const line = toc.find((l) => l.startsWith(`${i + 1} ${chapter.frontmatter.titel} `));
      expect(line, `Inhaltsverzeichnis: ${chapter.frontmatter.titel}`).toBeDefined();
      const page = Number(line!.split(' ').at(-1));
      expect(lines(facts, page), `${chapter.frontmatter.titel} auf Seite ${page}`).toContain(chapter.frontmatter.titel);
    });
    // every section entry: a line "<title> <page>" whose page holds that heading
    const appendices = /^(Abbildungsverzeichnis|Tabellenverzeichnis|Literaturverzeichnis|Glossar|Anhang: .*) \d+$/;
    const sectionLines = toc.filter((l) => /^\D.* \d+$/.test(l) && !appendices.test(l));
    expect(sectionLines.length).toBeGreaterThan(publication.chapters.length);
    for (const l of sectionLines) {
      const m = /^(.+) (\d+)$/.exec(l)!;
      const title = m[1]!;
      const page = Number(m[2]);
      if (page > facts.pages.length) continue;
      const text = lines(facts, page).join(' ');
      expect(text, `„${title}“ auf Seite ${page}`).toContain(title.split(' ').slice(0, 3).join(' '));
    }
  });

  it('trägt auf Kapitelseiten den Kurztitel als Kopfzeile und „Seite N von M“ als Fußzeile', () => {
    const { facts } = get();
    const total = facts.pages.length;
    let checked = 0;
    for (const chapter of publication.chapters) {
      const head = chapter.frontmatter.kurztitel ?? chapter.frontmatter.titel;
      const start = facts.pages.findIndex((p) => pageLines(p).includes(chapter.frontmatter.titel) && pageLines(p)[0] === head);
      expect(start, `Kapitelbeginn ${chapter.frontmatter.titel}`).toBeGreaterThan(0);
      const next = lines(facts, start + 2);
      if (next.length === 0) continue;
      if (next[0] !== head) continue; // the chapter ended on its first page
      expect(next.at(-1)).toBe(`Seite ${start + 2} von ${total}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect(facts.pages[0]).not.toContain('Seite 1 von');
  });

  it('zeigt den ENTWURF-Vermerk mit Version auf jeder Seite, solange nicht beschlossen', () => {
    const { facts } = get();
    const draft = publication.settings.status !== 'beschlossen';
    facts.sideTexts.forEach((texts, i) => {
      if (draft) expect(texts.join(' '), `Seite ${i + 1}`).toMatch(/^ENTWURF · /);
      else expect(texts.join(' ')).not.toContain('ENTWURF');
    });
  });

  it('druckt jede Abbildung und Tabelle mit ihrer Nummer auf der Seite, die das Verzeichnis nennt', () => {
    const { facts } = get();
    const all = facts.pages.map((p) => pageLines(p));
    // the lists: pages whose running head is „Abbildungsverzeichnis“ or „Tabellenverzeichnis“; entries may wrap
    const entries: string[] = [];
    for (const ls of all.filter((l) => /^(Abbildungs|Tabellen)verzeichnis$/.test(l[0] ?? ''))) {
      for (const line of ls.slice(1, -1)) {
        if (/^(Abbildung|Tabelle) \d+ /.test(line)) entries.push(line);
        else if (entries.length > 0 && !/verzeichnis$/.test(line)) entries[entries.length - 1] += ` ${line}`;
      }
    }
    const captions = all.flat().filter((l) => /^(Abbildung|Tabelle) \d+:/.test(l));
    expect(entries.length, 'Einträge in den Verzeichnissen').toBe(captions.length);
    for (const entry of entries) {
      const m = /^(Abbildung|Tabelle) (\d+) .* (\d+)$/.exec(entry);
      expect(m, entry).not.toBeNull();
      const page = Number(m![3]);
      expect(all[page - 1]!.some((l) => l.startsWith(`${m![1]} ${m![2]}:`)), `${m![1]} ${m![2]} auf Seite ${page}`).toBe(true);
    }
  });

  it('ist ein getaggtes PDF mit Titel, Sprache, eingebetteten Schriften und Lesezeichen gleich den Überschriften', () => {
    const { file, facts } = get();
    expect(facts.tagged).toBe(true);
    expect(facts.info.Title).toBe(publication.settings.titel);
    expect(facts.info.Language).toBe('de');
    expect(fontFacts(file)).toMatchObject({ type3: 0, notEmbedded: 0 });
    const titles = facts.outline.map((o) => o.title);
    for (const chapter of publication.chapters) expect(titles).toContain(chapter.frontmatter.titel);
    expect(facts.pageSizeMm).toEqual([210, 297]);
  });

  it('besteht alle maschinell prüfbaren PDF/UA-Prüfpunkte und nennt Titel und Datum der Fassung in den XMP-Metadaten', async () => {
    const { file } = get();
    const bytes = new Uint8Array(fs.readFileSync(file));
    const report = await checkPdfUa(bytes);
    expect(report.failed, formatReport(report)).toEqual([]);
    const xmp = new TextDecoder().decode(bytes).match(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/)?.[0] ?? '';
    const title = publication.settings.titel.replace(/&/g, '&amp;');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${title}</rdf:li>`);
    expect(xmp).toContain(`<dc:date><rdf:Seq><rdf:li>${publication.settings.datum}</rdf:li></rdf:Seq></dc:date>`);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    // every footnote of the sources (`[^1]: …` in the chapters) is a Note
    const sources = publication.chapters.map((c) => fs.readFileSync(path.join(REPO_ROOT, c.file), 'utf8'));
    const footnotes = sources.join('\n').match(/^\[\^[^\]]+\]:/gm)?.length ?? 0;
    expect(footnotes).toBeGreaterThan(0);
    expect(report.types['Note']).toBe(footnotes);
    const drucksache = publication.settings.beschlussvorlage?.drucksache;
    if (drucksache) expect(xmp).toContain(`<dc:identifier>${drucksache}</dc:identifier>`);
  });

  it('lässt Screenreader Kopf- und Fußzeilen und den ENTWURF-Vermerk überspringen, aber die Seitenzahlen im Inhaltsverzeichnis lesen', async () => {
    const { file, facts } = get();
    const marked = await markedText(new Uint8Array(fs.readFileSync(file)));
    const total = facts.pages.length;
    const draft = publication.settings.status !== 'beschlossen';
    for (let n = 3; n <= total; n++) {
      const footer = `Seite ${n} von ${total}`;
      if (!lines(facts, n).includes(footer)) continue;
      expect(marked.artifacts[n - 1], `Seite ${n}`).toContain(footer);
      expect(marked.tagged[n - 1], `Seite ${n}`).not.toContain(footer);
      if (draft) expect(marked.tagged[n - 1], `Seite ${n}`).not.toContain('ENTWURF');
    }
    // the contents: „1 Einleitung … 9“ — the chapter's page number is read with its entry
    const first = publication.chapters[0]!.frontmatter.titel;
    const tocPage = facts.pages.findIndex((p) => pageLines(p).slice(0, 2).join('|') === 'Inhalt|Inhalt');
    const entry = lines(facts, tocPage + 1).find((l) => l.startsWith(`1 ${first} `))!;
    const page = entry.split(' ').at(-1)!;
    expect(marked.tagged[tocPage]).toMatch(new RegExp(`${first.split(' ')[0]}.*\\b${page}\\b`));
  });
});
