/**
 * The website as a reader gets it: builds the fixture „zwei-publikationen“ (two publications, a German Excel CSV,
 * a count below the confidentiality threshold) and reads the HTML files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedVersionText } from '../../src/versions/stamp.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';

const EPOCH = 1_700_000_000; // 14.11.2023, 22:13 UTC
let built: BuiltFixture;
const page = (p: string) => fs.readFileSync(path.join(built.dist, p, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?(span|abbr|a|time|strong|em|sup|sub|b|i)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  built = await buildFixture('zwei-publikationen');
}, 300_000);

afterAll(() => built?.cleanup());

describe('Website des Fixtures „zwei-publikationen“', () => {
  it('zeigt auf der Startseite beide Publikationen in ihrer Reihenfolge mit Status und PDF', () => {
    const html = page('.');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de">/);
    const t = text(html);
    expect(t).toContain('Sozialplanung Landkreis Testhausen');
    expect(t.indexOf('Testbericht 2024')).toBeLessThan(t.indexOf('Teststrategie'));
    expect(t).toMatch(/Testbericht 2024 .*Entwurf\s*Fassung vom 15\. März 2026\s*3 Kapitel/);
    expect(t).toMatch(/Teststrategie .*Beschlossene Fassung\s*Fassung vom 30\. Juni 2026\s*1 Kapitel/);
    expect(html).toContain('href="/bericht-2024/bericht-2024.pdf"');
  });

  it('hat auf jeder Seite Sprunglink, Landmarken, Erstellungsdatum und Version', () => {
    const version = expectedVersionText(built.project);
    const pages = fs
      .readdirSync(built.dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.includes('druck'));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const p of pages) {
      const html = fs.readFileSync(path.join(built.dist, p), 'utf8');
      expect(html, p).toMatch(/<body><a class="skip-link" href="#inhalt">Zum Inhalt springen<\/a>/);
      expect(html, p).toContain('<main id="inhalt"');
      expect(html, p).toMatch(/<header class="site-header">[\s\S]*<nav[^>]*aria-label="Publikationen"/);
      expect(html, p).toContain('<footer class="site-footer">');
      expect(text(html), p).toContain('Erstellt am 14.11.2023, 22:13 UTC');
      expect(text(html), p).toContain(version);
    }
  });

  it('spricht auf der Seite „Fassungen“ und in der Fußzeile die Sprache der Leser: kein npm, kein git, keine Prüfsumme', () => {
    const t = text(page('fassungen'));
    expect(t).not.toMatch(/\bnpm\b|\bgit\b|\bKlon\b/);
    // the fixture lies in the tool's repository, which has no Fassung tags (or, in a shallow clone, no history)
    expect(t).toMatch(/Es ist noch keine Fassung festgehalten\.|Die früheren Fassungen und ihre Änderungen können auf dieser Website zurzeit nicht angezeigt werden\./);
    const footer = /<span class="version-stamp"[^>]*>(.*?)<\/span>/.exec(page('.'))?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    expect(footer).toMatch(/^(Fassung \d+( \(.+\))?|Arbeitsstand) vom \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/);
    expect(footer).not.toMatch(/\b[0-9a-f]{7}\b|fassung-/);
  });

  it('zeigt auf Kapitelseiten den Status der Publikation und die Kapitel in der richtigen Reihenfolge', () => {
    const html = page('bericht-2024/einleitung');
    expect(html).toContain('<time datetime="2026-03-15">15. März 2026</time>');
    expect(text(html)).toContain('Dieser Text ist noch nicht beschlossen');
    const nav = /<nav class="chapter-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect([...nav.matchAll(/<li><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.trim())).toEqual(['Vorwort', 'Einleitung', 'Bevölkerung']);
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fußnoten</h2>');
    expect(html).toContain('„deutschen Anführungszeichen“');
    expect(text(page('strategie/ziele'))).not.toContain('noch nicht beschlossen');
  });

  it('rendert Zahlen aus einer deutschen Excel-CSV (Windows-1252, Semikolon, Dezimalkomma) im deutschen Format', () => {
    const t = text(page('bericht-2024/demografie'));
    expect(t).toContain('Ende 2024 lebten 23.210 Menschen');
    expect(t).toContain('lag 2024 bei 12,5 %, in Nordheim bei 9,8 % und in Südheim bei .');
    expect(page('bericht-2024/demografie')).toMatch(/<abbr title="[^"]*">\.<\/abbr>/);
  });

  it('veröffentlicht keine Fallzahl unter der Mindestfallzahl, auch keine daraus ableitbare', () => {
    const t = text(page('bericht-2024/demografie'));
    expect(t).toContain('In Nordheim gab es * Inobhutnahmen, in Südheim *.');
    expect(t).not.toMatch(/gab es 2 Inobhutnahmen|Südheim 7/);
  });

  it('zeichnet Diagramm und Karte als SVG mit zugänglichem Namen', () => {
    const html = page('bericht-2024/demografie');
    const svgs = [...html.matchAll(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/g)];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const [, ids] of svgs) for (const id of ids!.split(' ')) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Daten herunterladen (CSV)');
  });

  it('lädt nichts von fremden Servern', () => {
    const files = fs.readdirSync(built.dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css)$/.test(f));
    for (const f of files) {
      const content = fs.readFileSync(path.join(built.dist, f), 'utf8');
      expect(content, f).not.toMatch(/<(script|img|iframe)[^>]*\ssrc="(https?:)?\/\//);
      expect(content, f).not.toMatch(/<link[^>]*href="(https?:)?\/\//);
      expect(content, f).not.toMatch(/url\(["']?(https?:)?\/\//);
      expect(content, f).not.toMatch(/@import\s+["']?(https?:)?\/\//);
    }
  });

  it('erzeugt Gebietsprofile und den Indikatorenanhang mit den verwendenden Kapiteln', () => {
    const t = text(page('gebiete/nord'));
    expect(t).toContain('Nordheim');
    expect(t).toContain('Gehört zu Landkreis Testhausen');
    // 10,1 (2023) → 9,8 (2024): the arrow now comes with the number (it was drawn by CSS, apart from the sign)
    expect(t).toMatch(/SGB-II-Quote 2024 9,8 % ▼ −0,3 Prozentpunkte seit 2023\s*\(günstige Entwicklung\) 12,5 %/);
    const ind = page('indikatoren');
    expect(text(ind)).toContain('Anteil der Leistungsberechtigten an der Bevölkerung unter 65 Jahren.');
    expect(ind).toMatch(/id="indikator-quote"[\s\S]*?Verwendet in: <a href="\/bericht-2024\/demografie\/">Testbericht 2024, Demografie<\/a>/);
  });
});
