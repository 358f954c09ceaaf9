/**
 * The catalogue of problems in a chapter's MDX itself: syntax, code where only content may stand, components and
 * their props, and the Lektorat (prose warnings). Each says where, what, and what to do.
 */
import { problem, type Location, type Problem } from './problem.ts';

const SYNTAX_CAUSES: Record<string, string> = {
  jsx: 'Meist ist ein Tag nicht geschlossen (<Wert … /> braucht „/>“ am Ende, <Begriff>…</Begriff> ein Schluss-Tag) oder ein „<“ steht im Text. Schreiben Sie „kleiner als“ oder „\\<“, wenn Sie das Zeichen meinen.',
  expression: 'Meist steht eine geschweifte Klammer „{“ im Text oder eine Klammer wird nicht geschlossen. Schreiben Sie „\\{“, wenn Sie das Zeichen meinen.',
  other: 'Meist ist ein Tag nicht geschlossen, oder ein „<“ oder „{“ steht im Text. Schreiben Sie „\\<“ bzw. „\\{“, wenn Sie das Zeichen meinen.',
};

export const chapterErrors = {
  syntax: (at: Location, kind: 'jsx' | 'expression' | 'other', detail: string): Problem =>
    problem('kapitel-syntax', at, `Das Kapitel lässt sich hier nicht lesen (MDX-Syntaxfehler: ${detail}).`, SYNTAX_CAUSES[kind]!),
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
