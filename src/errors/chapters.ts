/**
 * The catalogue of problems in a chapter's MDX itself: syntax, code where only content may stand, components and
 * their props, and the Lektorat (prose warnings). Each says where, what, and what to do.
 */
import type { SyntaxCause } from '../chapters/syntax-cause.ts';
import { problem, type Location, type Problem } from './problem.ts';

const SYNTAX_CAUSES: Record<string, string> = {
  jsx: 'Meist ist ein Tag nicht geschlossen (<Wert … /> braucht „/>“ am Ende, <Begriff>…</Begriff> ein Schluss-Tag) oder ein „<“ steht im Text. Schreiben Sie „kleiner als“ oder „\\<“, wenn Sie das Zeichen meinen.',
  expression: 'Meist steht eine geschweifte Klammer „{“ im Text oder eine Klammer wird nicht geschlossen. Schreiben Sie „\\{“, wenn Sie das Zeichen meinen.',
  other: 'Meist ist ein Tag nicht geschlossen, oder ein „<“ oder „{“ steht im Text. Schreiben Sie „\\<“ bzw. „\\{“, wenn Sie das Zeichen meinen.',
};

/** Said once, with the syntax error: references into an unreadable chapter are not reported as unknown. */
const UNREADABLE_REFERENCES = 'Verweise auf dieses Kapitel (Marken, Abschnitte) werden erst geprüft, wenn es sich lesen lässt.';

/** What went wrong at the offending character, and what to do, in German (chapters/syntax-cause.ts finds it). */
function syntaxText(cause: SyntaxCause): [string, string] {
  switch (cause.kind) {
    case 'tag-unclosed':
      return [
        `Das Tag <${cause.name}> wird nicht geschlossen.`,
        `Schreiben Sie <${cause.name} … /> mit „/>“ am Ende, wenn das Tag nichts umschließt; sonst schließen Sie es im selben Absatz mit </${cause.name}>.`,
      ];
    case 'tag-unended':
      return [
        `Das Tag <${cause.name} endet nicht: „/>“ oder „>“ fehlt.`,
        `Schließen Sie das Tag mit „/>“: <${cause.name} … />. Meinen Sie das Zeichen „<“ im Text, schreiben Sie „\\<“.`,
      ];
    case 'less-than':
      return [
        `Das Zeichen „<“ vor „${cause.next}“ wird als Beginn eines Tags gelesen.`,
        'Meinen Sie „kleiner als“, schreiben Sie „\\<“ oder setzen Sie ein Leerzeichen dahinter (3 < 5).',
      ];
    case 'unquoted':
      return [`Der Wert ${q(cause.value)} des Attributs ${q(cause.attribute)} steht nicht in Anführungszeichen.`, `Schreiben Sie ${cause.attribute}="${cause.value}".`];
    case 'tag-mismatch':
      return [
        `Das Schluss-Tag </${cause.closing}> passt nicht: offen ist <${cause.open}> (Zeile ${cause.line}, Spalte ${cause.column}).`,
        `Schließen Sie zuerst <${cause.open}> mit </${cause.open}> oder korrigieren Sie den Namen im Schluss-Tag.`,
      ];
    case 'brace':
      return ['Die geschweifte Klammer „{“ wird nicht geschlossen.', 'Meinen Sie das Zeichen „{“ im Text, schreiben Sie „\\{“.'];
    case 'other':
      return [cause.reason, SYNTAX_CAUSES[cause.family]!];
  }
}

const q = (v: string) => `„${v}“`;
const maybe = (suggestion: string | null) => (suggestion ? `Meinten Sie ${q(suggestion)}? ` : '');
const list = (values: readonly string[]) => values.map(q).join(', ');

