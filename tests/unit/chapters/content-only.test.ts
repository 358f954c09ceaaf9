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

  it('meldet MDX-Syntaxfehler am „<“ oder „{“, das sie verursacht, mit deutscher Erklärung', () => {
    const head = (titel: string) => `---\ntitel: ${titel}\n---\n\n`; // four lines; the text starts on line 5
    const dir = projectWith('mini', {
      // `3 < 5` (with a space) is text in MDX; `3 <5` starts a tag
      'content/mini-bericht/04-vergleich.mdx': `${head('Vergleich')}Text mit 3 < 5 Fällen\n`,
      'content/mini-bericht/05-kleiner.mdx': `${head('Kleiner')}Text mit 3 <5 Fällen\n\nNoch ein Absatz.\n`,
      'content/mini-bericht/06-klammer.mdx': `${head('Klammer')}Text {Klammer\n\nNoch ein Absatz.\n`,
      'content/mini-bericht/07-tag.mdx': `${head('Tag')}Die Quote <Wert indikator="x"> liegt hoch.\n\nNoch ein Absatz.\n`,
      'content/mini-bericht/08-offen.mdx': `${head('Offen')}Text mit <Wert indikator="quote" gebiet="ms"\n\nund weiter.\n`,
    });
    dirs.push(dir);
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    const refs = 'Verweise auf dieses Kapitel (Marken, Abschnitte) werden erst geprüft, wenn es sich lesen lässt.';
    expect(output).not.toContain('04-vergleich.mdx:');
    // „Text mit 3 “ is 11 characters: the „<“ is column 12
    expect(output).toContain(
      'content/mini-bericht/05-kleiner.mdx:5:12: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Das Zeichen „<“ vor „5“ wird als Beginn eines Tags gelesen.\n' +
        `  → Meinen Sie „kleiner als“, schreiben Sie „\\<“ oder setzen Sie ein Leerzeichen dahinter (3 < 5). ${refs}`,
    );
    // „Text “ is 5 characters: the „{“ is column 6
    expect(output).toContain(
      'content/mini-bericht/06-klammer.mdx:5:6: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Die geschweifte Klammer „{“ wird nicht geschlossen.\n' +
        `  → Meinen Sie das Zeichen „{“ im Text, schreiben Sie „\\{“. ${refs}`,
    );
    // „Die Quote “ is 10 characters: the tag starts at column 11
    expect(output).toContain(
      'content/mini-bericht/07-tag.mdx:5:11: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Das Tag <Wert> wird nicht geschlossen.\n' +
        `  → Schreiben Sie <Wert … /> mit „/>“ am Ende, wenn das Tag nichts umschließt; sonst schließen Sie es im selben Absatz mit </Wert>. ${refs}`,
    );
    // „Text mit “ is 9 characters: the tag starts at column 10 (the parser stops at the end of the line, column 45)
    expect(output).toContain(
      'content/mini-bericht/08-offen.mdx:5:10: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Das Tag <Wert endet nicht: „/>“ oder „>“ fehlt.\n' +
        `  → Schließen Sie das Tag mit „/>“: <Wert … />. Meinen Sie das Zeichen „<“ im Text, schreiben Sie „\\<“. ${refs}`,
    );
    // one message per broken chapter, nothing at the end of a line
    expect(output.match(/: fehler: /g)).toHaveLength(4);
  }, 30_000);

  it('nennt einen Attributwert ohne Anführungszeichen und ein falsches Schluss-Tag auf Deutsch', () => {
    const dir = projectWith('mini', {
      'content/mini-bericht/04-wert.mdx': '---\ntitel: W\n---\n\nQuote: <Wert indikator="quote" gebiet=ms />\n',
      'content/mini-bericht/05-schluss.mdx': '---\ntitel: S\n---\n\nMehr <Begriff>Wohngeld</Wert> hier.\n',
    });
    dirs.push(dir);
    const { output } = runCheck(dir);
    const refs = 'Verweise auf dieses Kapitel (Marken, Abschnitte) werden erst geprüft, wenn es sich lesen lässt.';
    // „Quote: <Wert indikator="quote" gebiet=“ is 38 characters: „ms“ starts at column 39
    expect(output).toContain(
      'content/mini-bericht/04-wert.mdx:5:39: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Der Wert „ms“ des Attributs „gebiet“ steht nicht in Anführungszeichen.\n' +
        `  → Schreiben Sie gebiet="ms". ${refs}`,
    );
    // „Mehr <Begriff>Wohngeld“ is 22 characters: „</Wert>“ starts at column 23; <Begriff> at column 6
    expect(output).toContain(
      'content/mini-bericht/05-schluss.mdx:5:23: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Das Schluss-Tag </Wert> passt nicht: offen ist <Begriff> (Zeile 5, Spalte 6).\n' +
        `  → Schließen Sie zuerst <Begriff> mit </Begriff> oder korrigieren Sie den Namen im Schluss-Tag. ${refs}`,
    );
  }, 30_000);

  it('meldet einen mehrzeiligen Tag ohne Ende an seinem „<“, nicht am Text des nächsten Absatzes', () => {
    const dir = projectWith('mini', {
      'content/mini-bericht/04-mehrzeilig.mdx': '---\ntitel: M\n---\n\nText mit\n<Wert indikator="quote"\n  gebiet="ms"\n\nund weiter.\n',
    });
    dirs.push(dir);
    const { output } = runCheck(dir);
    // the tag starts at line 6, column 1; the parser stops in „und weiter.“ on line 9
    expect(output).toContain('content/mini-bericht/04-mehrzeilig.mdx:6:1: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Das Tag <Wert endet nicht');
    expect(output).not.toContain('04-mehrzeilig.mdx:9:');
  }, 30_000);

  it('meldet keine Folgefehler: Verweise und Stellungnahmen auf ein Kapitel, das sich nicht lesen lässt', () => {
    // 02-einkommen.mdx defines marke="quote-verlauf" and "quote-tabelle", which 01-einleitung.mdx line 14 refers to
    const einkommen = fs.readFileSync(new URL('../../fixtures/mini/content/mini-bericht/02-einkommen.mdx', import.meta.url), 'utf8');
    const broken = einkommen.replace('## Methodik\n', '## Methodik\n\nText {Klammer\n');
    expect(broken).not.toBe(einkommen);
    const dir = projectWith('mini', {
      'content/mini-bericht/02-einkommen.mdx': broken,
      'data/stellungnahmen/stellungnahmen.csv': 'nr,eingang,institution,abschnitt,stellungnahme,abwaegung,ergebnis\n1,2026-11-10,Caritas,einkommen#methodik,Mehr Beratung.,Wird geprüft.,teilweise\n',
    });
    dirs.push(dir);
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    // „## Methodik“ is line 6, the blank line 7: „Text {“ puts the „{“ at line 8, column 6
    expect(output).toContain('content/mini-bericht/02-einkommen.mdx:8:6: fehler: Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): Die geschweifte Klammer „{“ wird nicht geschlossen.');
    expect(output).not.toContain('quote-verlauf');
    expect(output).not.toContain('quote-tabelle');
    expect(output).not.toContain('stellungnahmen.csv');
    expect(output.match(/: fehler: /g)).toHaveLength(1);
  }, 30_000);
});
