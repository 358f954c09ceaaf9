/**
 * The Lektorat's report page for the authors, as `npm run check` writes it: the chapter's row with its warnings by
 * kind (counted by hand below), the Wiener Sachtextformel of its prose (computed by hand below), every finding with
 * file:line:column, and chapter text escaped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateHtmlFile } from '../../helpers/browser-html.ts';
import { projectWith, runCheck } from '../../helpers/check-project.ts';

const FILE = 'content/mini-bericht/04-markt.mdx';
const CHAPTER = [
  '---',
  'titel: "Wohnungsmarkt & <i>Mieten</i>"',
  '---',
  '',
  'Die Mitee ist sehr hoch.', //                                 5: „Mitee“ misspelt, column 5
  '',
  'Viele Menschen sagten „nein" dazu.', //                       7: the closing quote typed straight, column 28
  '',
  'Das ist die die wichtigste Aufgabe der Verwaltung.', //     9: the second „die“ at column 13
  '',
].join('\n');

/*
 * Wiener Sachtextformel (first formula) of the chapter's prose, by hand. Words and syllables:
 *   Die(1) Mitee(2: Mi-tee) ist(1) sehr(1) hoch(1) | Viele(2) Menschen(2) sagten(2) nein(1) dazu(2)
 *   | Das(1) ist(1) die(1) die(1) wichtigste(3) Aufgabe(3) der(1) Verwaltung(3)
 *   18 words in 3 sentences.
 *   MS = words with 3+ syllables: wichtigste, Aufgabe, Verwaltung = 3 of 18 = 16.667 %
 *   SL = 18 / 3 = 6 words per sentence
 *   IW = words with more than 6 letters: Menschen(8), wichtigste(10), Aufgabe(7), Verwaltung(10) = 4 of 18 = 22.222 %
 *   ES = one-syllable words: Die, ist, sehr, hoch, nein, Das, ist, die, die, der = 10 of 18 = 55.556 %
 *   WSTF = 0.1935·16.667 + 0.1672·6 + 0.1297·22.222 − 0.0327·55.556 − 0.875
 *        = 3.2250 + 1.0032 + 2.8822 − 1.8167 − 0.875 = 4.4187 → shown as 4,4
 */
const WSTF = '4,4';

/** The cells of the table row whose header holds `file`, tags removed. */
function row(html: string, file: string): string[] {
  const tr = html.match(/<tr>[\s\S]*?<\/tr>/g)?.find((r) => r.includes(file));
  if (!tr) return [];
  return [...tr.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}

describe('Lektoratsbericht für die Autorinnen und Autoren', () => {
  let dir: string;
  let result: { code: number; output: string };
  let html: string;
  beforeAll(() => {
    dir = projectWith('mini', { [FILE]: CHAPTER });
    result = runCheck(dir);
    html = fs.readFileSync(path.join(dir, '.lektorat', 'bericht.html'), 'utf8');
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sagt auf der Konsole, wo der Bericht liegt', () => {
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Lektoratsbericht für die Autorinnen und Autoren (wird nicht veröffentlicht): ${path.join(dir, '.lektorat', 'bericht.html')}\n`);
  });

  it('zeigt die Zeile des Kapitels: je Art die Zahl der Hinweise und die Wiener Sachtextformel', () => {
    // columns: Rechtschreibung, Wortdopplung, Anführungszeichen, Zahl von Hand, Überschrift, Bild ohne Alternativtext, Zusammen, Lesbarkeit
    expect(row(html, FILE)).toEqual(['1', '1', '1', '0', '0', '0', '3', WSTF]);
    expect(html).toMatch(/<table><caption>Hinweise des Lektorats je Kapitel: Mini-Bericht 2026<\/caption><thead><tr><th scope="col">Kapitel<\/th><th scope="col">Rechtschreibung<\/th>/);
  });

  it('nennt jeden Hinweis mit Datei, Zeile und Spalte unter dem Kapitel', () => {
    const section = html.slice(html.indexOf('<h4 id="lektorat-mini-bericht-markt">'));
    const items = [...section.slice(0, section.indexOf('</section>')).matchAll(/<span class="ort">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(items).toEqual([`${FILE}:5:5`, `${FILE}:7:28`, `${FILE}:9:13`]);
    expect(section).toContain('„Mitee“ steht nicht im Wörterbuch.');
    expect(html).toContain('<a href="#lektorat-mini-bericht-markt">');
  });

  it('schreibt Text aus dem Kapitel maskiert in die Seite', () => {
    expect(html).toContain('Wohnungsmarkt &amp; &lt;i&gt;Mieten&lt;/i&gt;');
    expect(html).not.toContain('<i>Mieten</i>');
  });

  it('ist gültiges HTML (html-validate, empfohlene Regeln)', async () => {
    expect(await validateHtmlFile(path.join(dir, '.lektorat', 'bericht.html'))).toEqual([]);
  });

  it('erklärt, was die Zahl der Lesbarkeit bedeutet', () => {
    expect(html).toContain('<h2 id="lesbarkeit">Was die Lesbarkeit bedeutet</h2>');
    expect(html).toContain('4 heißt sehr leicht, 15 sehr\nschwer');
  });
});