export const chapterErrors = {
  unknownComponent: (at: Location, name: string, suggestion: string | null, known: readonly string[]): Problem =>
    problem('komponente-unbekannt', at, `Die Komponente <${name}> gibt es nicht.`, `${maybe(suggestion)}Bekannt sind: ${known.map((k) => `<${k}>`).join(', ')}.`),
  unknownProp: (at: Location, component: string, prop: string, suggestion: string | null, known: readonly string[]): Problem =>
    problem(
      'komponente-attribut-unbekannt',
      at,
      `<${component}> kennt das Attribut ${q(prop)} nicht.`,
      `${maybe(suggestion)}${known.length ? `Erlaubt sind: ${list(known)}.` : `<${component}> hat keine Attribute.`}`,
    ),
  propValue: (at: Location, component: string, prop: string, value: string, allowed: readonly string[], suggestion: string | null): Problem =>
    problem('komponente-wert-ungueltig', at, `<${component} ${prop}="${value}">: ${q(value)} ist hier nicht erlaubt.`, `${maybe(suggestion)}Erlaubt sind: ${list(allowed)}.`),
  propType: (at: Location, component: string, prop: string, value: string, expected: string): Problem =>
    problem('komponente-wert-ungueltig', at, `<${component} ${prop}=…>: ${value} passt nicht, erwartet wird ${expected}.`, `Schreiben Sie z. B. ${prop}="…".`),
  propMissing: (at: Location, component: string, prop: string): Problem =>
    problem('komponente-attribut-fehlt', at, `<${component}> ohne Angabe ${q(prop)}.`, `Ergänzen Sie ${prop}="…".`),
  propInvalid: (at: Location, component: string, prop: string, value: string, detail: string): Problem =>
    problem('komponente-wert-ungueltig', at, `<${component} ${prop}="${value}">: ${detail}`, 'Korrigieren Sie den Wert.'),

  syntax: (at: Location, cause: SyntaxCause): Problem => {
    const [what, hint] = syntaxText(cause);
    return problem('kapitel-syntax', at, `Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler): ${what}`, `${hint} ${UNREADABLE_REFERENCES}`);
  },
  importExport: (at: Location, keyword: string): Problem =>
    problem(
      'kapitel-code',
      at,
      `Ein Kapitel darf kein „${keyword}“ enthalten: Kapitel sind Inhalt, kein Programmcode.`,
      'Löschen Sie die Zeile. Die Bausteine (<Wert>, <Tabelle>, <Diagramm>, <Karte> …) stehen in jedem Kapitel ohne import bereit.',
    ),
  expression: (at: Location, what: string): Problem =>
    problem(
      'kapitel-ausdruck',
      at,
      `Hier steht ${what} in geschweiften Klammern: das wäre Programmcode, der beim Erzeugen des Berichts liefe.`,
      'Im Text: schreiben Sie „\\{“, wenn Sie die Klammer meinen; Zahlen aus den Daten holt <Wert indikator="…" />. In Attributen sind nur feste Werte erlaubt: Text in Anführungszeichen, Zahlen, Listen [..] und Angaben { name: "…" } daraus.',
    ),
  spread: (at: Location, component: string): Problem =>
    problem('kapitel-ausdruck', at, `<${component}> enthält „{...}“ statt eines Attributs name="…": das wäre Programmcode.`, 'Schreiben Sie jedes Attribut einzeln aus, z. B. indikator="alq".'),
};

/** The Lektorat: warnings about the prose (errors with `npm run check -- --streng`). */
export const lektoratErrors = {
  spelling: (at: Location, word: string): Problem =>
    problem('lektorat-rechtschreibung', at, `„${word}“ steht nicht im Wörterbuch.`, 'Prüfen Sie die Schreibweise. Ist das Wort richtig (ein Name, ein Fachwort), tragen Sie es in content/woerterbuch.txt ein, ein Wort je Zeile.', 'warnung'),
  repeatedWord: (at: Location, words: string): Problem =>
    problem('lektorat-wortdopplung', at, `„${words}“: dasselbe Wort steht zweimal hintereinander.`, 'Löschen Sie eines der beiden Wörter.', 'warnung'),
  straightQuote: (at: Location): Problem =>
    problem('lektorat-anfuehrungszeichen', at, 'Gerades Anführungszeichen (") im Text.', 'Schreiben Sie deutsche Anführungszeichen „…“ (unter Windows Alt+0132 und Alt+0147, auf dem Mac Alt+^ und Alt+2).', 'warnung'),
  unclosedQuote: (at: Location): Problem =>
    problem('lektorat-anfuehrungszeichen', at, 'Das Anführungszeichen „ wird in diesem Absatz nicht mit “ geschlossen.', 'Ergänzen Sie das schließende “ oder löschen Sie das öffnende.', 'warnung'),
  handTypedValue: (at: Location, number: string, indikator: string, gebiet: string, jahr: number): Problem =>
    problem(
      'lektorat-zahl-von-hand',
      at,
      `Die Zahl „${number}“ ist von Hand geschrieben; sie entspricht dem Wert des Indikators „${indikator}“ für „${gebiet}“ ${jahr}.`,
      `Schreiben Sie <Wert indikator="${indikator}" gebiet="${gebiet}" jahr="${jahr}" />: dann stimmt die Zahl auch nach einer Datenänderung und ist überall gleich formatiert.`,
      'warnung',
    ),
  topHeading: (at: Location): Problem =>
    problem('lektorat-ueberschrift-ebene', at, 'Die Überschrift beginnt mit einem „#“: die oberste Ebene ist der Kapiteltitel aus dem Frontmatter.', 'Beginnen Sie Überschriften im Kapitel mit „##“ (Unterabschnitte „###“).', 'warnung'),
  imageWithoutAlt: (at: Location): Problem =>
    problem('lektorat-bild-ohne-alternativtext', at, 'Das Bild hat keinen Alternativtext; wer den Bericht vorgelesen bekommt, erfährt nicht, was es zeigt.', 'Beschreiben Sie das Bild in den eckigen Klammern: ![Was das Bild zeigt](bild.png).', 'warnung'),
};
