/**
 * The PDF as a reader sees it: builds tests/fixtures/mini with Astro, prints it with Paged.js in Chromium and
 * reads the pages back with pdf.js. Plus the failure paths on small hand-written print pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/errors/problem.ts';
import { memoryLogger } from '../../src/log.ts';
import { renderPdfs, type PdfResult } from '../../src/print/index.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';
import { hyphenateText } from '../../src/typography/hyphenate-html.ts';
import { altTexts, fontFacts, pageLines, readPdf, type PdfFacts } from '../helpers/pdf-text.ts';


/** A section heading long enough to wrap onto a second line in the PDF. */
const LONG_HEADING = 'Haushalte mit geringem Einkommen in den Städten und Gemeinden des Landkreises Musterhausen im Vergleich';

const CHAPTERS = [
  { title: 'Einleitung', header: 'Einleitung', sections: ['Methodik', 'Aufbau'] },
  { title: 'Einkommen und Armutsgefährdung', header: 'Einkommen', sections: ['Methodik', 'Lage im Landkreis', LONG_HEADING, 'Ausblick'] },
  { title: 'Wohnen', header: 'Wohnen', sections: ['Mieten', 'Wohngeld'] },
];

/** The page (1-based) whose lines include one matching `test`. */
function pageOf(pages: readonly string[], test: (line: string) => boolean): number {
  return pages.findIndex((p) => pageLines(p).some(test)) + 1;
}

