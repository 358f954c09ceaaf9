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
import { blankPages, pagesEndingWithHeading, raisedCalls, startsSection, tablesWithoutRows, undrawnFigures } from '../helpers/pdf-checks.ts';
import { readLayout, type PageLayout } from '../helpers/pdf-layout.ts';
import { fontFacts, pageLines, readPdf, type PdfFacts } from '../helpers/pdf-text.ts';
import {
  countAcrossHyphens,
  hasPoppler,
  isKnownWord,
  misplacedHyphens,
  popplerText,
  printPageText,
  structureBlocks,
  wordsOf,
  type TextBlock,
} from '../helpers/pdf-text-layer.ts';
import { markedText } from '../helpers/pdf-marked-text.ts';
import { checkPdfUa, formatReport } from '../helpers/pdf-ua-check.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-demo-pdf-'));
const dist = path.join(tmp, 'dist');
const { publications } = loadPublications(projectPaths(REPO_ROOT));
const logger = memoryLogger();
const pdfs = new Map<string, { file: string; facts: PdfFacts; layout: PageLayout[] }>();

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/browser-build.ts'), REPO_ROOT, dist], {
    cwd: REPO_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    maxBuffer: 32 * 1024 * 1024,
  });
  const results = await renderPdfs({ distDir: dist, publications, logger });
  for (const r of results) pdfs.set(r.slug, { file: r.file, facts: await readPdf(r.file), layout: await readLayout(r.file) });
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lines = (facts: PdfFacts, page: number) => pageLines(facts.pages[page - 1] ?? '');

