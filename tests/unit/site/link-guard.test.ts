/** The link guard finds missing pages, missing anchors and links outside the base in a hand-made output folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { findBrokenLinks, linkGuardProblems, MAX_LISTED } from '../../../src/site/link-guard.ts';

let dir: string;

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-guard-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const SITE = {
  'index.html': `<!doctype html><html><head>
<link rel="stylesheet" href="/projekt/_astro/site.css">
<script type="module" src="/projekt/_astro/app.js"></script>
<link rel="preconnect" href="https://fonts.example.org">
</head><body>
<a href="/projekt/bericht/">gut</a>
<a href="bericht/#tabelle-1">gut mit Anker</a>
<a href="/projekt/bericht/fehlt/">fehlende Seite</a>
<a href="/projekt/bericht/#gibt-es-nicht">fehlender Anker</a>
<a href="/anderes-projekt/">außerhalb</a>
<img src="/projekt/bilder/karte.png" srcset="/projekt/bilder/karte.png 1x, /projekt/bilder/karte-2x.png 2x" alt="">
<a href="mailto:sozialplanung@kreis.example">E-Mail</a>
<a href="tel:+49123456">Telefon</a>
<a href="https://www.destatis.de/DE/fehlt/">extern</a>
<a download="werte.csv" href="data:text/csv;charset=utf-8,Jahr%2CWert%0A2024%2C1">CSV</a>
<a href="#inhalt">Sprung</a>
<main id="inhalt"></main>
<!-- <a href="/projekt/im-kommentar/">nicht geprüft</a> -->
<script>const s = '<a href="/projekt/im-skript/">';</script>
<a href="/projekt/bericht/bericht.pdf">PDF (schreibt die PDF-Phase)</a>
</body></html>`,
  'bericht/index.html': `<html><body><h2 id="tabelle-1">Tabelle</h2>
<a href="../">zurück</a>
<a href="../bericht/fehlt/">dieselbe fehlende Seite</a>
<a href="#oben">fehlender Anker auf derselben Seite</a>
<picture><source srcset="/projekt/bilder/fehlt.webp"><img src="../bilder/karte.png" alt=""></picture>
</body></html>`,
  '_astro/site.css': 'body{}',
  '_astro/app.js': '',
  'bilder/karte.png': 'png',
  'bilder/karte-2x.png': 'png',
};

describe('findBrokenLinks', () => {
  it('reports exactly the missing page, the missing anchors, the link outside the base and the missing image', () => {
    write(SITE);
    const { broken, pages } = findBrokenLinks(dir, { base: '/projekt/' }, ['/bericht/bericht.pdf']);
    expect(pages).toBe(2);
    expect(broken).toEqual([
      { page: '/', target: '/projekt/bericht/fehlt/', reason: 'fehlt', morePages: 1 },
      { page: '/', target: '/projekt/bericht/#gibt-es-nicht', reason: 'anker', morePages: 0 },
      { page: '/', target: '/anderes-projekt/', reason: 'ausserhalb', morePages: 0 },
      { page: '/bericht/', target: '#oben', reason: 'anker', morePages: 0 },
      { page: '/bericht/', target: '/projekt/bilder/fehlt.webp', reason: 'fehlt', morePages: 0 },
    ]);
  });

  it('reports the PDF when no later phase writes it, and a same-host absolute link outside the base', () => {
    write({
      'index.html': '<a href="/projekt/bericht/bericht.pdf">PDF</a><a href="https://kreis.example/impressum/">Impressum des Kreises</a><a href="https://kreis.example/projekt/">Start</a>',
    });
    const { broken } = findBrokenLinks(dir, { base: '/projekt/', url: 'https://kreis.example/projekt/' });
    expect(broken).toEqual([
      { page: '/', target: '/projekt/bericht/bericht.pdf', reason: 'fehlt', morePages: 0 },
      { page: '/', target: 'https://kreis.example/impressum/', reason: 'ausserhalb', morePages: 0 },
    ]);
  });

  it('at the domain root, absolute links map straight to the output folder', () => {
    write({ 'index.html': '<a href="/gebiete/">Gebiete</a><a href="/gebiete/hw/">fehlt</a>', 'gebiete/index.html': '' });
    expect(findBrokenLinks(dir, { base: '/' }).broken).toEqual([{ page: '/', target: '/gebiete/hw/', reason: 'fehlt', morePages: 0 }]);
  });
});

describe('linkGuardProblems', () => {
  it('names the page and the target in German, one message per target', () => {
    write(SITE);
    const problems = linkGuardProblems(findBrokenLinks(dir, { base: '/projekt/' }, ['/bericht/bericht.pdf']).broken);
    expect(problems.map((p) => p.code)).toEqual([
      'website-link-ziel-fehlt',
      'website-anker-fehlt',
      'website-link-ausserhalb',
      'website-anker-fehlt',
      'website-link-ziel-fehlt',
    ]);
    expect(formatProblem(problems[0]!)).toContain(
      'Seite /: fehler: Der Link „/projekt/bericht/fehlt/“ führt zu keiner Datei der gebauten Website (ebenso auf 1 weiteren Seite).',
    );
    expect(problems[2]!.message).toContain('„/anderes-projekt/“ führt aus dem Pfad der Website heraus');
    expect(problems[3]!.file).toBe('Seite /bericht/');
  });

  it('lists at most 20 broken targets, then „… und N weitere“', () => {
    const links = Array.from({ length: 23 }, (_, i) => `<a href="/fehlt-${i}/">x</a>`).join('');
    write({ 'index.html': links });
    const problems = linkGuardProblems(findBrokenLinks(dir, { base: '/' }).broken);
    expect(MAX_LISTED).toBe(20);
    expect(problems).toHaveLength(21);
    expect(problems[19]!.message).toContain('„/fehlt-19/“');
    expect(problems[20]!.message).toBe('… und 3 weitere fehlerhafte Links.');
  });
});

describe('reading the generated HTML', () => {
  it('decodes character references, reads bare and single-quoted values, srcset with data: URLs, <a name> and upper-case tags', () => {
    write({
      'index.html': `<A HREF='seite/?a=1&amp;b=2#teil&#45;2'>x</A>
<img src=bild.png srcset="data:image/png;base64,AAA, /fehlt.png 2x" alt="">
<a href="#alt">alt</a><a name="alt"></a>
<source srcset="/bild.png 1x,/fehlt-2x.png 2x">`,
      'seite/index.html': '<p id="teil-2"></p>',
      'bild.png': 'png',
    });
    expect(findBrokenLinks(dir, { base: '/' }).broken).toEqual([
      { page: '/', target: '/fehlt.png', reason: 'fehlt', morePages: 0 },
      { page: '/', target: '/fehlt-2x.png', reason: 'fehlt', morePages: 0 },
    ]);
  });
});
