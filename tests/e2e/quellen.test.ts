/**
 * Exports as downloaded (tests/fixtures/quellen/data/quellen/): a Regionaldatenbank table in Windows-1252 with
 * metadata, header rows and footer notes; Zensus flat files in German and English decimals; an INKAR table; a
 * planner's wide table; a BA workbook. The numbers a reader sees on the page are the export's, written by hand here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';

let built: BuiltFixture;
const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  built = await buildFixture('quellen');
}, 300_000);

afterAll(() => built?.cleanup());

describe('Werte aus amtlichen Exporten auf der Website', () => {
  const page = () => text(fs.readFileSync(path.join(built.dist, 'bericht', 'werte', 'index.html'), 'utf8'));

  it('GENESIS-Tabelle: <Wert> und Tabelle zeigen die Zahlen des Exports', () => {
    const t = page();
    expect(t).toContain('Im Landkreis lebten 2018 61.234 Menschen, davon 31.233 Frauen.');
    expect(t).toMatch(/Eichenau\s*12\.345/);
    expect(t).toMatch(/Talbrück\s*–/);
  });

  it('Zensus-Flatfile deutsch (123,4) und englisch (112.75 → 112,8)', () => {
    expect(page()).toMatch(/in Eichenau bei 123,4\s*Einw\. je km², im Landkreis bei 112,8\s*Einw\. je km²/);
  });

  it('INKAR, breite Tabelle und Excel-Arbeitsmappe', () => {
    expect(page()).toContain('Die Schuldnerquote lag 2022 bei 11,8 %, die Arbeitslosenquote 2023 bei 6,1 % (Eichenau 2022: 5,9 %).');
  });
});