describe('PDF of the fixture „mini“', () => {
  let built: BuiltFixture;
  let result: PdfResult;
  let pdfFile: string;
  let pages: string[] = [];
  let facts: PdfFacts;
  let adopted: PdfFacts;
  const logger = memoryLogger();

  beforeAll(async () => {
    built = await buildFixture('mini');
    const results = await renderPdfs({ distDir: built.dist, publications: [{ slug: 'mini-bericht' }, { slug: 'mini-beschluss' }], logger });
    result = results[0]!;
    pdfFile = path.join(built.dist, 'mini-bericht', 'mini-bericht.pdf');
    facts = await readPdf(pdfFile, ['kapitel-einleitung--methodik']);
    pages = facts.pages;
    adopted = await readPdf(path.join(built.dist, 'mini-beschluss', 'mini-beschluss.pdf'));
    console.info(`Fixture gebaut in ${built.seconds.toFixed(1)} s; PDF: ${result.pages} Seiten in ${result.seconds.toFixed(2)} s`);
  }, 120_000);

  afterAll(() => built?.cleanup());

  it('builds a valid German print page holding only the fixture chapters, with unique ids', () => {
    const folders = fs.readdirSync(built.dist).filter((f) => !f.startsWith('_') && f !== 'index.html');
    expect(folders).toContain('mini-bericht');
    expect(folders.filter((f) => /sozialbericht|strategie/.test(f)), 'Demo-Inhalte im Fixture').toEqual([]);
    const html = fs.readFileSync(path.join(built.dist, 'mini-bericht', 'druck', 'index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de">/i);
    expect(html.match(/<section class="kapitel"/g)).toHaveLength(3);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const targets = [...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
    // nothing loaded from another host (links to the web are fine)
    expect(html).toContain('href="https://www.destatis.de/"');
    expect(html).not.toMatch(/\ssrc="https?:|<link[^>]*href="https?:|url\(["']?https?:/);
  });

  it('keeps the print page out of the site navigation', () => {
    const htmlFiles = fs.readdirSync(built.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const linking = htmlFiles.filter((f) => !f.includes('druck') && fs.readFileSync(path.join(built.dist, f), 'utf8').includes('/druck/'));
    expect(linking).toEqual([]);
  });

  it('writes dist/<slug>/<slug>.pdf and reports pages and seconds', () => {
    expect(fs.statSync(pdfFile).size).toBeGreaterThan(10_000);
    expect(pages).toHaveLength(result.pages);
    expect(facts.tagged).toBe(true);
    expect(facts.pageSizeMm).toEqual([210, 297]);
    expect(logger.lines).toContain('PDF mini-bericht: Seitensatz beginnt …');
    expect(logger.lines.some((l) => l.startsWith(`PDF mini-bericht: fertig, ${result.pages} Seiten in `))).toBe(true);
    expect(logger.lines.filter((l) => l.startsWith('warnung'))).toEqual([]);
  });

  it('links inside the PDF, to the web, but never to the local print server', () => {
    const raw = fs.readFileSync(pdfFile, 'latin1');
    expect(raw).toContain('/URI (https://www.destatis.de/)');
    expect(raw).not.toContain('127.0.0.1');
    // the link from „Wohnen“ to the Methodik section of the introduction is an internal destination
    expect(facts.destinations).toContain('kapitel-einleitung--methodik');
  });

  it('has a cover without header and page number', () => {
    expect(pages).toHaveLength(result.pages);
    const cover = pageLines(pages[0]!);
    expect(cover).toEqual([
      'Landkreis Musterhausen',
      'Mini-Bericht 2026',
      'Lebenslagen im Landkreis Musterhausen',
      'Entwurf zur fachöffentlichen Diskussion',
      'Stand: 2. November 2026',
      // status and the Fassung's date, then which Fassung (or Arbeitsstand); never a commit hash
      expect.stringMatching(/^Entwurf zur fachöffentlichen Diskussion vom 2\. November 2026(, Fassung \d+|, Arbeitsstand( nach Fassung \d+)?)?$/),
      'Landratsamt Musterhausen, Fachdienst Sozialplanung',
    ]);
    expect(pages[1]).toContain('Herausgeber');
    expect(pages[1]).not.toContain('Seite');
  });

  it('lists chapters and sections with the pages where they really are', () => {
    const tocIndex = pages.findIndex((p) => pageLines(p).includes('Inhalt') && p.includes('Einleitung'));
    expect(tocIndex).toBeGreaterThan(0);
    // an entry too long for one line continues on the next; join it with its page number
    const toc = pageLines(pages[tocIndex]!).reduce<string[]>((lines, l) => {
      const last = lines.at(-1);
      if (last !== undefined && !/\d$/.test(last) && last !== 'Inhalt') lines[lines.length - 1] = `${last} ${l}`;
      else lines.push(l);
      return lines;
    }, []);
    CHAPTERS.forEach((chapter, i) => {
      const line = toc.find((l) => l.startsWith(`${i + 1} ${chapter.title} `));
      expect(line, `Inhaltsverzeichnis-Zeile für ${chapter.title}`).toBeDefined();
      const pageNo = Number(line!.split(' ').at(-1));
      const opening = pageLines(pages[pageNo - 1]!);
      // running header, then the chapter's eyebrow and title at the top of the page
      expect(opening.slice(0, 3)).toEqual([chapter.header, `Kapitel ${i + 1}`, chapter.title]);

      // sections: the entries after the chapter line, each on the page it names
      const after = toc.slice(toc.indexOf(line!) + 1, toc.indexOf(line!) + 1 + chapter.sections.length);
      chapter.sections.forEach((section, j) => {
        const m = /^(.+) (\d+)$/.exec(after[j] ?? '');
        expect(m?.[1]).toBe(section);
        const sectionPage = Number(m![2]);
        expect(sectionPage).toBeGreaterThanOrEqual(pageNo);
        expect(pageLines(pages[sectionPage - 1]!).join(' '), `${section} auf Seite ${sectionPage}`).toContain(section);
      });
    });
  });

  it('starts chapters on right-hand pages and leaves the pages before them empty', () => {
    for (const chapter of CHAPTERS) {
      const index = pages.findIndex((p) => pageLines(p)[2] === chapter.title);
      expect((index + 1) % 2, `${chapter.title} auf Seite ${index + 1}`).toBe(1);
    }
    const blank = pages.map((p, i) => (p.trim() === '' ? i + 1 : 0)).filter(Boolean);
    expect(blank.length).toBeGreaterThan(0);
  });

  it('shows the chapter’s short title in the header and "Seite N von M" in the footer', () => {
    const start = pages.findIndex((p) => pageLines(p)[2] === 'Einkommen und Armutsgefährdung');
    const next = pageLines(pages[start + 1]!);
    expect(next[0]).toBe('Einkommen');
    expect(next.at(-1)).toBe(`Seite ${start + 2} von ${pages.length}`);
    pages.forEach((p, i) => {
      const lines = pageLines(p);
      if (i < 2 || lines.length === 0) return; // cover, imprint, empty left-hand pages
      expect(lines.at(-1), `Fußzeile Seite ${i + 1}`).toBe(`Seite ${i + 1} von ${pages.length}`);
    });
    expect(pages[0]).not.toContain('Seite');
  });

  it('marks every page of a draft with ENTWURF and its version, and no page of an adopted publication', () => {
    facts.sideTexts.forEach((texts, i) => {
      // status fachoeffentlich, datum 2026-11-02 (tests/fixtures/mini), once; a Fassung tag in the repository adds its number
      // once per page (rotated axis titles of charts are side texts too)
      const marks = texts.filter((t) => t.includes('ENTWURF'));
      expect(marks, `Seite ${i + 1}`).toHaveLength(1);
      expect(marks[0], `Seite ${i + 1}`).toMatch(/^ENTWURF · zur fachöffentlichen Diskussion, Stand 2\. November 2026(?: · (?:geändert nach )?Fassung \d+)?$/);
    });
    expect(adopted.pages.length).toBeGreaterThan(3);
    adopted.pages.forEach((p, i) => {
      expect(p + adopted.sideTexts[i]!.join(' '), `Seite ${i + 1}`).not.toContain('ENTWURF');
    });
    expect(pageLines(adopted.pages[0]!)).toContain('Beschlossene Fassung');
    const print = fs.readFileSync(path.join(built.dist, 'mini-beschluss', 'druck', 'index.html'), 'utf8');
    expect(print).toMatch(/<img class="titelseite__logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Logo: Landkreis Musterhausen"/);
  });

  it('prints the Beschlussvorlage page when publikation.yaml has one', () => {
    const page = adopted.pages.find((p) => pageLines(p).includes('Beschlussvorlage'));
    expect(page).toBeDefined();
    const lines = pageLines(page!);
    expect(lines).toContain('Drucksache DS 2026/123');
    expect(lines).toContain('Der Kreistag beschließt die Mini-Strategie 2026.');
    expect(lines).toContain('Finanzielle Auswirkungen');
    expect(pages.some((p) => pageLines(p).includes('Beschlussvorlage'))).toBe(false);
  });

  it('puts each footnote at the foot of the page that calls it', () => {
    const notePage = pageOf(pages, (l) => l.endsWith('Eine Fußnote des Kapitels Einkommen.'));
    const callPage = pageOf(pages, (l) => l.startsWith('Auch dieses Kapitel hat einen Abschnitt'));
    expect(notePage).toBeGreaterThan(0);
    expect(notePage).toBe(callPage);
    // the note follows the text of its page, above the footer
    const lines = pageLines(pages[notePage - 1]!);
    expect(lines.findIndex((l) => l.endsWith('Eine Fußnote des Kapitels Einkommen.'))).toBe(lines.length - 2);
    expect(pageOf(pages, (l) => l.endsWith('Eine Fußnote der Einleitung.'))).toBe(pageOf(pages, (l) => l.startsWith('Dieser kleine Bericht prüft den Druck')));
    expect(pages.some((p) => pageLines(p).includes('Fußnoten'))).toBe(false);
  });

  it('numbers figures and tables the same on the website and in the PDF, with cross-references and lists', () => {
    const web = (chapter: string) => fs.readFileSync(path.join(built.dist, 'mini-bericht', chapter, 'index.html'), 'utf8');
    expect(web('einkommen')).toMatch(/<figure id="quote-verlauf" data-nummer="1" data-art="abbildung"/);
    expect(web('einkommen')).toMatch(/Abbildung 1:<\/span> Armutsgefährdungsquote/);
    expect(web('einkommen')).toMatch(/Tabelle 1:<\/span> Armutsgefährdungsquote/);
    expect(web('einleitung')).toMatch(/<a class="verweis"[^>]* href="\/mini-bericht\/einkommen\/#quote-verlauf"[^>]*>Abbildung 1<\/a>/);

    const figurePage = pageOf(pages, (l) => l.startsWith('Abbildung 1: Armutsgefährdungsquote'));
    const tablePage = pageOf(pages, (l) => l.startsWith('Tabelle 1: Armutsgefährdungsquote'));
    expect(figurePage).toBeGreaterThan(0);
    expect(tablePage).toBeGreaterThan(0);
    // lines joined as read: a hyphen at a line end joins the word it breaks („ste-“ „hen“)
    const asRead = (p: string) => pageLines(p).join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\n/g, ' ');
    const intro = pages.map(asRead).find((p) => p.includes('Die Entwicklung der Quote zeigt'))!;
    expect(intro).toContain(`zeigt Abbildung 1, S. ${figurePage}, die Werte stehen in Tabelle 1, S. ${tablePage}.`);

    const listed = (title: string, entry: string) => {
      const lines = pageLines(pages.find((p) => pageLines(p).includes(title)) ?? '');
      const start = lines.findIndex((l) => l.startsWith(entry));
      const end = lines.findIndex((l, i) => i >= start && /\d$/.test(l)); // a long entry wraps; the page number ends it
      return start < 0 ? NaN : Number(lines[end]?.split(' ').at(-1));
    };
    expect(listed('Abbildungsverzeichnis', 'Abbildung 1 Armutsgefährdungsquote')).toBe(figurePage);
    expect(listed('Tabellenverzeichnis', 'Tabelle 1 Armutsgefährdungsquote')).toBe(tablePage);
  });

  it('repeats the header row of a table on every page it continues on', () => {
    const first = pageOf(pages, (l) => l === '1946 322');
    const last = pageOf(pages, (l) => l === '2025 545');
    expect(first).toBeGreaterThan(0);
    expect(last, 'die Tabelle läuft über mehr als eine Seite').toBeGreaterThan(first);
    for (let p = first; p <= last; p++) {
      const lines = pageLines(pages[p - 1]!);
      expect(lines.filter((l) => l === 'Jahr Haushalte mit Wohngeld'), `Kopfzeile auf Seite ${p}`).toHaveLength(1);
    }
  });

  it('gives the same PDF when the publication is laid out in two parts at once', async () => {
    const partsLogger = memoryLogger();
    const [parted] = await renderPdfs({
      distDir: built.dist,
      publications: [{ slug: 'mini-bericht' }],
      logger: partsLogger,
      parts: 2,
      minPagesPerPart: 1,
    });
    expect(parted!.parts).toBe(2);
    expect(partsLogger.lines.some((l) => /^PDF mini-bericht: fertig, \d+ Seiten in .* in 2 Teilen parallel/.test(l))).toBe(true);
    const split = await readPdf(pdfFile, ['kapitel-einleitung--methodik']);
    // every page, with its running head, page number, footnotes and cross-references, the same as in one part
    expect(split.pages).toEqual(pages);
    expect(split.sideTexts).toEqual(facts.sideTexts);
    expect(split.outline).toEqual(facts.outline);
    expect(split.destinations).toEqual(facts.destinations);
    expect(split.tagged).toBe(true);
  });

  it('fails naming the chart whose drawing is not painted, and leaves the last good PDF in place', async () => {
    // a copy of the built site whose chart draws nothing: its SVG is there and takes its room, but paints no mark
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-ungezeichnet-'));
    try {
      fs.cpSync(built.dist, copy, { recursive: true });
      const print = path.join(copy, 'mini-bericht', 'druck', 'index.html');
      const html = fs.readFileSync(print, 'utf8');
      expect(html.match(/<svg[\s>]/g)?.length ?? 0).toBeGreaterThan(0);
      fs.writeFileSync(print, html.replace(/<svg(?=[\s>])/g, '<svg visibility="hidden"'));
      const last = fs.readFileSync(path.join(copy, 'mini-bericht', 'mini-bericht.pdf'));
      const error = await renderPdfs({ distDir: copy, publications: [{ slug: 'mini-bericht' }], logger: memoryLogger() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProblemError);
      const problems = (error as ProblemError).problems;
      expect(problems.map((p) => p.code)).toContain('pdf-inhalt-nicht-gezeichnet');
      const message = problems.find((p) => p.code === 'pdf-inhalt-nicht-gezeichnet')!.message;
      expect(message).toMatch(/^In der PDF der Publikation „mini-bericht“ ist auf Seite \d+ nichts gezeichnet, wo Abbildung 1: .+ \(Kapitel „Einkommen und Armutsgefährdung“\) stehen müsste\.$/);
      // the PDF of the last good build is still the one there
      expect(fs.readFileSync(path.join(copy, 'mini-bericht', 'mini-bericht.pdf')).equals(last)).toBe(true);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  it('is a tagged PDF with title, language, embedded fonts and bookmarks equal to the headings', () => {
    expect(facts.tagged).toBe(true);
    expect(facts.info.Title).toBe('Mini-Bericht 2026');
    expect(facts.info.Language).toBe('de');
    const fonts = fontFacts(pdfFile);
    expect(fonts.fonts).toBeGreaterThan(0);
    expect(fonts).toMatchObject({ type3: 0, notEmbedded: 0 });
    // the chart is a vector figure whose accessible name reaches the PDF as alternative text
    expect(altTexts(pdfFile).some((t) => t.startsWith('Armutsgefährdungsquote'))).toBe(true);

    const chapterMarks = facts.outline.filter((o) => CHAPTERS.some((c) => c.title === o.title));
    expect(chapterMarks.map((o) => o.title)).toEqual(CHAPTERS.map((c) => c.title));
    const sections = facts.outline.filter((o) => o.level === chapterMarks[0]!.level + 1).map((o) => o.title);
    expect(sections).toEqual(expect.arrayContaining(CHAPTERS.flatMap((c) => c.sections)));
    expect(facts.outline.map((o) => o.title)).toContain(LONG_HEADING);
    expect(facts.outline.map((o) => o.title)).toEqual(expect.arrayContaining(['Inhalt', 'Abbildungsverzeichnis', 'Tabellenverzeichnis']));
  });

  it('hyphenates German words on the print page only, never headings, ids or addresses', () => {
    const print = fs.readFileSync(path.join(built.dist, 'mini-bericht', 'druck', 'index.html'), 'utf8');
    expect(print).toContain('Ar\u00ADmuts\u00ADge\u00ADfähr\u00ADdung');
    expect(print).toContain('href="https://www.destatis.de/"');
    expect(print).not.toMatch(/<h[1-6][^>]*>[^<]*\u00AD/);
    expect(print).not.toMatch(/\sid="[^"]*\u00AD/);
    expect(fs.readFileSync(path.join(built.dist, 'mini-bericht', 'einkommen', 'index.html'), 'utf8')).not.toContain('\u00AD');
    // every line that ends with a hyphen breaks the word at a German syllable break, also the last line of a page
    const body = pages.flatMap((p) => {
      const lines = pageLines(p);
      return (lines.length > 2 ? lines.slice(1, -1) : []).filter((l) => !/^\d+\. /.test(l)); // without footnotes
    });
    const breaks = body
      .map((line, i) => ({ line, next: body[i + 1] ?? '' }))
      .filter(({ line }) => /\p{L}[-‑]$/u.test(line))
      .map(({ line, next }) => ({ head: line.slice(0, -1).split(' ').at(-1)!, tail: /^\p{L}*/u.exec(next)![0] }));
    expect(breaks.length).toBeGreaterThan(5);
    const breakPoints = (word: string) => {
      const points = new Set<number>();
      let n = 0;
      for (const c of hyphenateText(word)) c === '\u00AD' ? points.add(n) : n++;
      return points;
    };
    const wrong = breaks.filter(({ head, tail }) => !breakPoints(head + tail).has(head.length));
    expect(wrong.map(({ head, tail }) => `${head}-${tail}`)).toEqual([]);
  });

  it('cites sources author-year with a Literaturverzeichnis, and links glossary terms to the Glossar', () => {
    const text = pages.map((p) => pageLines(p).join(' ')).join('\n');
    expect(text).toContain('Die Mieten sind gestiegen (KGSt 2016, S. 51), vor allem in kleinen Wohnungen (Müller und Schmidt 2021);');
    const bibPage = pages.find((p) => pageLines(p)[0] === 'Literaturverzeichnis' || pageLines(p)[1] === 'Literaturverzeichnis');
    expect(bibPage, 'Literaturverzeichnis').toBeDefined();
    const bib = pageLines(bibPage!).join(' ');
    expect(bib).toContain('KGSt (2016): Kommunale Sozialplanung als Steuerungsunterstützung. Köln: Kommunale Gemeinschaftsstelle für Verwaltungsmanagement.');
    expect(bib.indexOf('KGSt (2016)')).toBeLessThan(bib.indexOf('Müller, Anna; Schmidt, Jonas (2021)'));
    const glossary = pages.find((p) => pageLines(p).includes('Glossar') && p.includes('Wohngeldgesetz'));
    expect(glossary, 'Glossar').toBeDefined();
    expect(pageLines(glossary!).join(' ')).not.toContain('Armutsgefährdungsquote'); // listed only when used

    const web = fs.readFileSync(path.join(built.dist, 'mini-bericht', 'wohnen', 'index.html'), 'utf8');
    expect(web).toContain('(<a href="/mini-bericht/literatur/#quelle-kgst2016">KGSt 2016, S. 51</a>)');
    expect(web).toMatch(/<a class="begriff" href="\/mini-bericht\/glossar\/#begriff-wohngeld" title="Zuschuss zu den Wohnkosten[^"]*">Wohngeld<\/a>/);
    expect(fs.readFileSync(path.join(built.dist, 'mini-bericht', 'literatur', 'index.html'), 'utf8')).toContain('id="quelle-mueller2021"');
    expect(fs.readFileSync(path.join(built.dist, 'mini-bericht', 'glossar', 'index.html'), 'utf8')).toContain('id="begriff-wohngeld"');
  });
});

describe('PDF failures', () => {
  let dist: string;
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-pdf-fehler-'));
    const page = (body: string, head = '') =>
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm }</style>${head}</head><body>${body}</body></html>`;
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      fs.writeFileSync(path.join(dist, file), text);
    };
    write('index.html', page('<p>Start</p>'));
    write('fremd/druck/index.html', page('<h1>Fremd</h1><img alt="" src="https://cdn.example.com/logo.png"><img alt="" src="/fehlt.png">'));
    write(
      'kaputt/druck/index.html',
      page(
        '<h1>Kaputt</h1><p>Text</p>',
        `<script>console.error('Kapitel kaputt'); Element.prototype.getBoundingClientRect = () => { throw new Error('Layout unmöglich'); };</script>`,
      ),
    );
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('blocks third-party requests, warns about missing files, and stops with a German error when Paged.js fails', async () => {
    const logger = memoryLogger();
    const error = await renderPdfs({ distDir: dist, publications: [{ slug: 'fremd' }, { slug: 'kaputt' }], logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const [problem] = (error as ProblemError).problems;
    expect(problem?.code).toBe('pdf-satz-fehlgeschlagen');
    expect(problem?.message).toContain('Der Seitensatz (Paged.js) der Publikation „kaputt“ ist abgebrochen');
    expect(problem?.message).toContain('Layout unmöglich');
    expect(problem?.message).toContain('Kapitel kaputt');
    expect((error as ProblemError).problems).toHaveLength(1);

    // all or nothing: „fremd“ was printed, but no PDF replaces an old one while another publication failed
    expect(logger.lines.some((l) => l.startsWith('PDF fremd: fertig'))).toBe(true);
    expect(fs.readdirSync(path.join(dist, 'fremd'))).toEqual(['druck']);
    const warnings = logger.lines.filter((l) => l.startsWith('warnung')).sort();
    expect(warnings).toEqual([
      'warnung: content/fremd: warnung: Die Druckfassung verweist auf „/fehlt.png“, das fehlt in der gebauten Website (HTTP 404).\n' +
        '  → Prüfen Sie Pfade zu Bildern und Dateien im Kapitel; sie müssen im Projekt liegen. Bauen Sie danach neu mit „npm run build“.',
      'warnung: content/fremd: warnung: Die Druckfassung wollte „https://cdn.example.com/logo.png“ von einem fremden Server laden; das wurde blockiert.\n' +
        '  → Binden Sie Schriften, Bilder und Skripte nur aus dem Projekt ein, nie von einem CDN oder einer fremden Website.',
    ]);
  }, 60_000);

  it('names the publication whose print page is missing before starting a browser', async () => {
    const error = await renderPdfs({ distDir: dist, publications: [{ slug: 'fehlt' }], logger: memoryLogger(), browserPath: '/gibt/es/nicht' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).message).toContain('Die Druckfassung der Publikation „fehlt“ fehlt in der gebauten Website.');
  });
});
