/**
 * What `npm run build` and `npm run pdf` say about their output folder when something went wrong. These are no
 * problems in the planners' files (those come from the other catalogues) but the reassurance that nothing was lost.
 */
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
};
