/**
 * What `npm run build` and `npm run pdf` say about their output folder when something went wrong (no problems in the
 * planners' files, but the reassurance that nothing was lost), and the chapter problems only the site phase finds.
 */
import { problem, type Location, type Problem } from './problem.ts';

export const buildErrors = {
  /** The MDX compiler could not read a chapter; `reason` is its own (English) description. */
  mdxSyntax: (at: Location, reason: string): Problem =>
    problem(
      'kapitel-mdx-ungueltig',
      at,
      `Das Kapitel kann an dieser Stelle nicht gelesen werden (MDX-Syntax): ${reason}`,
      'Im Text haben < und { eine Bedeutung: < beginnt einen Baustein wie <Wert …/>, { einen Ausdruck. Meinen Sie die ' +
        'Zeichen selbst, schreiben Sie \\< bzw. \\{. Prüfen Sie sonst, ob der Baustein mit /> oder seinem Endtag geschlossen ist.',
    ),
};

export const outputMessages = {
  /** After a failed build: the last good website (if any) is still there. */
  siteKept: (dir: string, existed: boolean): string =>
    existed
      ? `Die bisherige Website in ${dir} bleibt unverändert.`
      : `Es wurde keine Website nach ${dir} geschrieben.`,
  /** The finished build could not take the place of the output folder (on Windows: a file in it is open). */
  swapFailed: (dir: string, staged: string, detail: string): string =>
    `Die neue Website ist fertig, konnte ${dir} aber nicht ersetzen (${detail}). Sie liegt in ${staged}; ` +
    `${dir} bleibt unverändert. Schließen Sie Programme, die Dateien daraus geöffnet haben (z. B. ein PDF), und bauen Sie erneut.`,
  /** After a failed `npm run pdf`: the PDFs printed before are still there. */
  pdfsKept: (dir: string): string => `Die bisherigen PDFs in ${dir} bleiben unverändert.`,
  /** Folders of earlier, killed builds that were removed (or put back). */
  leftoversRemoved: (names: readonly string[]): string =>
    `Reste abgebrochener Läufe aufgeräumt: ${names.join(', ')}.`,
  /** Another build, or a preview of another project, uses the tool's Astro folder: this one waits (astro-state.ts). */
  waitingForAstro: (other: { kind: 'bau' | 'vorschau'; project: string; pid: number }, seconds: number): string =>
    `Warte seit ${seconds} s: ${other.kind === 'bau' ? 'ein anderer Bau' : 'die Vorschau (npm run dev)'} des Projekts ${other.project} ` +
    `läuft gerade (Prozess ${other.pid}). Zwei Läufe gleichzeitig würden ihre Kapitel vermischen; dieser beginnt, sobald jener fertig ist` +
    `${other.kind === 'vorschau' ? ' (beenden Sie die Vorschau mit Strg+C, wenn Sie nicht warten möchten)' : ''}.`,
  gaveUpWaitingForAstro: (other: { kind: 'bau' | 'vorschau'; project: string; pid: number }): string =>
    `Abgebrochen nach 15 Minuten Warten: ${other.kind === 'bau' ? 'ein anderer Bau' : 'die Vorschau (npm run dev)'} des Projekts ` +
    `${other.project} läuft noch (Prozess ${other.pid}). Beenden Sie ihn (Strg+C in seinem Fenster) und starten Sie diesen Lauf neu.`,
};
