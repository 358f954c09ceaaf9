/**
 * The Lektorat of `npm run check`: each finding with the printed line a planner sees (columns counted by hand), the
 * project's word list, `--streng`, and the demo's own prose without a single spelling warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWith, runCheck } from '../../helpers/check-project.ts';

const FILE = 'content/mini-bericht/04-lektorat.mdx';
const CHAPTER = [
  '---',
  'titel: Lektorat',
  '---',
  '',
  'Die Armutsgefärdung ist hoch.', //                                    5: the misspelt word at column 5
  '',
  'Das ist die die Frage, die die Runde stellt.', //                     7: second „die“ at 13; „, die die“ is good German
  '',
  'Er sagte "nein" dazu.', //                                            9: quotes at 10 and 15
  '',
  'Die Armutsgefährdungsquote lag 2024 bei 17,3 Prozent, 2022 bei 99,9 Prozent.', // 11: 17,3 at 41 (ms 2024); 99,9 is no value
  '',
  '# Oberste Ebene', //                                                  13
  '',
  '![](bild.png)', //                                                    15
  '',
  'Der Ort Quaxelbach liegt im Landkreis.', //                            17: the name at column 9
  '',
].join('\n');

describe('Lektorat', () => {
  let dir: string;
  let plain: { code: number; output: string };
  let strict: { code: number; output: string };
  beforeAll(() => {
    dir = projectWith('mini', { [FILE]: CHAPTER });
    strict = runCheck(dir, ['--streng']);
    fs.writeFileSync(path.join(dir, 'content/woerterbuch.txt'), '# Namen\nQuaxelbach\nMusterhausen\n');
    plain = runCheck(dir);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ein Wort, das nicht im Wörterbuch steht', () => {
    expect(plain.output).toContain(
      `${FILE}:5:5: warnung: „Armutsgefärdung“ steht nicht im Wörterbuch.\n  → Prüfen Sie die Schreibweise. Ist das Wort richtig (ein Name, ein Fachwort), tragen Sie es in content/woerterbuch.txt ein, ein Wort je Zeile.`,
    );
    // a compound of known words is no finding
    expect(plain.output).not.toContain('„Armutsgefährdungsquote“ steht nicht');
  });

  it('ein doppeltes Wort', () => {
    expect(plain.output).toContain(`${FILE}:7:13: warnung: „die die“: dasselbe Wort steht zweimal hintereinander.\n  → Löschen Sie eines der beiden Wörter.`);
    expect(plain.output.match(/04-lektorat\.mdx:7:\d+: warnung: „die die“/g)).toHaveLength(1);
  });

  it('gerade Anführungszeichen', () => {
    expect(plain.output).toContain(`${FILE}:9:10: warnung: Gerades Anführungszeichen (") im Text.\n  → Schreiben Sie deutsche Anführungszeichen „…“`);
    expect(plain.output).toContain(`${FILE}:9:15: warnung: Gerades Anführungszeichen (") im Text.`);
  });

  it('eine von Hand geschriebene Zahl, die einem Wert des genannten Indikators entspricht', () => {
    expect(plain.output).toContain(
      `${FILE}:11:41: warnung: Die Zahl „17,3“ ist von Hand geschrieben; sie entspricht dem Wert des Indikators „quote“ für „ms“ 2024.\n  → Schreiben Sie <Wert indikator="quote" gebiet="ms" jahr="2024" />`,
    );
    expect(plain.output).not.toContain('„99,9“');
  });

  it('eine Überschrift mit einem # und ein Bild ohne Alternativtext', () => {
    expect(plain.output).toContain(`${FILE}:13:1: warnung: Die Überschrift beginnt mit einem „#“: die oberste Ebene ist der Kapiteltitel aus dem Frontmatter.`);
    expect(plain.output).toContain(`${FILE}:15:1: warnung: Das Bild hat keinen Alternativtext`);
  });

  it('ein Wort aus content/woerterbuch.txt ist kein Fehler; ohne die Liste wäre es einer', () => {
    expect(plain.output).not.toContain('Quaxelbach');
    expect(strict.output).toContain(`${FILE}:17:9: fehler: „Quaxelbach“ steht nicht im Wörterbuch.`);
  });

  it('ein zweiter Lauf (Urteile des Wörterbuchs aus dem Zwischenspeicher) meldet dieselben Hinweise', () => {
    const again = runCheck(dir);
    const warnings = (output: string) => output.split('\n').filter((l) => l.includes(': warnung: '));
    expect(warnings(again.output)).toEqual(warnings(plain.output));
    expect(again.output).toContain(`${FILE}:5:5: warnung: „Armutsgefärdung“ steht nicht im Wörterbuch.`);
    expect(again.output).not.toContain('Quaxelbach');
  });

  it('Warnungen lassen die Prüfung bestehen, mit --streng sind sie Fehler', () => {
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.output).toContain(`${FILE}:7:13: fehler: „die die“`);
  });
});

describe('Lektorat der Demo', () => {
  it('kennt jedes Wort der Demo-Kapitel', () => {
    const { code, output } = runCheck(path.resolve(import.meta.dirname, '../../..'), ['--lektorat']);
    expect(code).toBe(0);
    expect(output).not.toContain('steht nicht im Wörterbuch');
    expect(output).toContain('content/sozialbericht-2025/03-einkommen-und-armut.mdx: keine Hinweise · Wiener Sachtextformel');
  }, 60_000);
});