/** The print page as the build wrote it: what the PDF must show, counted in its HTML. */
const printHtml = (slug: string) => fs.readFileSync(path.join(dist, slug, 'druck', 'index.html'), 'utf8');
const numbered = (html: string, art: string) =>
  [...html.matchAll(new RegExp(`<figure[^>]*data-nummer="(\\d+)"[^>]*data-art="${art}"`, 'g'))].map((m) => Number(m[1]));

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

  it('zeigt den ENTWURF-Vermerk einmal auf jeder Seite, mit der Art des Entwurfs und dem Datum, solange nicht beschlossen', () => {
    const { facts } = get();
    // from the demo's publikation.yaml (status, datum), written out by hand; a Fassung tag in the repository adds its number
    const MARKS: Record<string, string> = {
      'armutspraeventionsstrategie': 'ENTWURF · Beschlussvorlage vom 21. September 2026',
      'sozialbericht-2025': 'ENTWURF · zur fachöffentlichen Diskussion, Stand 1. Dezember 2025',
    };
    const mark = MARKS[slug];
    expect(mark, `Status der Publikation ${slug}`).toBeDefined();
    const escaped = mark!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const once = new RegExp(`^${escaped}(?: · (?:geändert nach )?Fassung \\d+)?$`);
    facts.sideTexts.forEach((texts, i) => {
      // rotated axis titles of charts are side texts too
      const marks = texts.filter((t) => t.includes('ENTWURF'));
      expect(marks, `Seite ${i + 1}`).toHaveLength(1);
      expect(marks[0], `Seite ${i + 1}`).toMatch(once);
      expect(facts.pages[i], `Seite ${i + 1}`).not.toContain('ENTWURF');
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

  it('zeichnet jede Abbildung und Karte unter ihrer Beschriftung und zeigt jede Tabelle mit Zeilen auf ihrer Seite', () => {
    const { layout } = get();
    const html = printHtml(slug);
    const figures = numbered(html, 'abbildung');
    expect(figures.length).toBeGreaterThan(0);
    // the drawing itself: painted paths below the caption (the lost Abbildung 1 of the strategy had none)
    expect(undrawnFigures(layout, figures)).toEqual([]);
    expect(tablesWithoutRows(layout, numbered(html, 'tabelle'))).toEqual([]);
  });

  it('setzt Fußnotenzeichen hochgestellt und kleiner, in der Reihenfolge 1, 2, 3 …', () => {
    const { layout } = get();
    const count = (printHtml(slug).match(/class="fussnote"/g) ?? []).length;
    expect(count).toBeGreaterThan(0);
    expect(raisedCalls(layout)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('lässt keine Überschrift allein am Fuß einer Seite stehen', () => {
    expect(pagesEndingWithHeading(get().layout)).toEqual([]);
  });

  it('hat leere Seiten nur links vor einem Kapitel, Anhang oder Verzeichnis, das rechts beginnt', () => {
    const { layout } = get();
    for (const page of blankPages(layout)) {
      expect(page % 2, `leere Seite ${page} ist eine linke Seite`).toBe(0);
      expect(startsSection(layout[page]!), `nach der leeren Seite ${page} beginnt ein Abschnitt`).toBe(true);
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

/** Narrow table columns: dates and short words must not break, only long words may be hyphenated. */
describe('Abwägungstabelle im Demo-PDF armutspraeventionsstrategie', () => {
  it('setzt jedes Eingangsdatum ungetrennt auf eine Zeile und trennt kurze Wörter im Tabellenkopf nicht', () => {
    const { facts } = pdfs.get('armutspraeventionsstrategie')!;
    // the appendix: from the page with its heading (the contents name it too, earlier) to the end
    const start = facts.pages.findLastIndex((p) => pageLines(p).includes('Anhang: Stellungnahmen und Abwägung'));
    expect(start).toBeGreaterThan(0);
    const text = facts.pages.slice(start).join('\n');
    // the statements' dates from the demo CSV, written the German way by hand (2026-07-10 → 10.07.2026)
    const csv = fs.readFileSync(path.join(REPO_ROOT, 'data/stellungnahmen/stellungnahmen.csv'), 'utf8');
    const dates = [...csv.matchAll(/^\d+,(\d{4})-(\d{2})-(\d{2}),/gm)].map((m) => `${m[3]}.${m[2]}.${m[1]}`);
    expect(dates).toHaveLength(18);
    for (const date of dates) expect(text, date).toContain(date);
    // a date cut at its column's edge („10.07.202“ with „6“ on the next line)
    expect(text.match(/\b\d{2}\.\d{2}\.\d{1,3}(?!\d)/g)).toBeNull();
    // every group's header row: „Eingang“, „Abwägung“, „Ergebnis“ (7–8 letters) whole, not „Ergeb-“
    const headers = text.split('\n').filter((l) => l.startsWith('Nr. '));
    expect(headers.length).toBeGreaterThan(3);
    for (const h of headers) expect(h).toMatch(/^Nr\. Eingang .*Abwägung Ergebnis$/);
  });
});

/**
 * The text layer: what search, copy, text extraction and screen readers get must be the text printed on the page —
 * no soft hyphens (pdftotext found „Landkreis“ 22 times of 101), no letter mapped to U+0000 („Ä rzte“), a space where
 * a line ends between two words („Einwohnerinnen undEinwohner“), a hyphen only where a line breaks inside a word.
 */
const POPPLER = hasPoppler();
if (!POPPLER) console.warn('pdftotext (poppler-utils) ist nicht installiert: die Prüfungen mit pdftotext werden übersprungen.');

describe.each(publications.map((p) => [p.slug] as [string]))('Textebene des Demo-PDFs %s', (slug) => {
  let blocks: TextBlock[] = [];
  let html: ReturnType<typeof printPageText>;
  let poppler: string | null = null;
  beforeAll(async () => {
    const { file } = pdfs.get(slug)!;
    blocks = await structureBlocks(file);
    html = printPageText(path.join(dist, slug, 'druck', 'index.html'));
    poppler = POPPLER ? popplerText(file) : null;
  }, 120_000);
  const structureText = () => blocks.map((b) => b.text).join('\n');
  /** pdf.js' page text with a hyphen at a line end joined to the next line's lower-case start („Land-“ „kreis“). */
  const pdfjsText = () => pdfs.get(slug)!.facts.pages.join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');
  const count = (text: string, s: string) => text.split(s).length - 1;

  it('enthält weder weiche Trennstriche noch Zeichen ohne Unicode (Struktur, pdf.js)', () => {
    const text = structureText();
    expect(text.length).toBeGreaterThan(10_000);
    expect(count(text, '\u00AD'), 'weiche Trennstriche').toBe(0);
    expect(count(text, '\u0000'), 'U+0000').toBe(0);
    expect(count(text, '\uFFFD'), 'U+FFFD').toBe(0);
  });

  it.skipIf(!POPPLER)('enthält weder weiche Trennstriche noch Zeichen ohne Unicode (pdftotext)', () => {
    expect(poppler!.length).toBeGreaterThan(10_000);
    expect(count(poppler!, '\u00AD'), 'weiche Trennstriche').toBe(0);
    expect(count(poppler!, '\u0000'), 'U+0000').toBe(0);
    expect(count(poppler!, '\uFFFD'), 'U+FFFD').toBe(0);
  });

  it('findet jedes Wort und jeden Umlaut so oft, wie die Druckseite ihn zeigt', () => {
    // counted in the print page's HTML; these occur in running text, not in charts or the lists of figures
    for (const word of ['Einwohnerinnen', 'Ärzte', 'Kinderarmut', 'Betroffene', 'Ä', 'Ö', 'Ü', '„', '“', '€']) {
      const expected = count(html.text, word);
      expect(countAcrossHyphens(structureText(), word), `${word} in der Struktur`).toBe(expected);
      if (poppler !== null) expect(count(poppler, word), `${word} mit pdftotext`).toBe(expected);
    }
    expect(count(html.text, 'Einwohnerinnen') + count(html.text, 'Ä')).toBeGreaterThan(10);
  });

  it('findet „Landkreis“ mit jedem Werkzeug so oft, wie es auf den Seiten steht', () => {
    // also in charts and in the lists of figures, which the print page's HTML does not hold as text; so the count
    // of pdf.js (which reads glyph positions and drops soft hyphens itself) is the reference
    // pdf.js reads a table row by row across its columns, so a „Land-“ broken at a cell's line end and its „kreis“
    // are not neighbours there: such pairs on one page are counted as one word (page-wise, never across pages)
    const splitInCells = pdfs.get(slug)!.facts.pages.reduce((n, page) => {
      const heads = (page.match(/(^|\s)Land-(?=\s)(?!\s*kreis)/g) ?? []).length;
      const tails = (page.match(/(^|\s)kreis(?=[\s.,;:])/g) ?? []).length - (page.match(/Land-\s*\n\s*kreis/g) ?? []).length;
      return n + Math.max(0, Math.min(heads, tails));
    }, 0);
    const expected = count(pdfjsText(), 'Landkreis') + splitInCells;
    expect(expected).toBeGreaterThan(80);
    expect(countAcrossHyphens(structureText(), 'Landkreis'), 'in der Struktur').toBe(expected);
    if (poppler !== null) expect(count(poppler, 'Landkreis'), 'mit pdftotext').toBe(expected);
  });

  it('trennt Wörter am Zeilenende mit einem Leerzeichen: jedes Wort der Struktur steht so auf der Druckseite', () => {
    const known = new Set(wordsOf(html.text));
    const unknown: string[] = [];
    let words = 0;
    const firstOnPage = new Set(blocks.filter((b, i) => i === 0 || blocks[i - 1]!.page !== b.page));
    for (const block of blocks) {
      if (block.role === 'Figure') continue; // a chart: its labels are drawn one by one; it is read by its alternative text
      const ws = wordsOf(block.text);
      ws.forEach((w, i) => {
        words++;
        if (isKnownWord(w, known)) return;
        // a word split by a page break: its beginning ends a page with a hyphen, its end begins the next page
        if (i === ws.length - 1 && /-\s*$/.test(block.text) && [...known].some((k) => k.startsWith(w))) return;
        if (i === 0 && firstOnPage.has(block) && [...known].some((k) => k.endsWith(w))) return;
        unknown.push(`${block.role} S. ${block.page}: ${w}`);
      });
    }
    expect(words).toBeGreaterThan(5_000);
    expect(unknown).toEqual([]);
  });

  it('setzt einen Trennstrich nur dort, wo eine Zeile im Wort umbricht', () => {
    const known = new Set(wordsOf(html.text));
    const lines = pdfs.get(slug)!.facts.pages.flatMap((p) => pageLines(p));
    expect(misplacedHyphens(lines, known)).toEqual([]);
    // and there are line breaks inside words: the print is hyphenated
    expect(lines.filter((l) => /\p{L}-$/u.test(l)).length).toBeGreaterThan(50);
  });
});
