import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { projectWith, runCheck } from '../../helpers/check-project.ts';

// One chapter with every kind of code a planner might paste; each line below is numbered by hand.
const CODE_CHAPTER = [
  '---', //                                                         1
  'titel: Code', //                                                 2
  '---', //                                                         3
  '', //                                                            4
  "import fs from 'node:fs'", //                                    5
  '', //                                                            6
  'Stand: {new Date().getFullYear()}', //                           7
  '', //                                                            8
  "{fs.readFileSync('/etc/passwd', 'utf8')}", //                    9
  '', //                                                           10
  '<Wert indikator={geheim} gebiet="ms" />', //                    11
  '', //                                                           12
  'Erlaubt: {/* ein Kommentar */} <Tabelle indikator="quote" gebiete={["land", "ms"]} jahre={2023} />', // 13
  '', //                                                           14
  'export const x = 1', //                                         15
  '',
].join('\n');

describe('Kapitel sind Inhalt, kein Code', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('meldet import, export und Ausdrücke in Text und Attributen mit Datei:Zeile:Spalte', () => {
    const dir = projectWith('mini', { 'content/mini-bericht/04-code.mdx': CODE_CHAPTER });
    dirs.push(dir);
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    const hint = 'Löschen Sie die Zeile. Die Bausteine (<Wert>, <Tabelle>, <Diagramm>, <Karte> …) stehen in jedem Kapitel ohne import bereit.';
    expect(output).toContain(`content/mini-bericht/04-code.mdx:5:1: fehler: Ein Kapitel darf kein „import“ enthalten: Kapitel sind Inhalt, kein Programmcode.\n  → ${hint}`);
    expect(output).toContain(`content/mini-bericht/04-code.mdx:15:1: fehler: Ein Kapitel darf kein „export“ enthalten: Kapitel sind Inhalt, kein Programmcode.\n  → ${hint}`);
    // `new Date()` starts at column 9 (after „Stand: {“)
    expect(output).toContain('content/mini-bericht/04-code.mdx:7:9: fehler: Hier steht ein Funktionsaufruf in geschweiften Klammern: das wäre Programmcode, der beim Erzeugen des Berichts liefe.');
    expect(output).toContain('content/mini-bericht/04-code.mdx:9:2: fehler: Hier steht ein Funktionsaufruf in geschweiften Klammern');
    // `geheim` starts at column 18 of `<Wert indikator={geheim}`
    expect(output).toContain('content/mini-bericht/04-code.mdx:11:18: fehler: Hier steht der Name „geheim“ in geschweiften Klammern');
    // the comment and the literal list on line 13 are fine
    expect(output).not.toContain('04-code.mdx:13:');
  }, 30_000);

  it('erlaubt feste Listen und Objekte (freie Diagramm-Spezifikation) und verbietet Rechnungen darin', () => {
    const dir = projectWith('mini', {
      'content/mini-bericht/04-spec.mdx': '---\ntitel: Spec\n---\n\n<Diagramm daten="x" spec={{ mark: "bar", encoding: { x: { field: "a", scale: { domain: [0.8, -1] } } } }} />\n\n<Diagramm daten="x" spec={{ mark: "bar" + "x" }} />\n',
    });
    dirs.push(dir);
    const { output } = runCheck(dir);
    expect(output).not.toMatch(/04-spec\.mdx:5:\d+: fehler: Hier steht/);
    // `"bar" + "x"` starts at column 35 (`<Diagramm daten="x" spec={{ mark: ` is 34 characters)
    expect(output).toContain('content/mini-bericht/04-spec.mdx:7:35: fehler: Hier steht eine Rechnung oder Verknüpfung in geschweiften Klammern');
  }, 30_000);

  it('meldet MDX-Syntaxfehler mit Ort und deutscher Erklärung: ein offenes Tag, eine offene Klammer', () => {
    const dir = projectWith('mini', {
      'content/mini-bericht/04-syntax.mdx': '---\ntitel: Syntax\n---\n\nText mit <Wert indikator="quote" gebiet="ms"\n\nund weiter.\n',
      'content/mini-bericht/05-klammer.mdx': '---\ntitel: K\n---\n\nDer Betrag {ohne Klammer zu\n',
    });
    dirs.push(dir);
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    // the paragraph ends after the 44 characters of line 5 while the tag is still open
    expect(output).toContain(
      'content/mini-bericht/04-syntax.mdx:5:45: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag).\n' +
        '  → Meist ist ein Tag nicht geschlossen (<Wert … /> braucht „/>“ am Ende, <Begriff>…</Begriff> ein Schluss-Tag) oder ein „<“ steht im Text. Schreiben Sie „kleiner als“ oder „\\<“, wenn Sie das Zeichen meinen.',
    );
    expect(output).toContain(
      'content/mini-bericht/05-klammer.mdx:5:28: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler: Unexpected end of file in expression, expected a corresponding closing brace for `{`).\n' +
        '  → Meist steht eine geschweifte Klammer „{“ im Text oder eine Klammer wird nicht geschlossen. Schreiben Sie „\\{“, wenn Sie das Zeichen meinen.',
    );
  }, 30_000);
});
