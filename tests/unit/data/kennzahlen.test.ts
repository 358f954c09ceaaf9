import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKennzahlen, keyFigure, sparklinePath } from '../../../src/data/kennzahlen.ts';
import { checkKennzahlenReferences } from '../../../src/data/references/kennzahlen-references.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { fakeStore } from '../charts/fake-store.ts';

describe('Der Kreis in Zahlen', () => {
  it('shows the county’s latest value and its change since the first year, judged by the richtung', () => {
    // fake-store: SGB-II-Quote of Landkreis Hainwald 9,9 % (2015) … 8,7 % (2024); rising is bad → falling is günstig.
    const f = keyFigure(fakeStore(), 'sgb2-quote', 3)!;
    expect(f.gebiet.id).toBe('hw');
    expect(f.latest.jahr).toBe(2024);
    expect(f.zahl.replace(/\s/g, ' ')).toBe('8,7 %');
    expect(f.trend!.pfeil).toBe('▼');
    expect(f.changeText).toBe('−1,2 Prozentpunkte seit 2015');
    expect(f.wertungText).toBe('günstige Entwicklung');
    expect(f.points).toHaveLength(10);
  });

  it('sets the unit of a long unit beside the number', () => {
    // fake-store: Hausärzte je 10.000 Einwohner, Landkreis 6,1 in 2024 only (no change to show).
    const f = keyFigure(fakeStore(), 'aerzte', 3)!;
    expect(f.zahl).toBe('6,1');
    expect(f.einheit).toBe('je 10.000 Einw.');
    expect(f.trend).toBeNull();
  });

  it('draws the sparkline from the values: lowest at the bottom, latest at the right', () => {
    const s = sparklinePath([{ jahr: 2020, wert: 1 }, { jahr: 2022, wert: 3 }, { jahr: 2024, wert: 2 }], 104, 24)!;
    // x: 2 + (j − 2020) / 4 × 100; y: 2 + (1 − (w − 1) / 2) × 20
    expect(s.line).toBe('2,22 52,2 102,12');
    expect(s.last).toEqual([102, 12]);
  });

  it('refuses an id that is not in the catalogue, at its place in the list', () => {
    const problems = checkKennzahlen(fakeStore(), ['sgb2-quote', 'sgb2_quote'], (i) => ({ file: 'content/website.yaml', line: 3 + i, column: 5 }), 3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'kennzahl-unbekannt', severity: 'fehler', line: 4, column: 5 });
    expect(problems[0]!.message).toBe('Die Kennzahl „sgb2_quote“ steht nicht im Indikatorenkatalog (data/indikatoren/indikatoren.csv).');
  });

  it('locates the unknown id in website.yaml and publikation.yaml (file:line:column)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kennzahlen-'));
    try {
      fs.mkdirSync(path.join(root, 'content', 'bericht'), { recursive: true });
      fs.writeFileSync(path.join(root, 'content', 'website.yaml'), 'beispielangaben: false\nkennzahlen:\n  - sgb2-quote\n  - armut\n');
      fs.writeFileSync(path.join(root, 'content', 'bericht', 'publikation.yaml'), 'titel: B\nkennzahlen: [aerzte, kinderarmut]\n');
      const paths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
      const messages = checkKennzahlenReferences(paths, fakeStore()).map((p) => formatProblem(p).split('\n')[0]);
      expect(messages).toEqual([
        'content/bericht/publikation.yaml:2:22: fehler: Die Kennzahl „kinderarmut“ steht nicht im Indikatorenkatalog (data/indikatoren/indikatoren.csv).',
        'content/website.yaml:4:5: fehler: Die Kennzahl „armut“ steht nicht im Indikatorenkatalog (data/indikatoren/indikatoren.csv).',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
