/**
 * The catalogue of problems while printing the PDFs: no browser, no built site, Paged.js failing.
 * These are not about one line of a planner's file, so the location names the thing concerned
 * (`PDF`, `dist/`, or the publication folder) with line and column 0.
 */
import { problemAbout, type Location, type Problem } from './problem.ts';

const problem = (code: string, file: string, message: string, hint: string): Problem => problemAbout(code, file, message, hint);
const warning = (code: string, file: string, message: string, hint: string): Problem =>
  problemAbout(code, file, message, hint, 'warnung');

export const printErrors = {
  browserNotFound: (searched: readonly string[]): Problem =>
    problem(
      'browser-fehlt',
      'PDF',
      `Für den PDF-Druck wurde kein Chromium, Chrome oder Edge gefunden. Gesucht wurde in: ${searched.join(', ')}.`,
      'Installieren Sie Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: Google Chrome oder Microsoft Edge) ' +
        'oder Pfad in BERICHT_BROWSER setzen, z. B. BERICHT_BROWSER=/usr/bin/chromium npm run pdf.',
    ),
  browserEnvMissing: (value: string): Problem =>
    problem(
      'browser-pfad-falsch',
      'BERICHT_BROWSER',
      `BERICHT_BROWSER zeigt auf „${value}“, dort ist aber keine Datei.`,
      'Tragen Sie den vollständigen Pfad zum Browser ein (z. B. /usr/bin/chromium) oder entfernen Sie die Variable, dann wird an den üblichen Orten gesucht.',
    ),
  browserStartFailed: (browserPath: string, detail: string): Problem =>
    problem(
      'browser-startet-nicht',
      'PDF',
      `Der Browser „${browserPath}“ ließ sich nicht starten (${firstLine(detail)}).`,
      'Prüfen Sie, ob er von Hand startet (z. B. „chromium --version“), oder setzen Sie BERICHT_BROWSER auf einen anderen Browser.',
    ),
  distMissing: (distDir: string): Problem =>
    problem(
      'website-fehlt',
      distDir,
      `Im Ordner „${distDir}“ liegt keine gebaute Website.`,
      'Bauen Sie zuerst alles mit „npm run build“; „npm run pdf“ druckt nur eine schon gebaute Website.',
    ),
  printPageMissing: (slug: string, file: string): Problem =>
    problem(
      'druckseite-fehlt',
      file,
      `Die Druckfassung der Publikation „${slug}“ fehlt in der gebauten Website.`,
      'Bauen Sie die Website neu mit „npm run build“.',
    ),
  polyfillMissing: (searched: string): Problem =>
    problem(
      'pagedjs-fehlt',
      'PDF',
      `Paged.js (paged.polyfill.js) wurde nicht gefunden, gesucht ab „${searched}“.`,
      'Installieren Sie die Abhängigkeiten des Projekts neu mit „npm ci“.',
    ),
  pagedFailed: (slug: string, detail: string, consoleErrors: readonly string[]): Problem =>
    problem(
      'pdf-satz-fehlgeschlagen',
      `content/${slug}`,
      `Der Seitensatz (Paged.js) der Publikation „${slug}“ ist abgebrochen: ${firstLine(detail)}` +
        (consoleErrors.length > 0 ? `\n  Meldungen der Seite:\n${consoleErrors.map((e) => `    ${e}`).join('\n')}` : ''),
      `Prüfen Sie das zuletzt geänderte Kapitel. Die Druckfassung ohne Seitensatz zeigt „npm run dev“ unter /${slug}/druck/.`,
    ),
  chartsLost: (slug: string, count: number): Problem =>
    problem(
      'pdf-diagramm-leer',
      `content/${slug}`,
      `Im Seitensatz der Publikation „${slug}“ ${count === 1 ? 'blieb 1 Diagramm oder Karte' : `blieben ${count} Diagramme oder Karten`} leer; die PDF wurde nicht geschrieben.`,
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte. Bitte melden Sie ihn mit der Publikation, in der er auftrat.',
    ),
  contentMissing: (slug: string, what: string, page: number | null): Problem =>
    problem(
      'pdf-inhalt-fehlt',
      `content/${slug}`,
      page === null
        ? `In der PDF der Publikation „${slug}“ fehlt ${what}: Es steht auf keiner Seite.`
        : `In der PDF der Publikation „${slug}“ fehlt ${what}: Der Seitensatz hat es über den Rand von Seite ${page} hinaus geschoben, dort wird es nicht gedruckt.`,
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte; die PDF darf so nicht verteilt werden. Bitte melden Sie ihn mit der Publikation und der genannten Stelle.',
    ),
  contentNotPainted: (slug: string, what: string, page: number): Problem =>
    problem(
      'pdf-inhalt-nicht-gezeichnet',
      `content/${slug}`,
      `In der PDF der Publikation „${slug}“ ist auf Seite ${page} nichts gezeichnet, wo ${what} stehen müsste.`,
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte; die PDF darf so nicht verteilt werden. Bitte melden Sie ihn mit der Publikation und der genannten Stelle.',
    ),
  textNotInPdf: (slug: string, what: string, page: number, text: string): Problem =>
    problem(
      'pdf-text-fehlt',
      `content/${slug}`,
      `In der PDF der Publikation „${slug}“ steht auf Seite ${page} nicht der Text „${text}“ von ${what}, obwohl der Seitensatz es dorthin gesetzt hat.`,
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte; die PDF darf so nicht verteilt werden. Bitte melden Sie ihn mit der Publikation und der genannten Stelle.',
    ),
  textBeyondPage: (slug: string, page: number, text: string): Problem =>
    problem(
      'pdf-text-abgeschnitten',
      `content/${slug}`,
      `In der PDF der Publikation „${slug}“ fehlt auf Seite ${page} Text: Er wurde über den Seitenrand hinaus gesetzt und nicht gedruckt (ab „${text}“).`,
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte; die PDF darf so nicht verteilt werden. Bitte melden Sie ihn mit der Publikation und der genannten Stelle.',
    ),
  assetMissing: (slug: string, urlPath: string, status: number): Problem =>
    warning(
      'druckdatei-fehlt',
      `content/${slug}`,
      `Die Druckfassung verweist auf „${urlPath}“, das fehlt in der gebauten Website (HTTP ${status}).`,
      'Prüfen Sie Pfade zu Bildern und Dateien im Kapitel; sie müssen im Projekt liegen. Bauen Sie danach neu mit „npm run build“.',
    ),
  blockedRequest: (slug: string, url: string): Problem =>
    warning(
      'fremder-abruf',
      `content/${slug}`,
      `Die Druckfassung wollte „${url}“ von einem fremden Server laden; das wurde blockiert.`,
      'Binden Sie Schriften, Bilder und Skripte nur aus dem Projekt ein, nie von einem CDN oder einer fremden Website.',
    ),
  accessibleFailed: (slug: string, file: string, detail: string): Problem =>
    warning(
      'pdf-ua-nachbearbeitung',
      file,
      `Die Nachbearbeitung zum barrierefreien PDF (PDF/UA) der Publikation „${slug}“ ist fehlgeschlagen (${firstLine(detail)}); ` +
        'die PDF wurde ohne sie geschrieben: Inhalt und Seiten sind vollständig, Screenreader finden aber z. B. Kopfzeilen und Fußnoten nicht richtig ausgezeichnet.',
      'Das ist ein Fehler des Werkzeugs, nicht Ihrer Inhalte. Bitte melden Sie ihn mit der Publikation, in der er auftrat; für einen Beschluss können Sie die PDF trotzdem verwenden.',
    ),
};

const located = (code: string, at: Location, message: string, hint: string): Problem => ({ ...at, severity: 'fehler', code, message, hint });

/**
 * Problems with what the print version refers to: cross-references, citations, glossary terms, the cover logo.
 * Each points at the value in the planner's file.
 */
export const referenceErrors = {
  unknownTarget: (at: Location, ziel: string, known: readonly string[], suggestion: string | null): Problem =>
    located(
      'verweis-ziel-unbekannt',
      at,
      `<Verweis ziel="${ziel}" />: keine Abbildung und keine Tabelle dieser Publikation hat marke="${ziel}".`,
      suggestion
        ? `Meinten Sie „${suggestion}“?`
        : known.length > 0
          ? `Vorhandene Marken: ${known.join(', ')}.`
          : 'Geben Sie der Abbildung oder Tabelle, auf die Sie verweisen, eine Marke, z. B. <Karte indikator="…" marke="sgb2-karte" />.',
    ),
  duplicateMarke: (at: Location, marke: string, firstFile: string): Problem =>
    located('marke-doppelt', at, `Die Marke „${marke}“ ist in dieser Publikation schon vergeben (${firstFile}).`, 'Jede Marke darf in einer Publikation nur einmal vorkommen; wählen Sie einen anderen Namen.'),
  unknownSource: (at: Location, key: string, file: string | null, suggestion: string | null): Problem =>
    located(
      'quelle-unbekannt',
      at,
      file ? `<Zitat quelle="${key}" />: die Quelle „${key}“ steht nicht in ${file}.` : `<Zitat quelle="${key}" />: es gibt kein Literaturverzeichnis (literatur.json).`,
      suggestion
        ? `Meinten Sie „${suggestion}“?`
        : file
          ? `Tragen Sie die Quelle mit "id": "${key}" in ${file} ein.`
          : 'Legen Sie content/literatur.json (CSL-JSON, z. B. aus Zotero exportiert) oder literatur.json im Ordner der Publikation an.',
    ),
  badBibliography: (at: Location, detail: string): Problem =>
    located('literatur-ungueltig', at, `Das Literaturverzeichnis ist kein gültiges CSL-JSON (${detail}).`, 'Exportieren Sie es erneut aus Ihrer Literaturverwaltung als „CSL JSON“ oder prüfen Sie die genannte Stelle.'),
  unknownTerm: (at: Location, term: string, file: string | null, suggestion: string | null): Problem =>
    located(
      'begriff-unbekannt',
      at,
      file ? `<Begriff>: „${term}“ steht nicht im Glossar ${file}.` : `<Begriff>: „${term}“ – es gibt kein Glossar (content/glossar.yaml).`,
      suggestion ? `Meinten Sie „${suggestion}“? Sonst ergänzen Sie den Begriff im Glossar.` : `Ergänzen Sie im Glossar einen Eintrag „- begriff: ${term}“ mit „erklaerung: …“.`,
    ),
  badGlossary: (at: Location, detail: string): Problem =>
    located('glossar-ungueltig', at, `Das Glossar ist ungültig (${detail}).`, 'Jeder Eintrag braucht „begriff:“ und „erklaerung:“, z. B.\n  - begriff: Bedarfsgemeinschaft\n    erklaerung: …'),
  logoMissing: (at: Location, logo: string): Problem =>
    located('logo-fehlt', at, `Das Logo „${logo}“ wurde im Ordner der Publikation nicht gefunden oder ist kein SVG-, PNG- oder JPEG-Bild.`, 'Legen Sie die Bilddatei neben publikation.yaml oder korrigieren Sie den Dateinamen hinter „logo:“.'),
  logoOutside: (at: Location, logo: string, reason: 'absolut' | 'ausserhalb' | 'verknuepfung'): Problem =>
    located(
      'logo-ausserhalb',
      at,
      reason === 'absolut'
        ? `Das Logo „${logo}“ ist ein absoluter Pfad; gelesen werden nur Dateien im Ordner content/, denn das Logo wird mit der Publikation veröffentlicht.`
        : reason === 'ausserhalb'
          ? `Das Logo „${logo}“ liegt außerhalb des Ordners content/; gelesen werden nur Dateien darin, denn das Logo wird mit der Publikation veröffentlicht.`
          : `Das Logo „${logo}“ ist eine Verknüpfung auf eine Datei außerhalb des Ordners content/; sie wird nicht gelesen, denn das Logo wird mit der Publikation veröffentlicht.`,
      'Kopieren Sie die Bilddatei in den Ordner der Publikation (neben publikation.yaml) und schreiben Sie nur ihren Namen hinter „logo:“, z. B. „logo: wappen.svg“.',
    ),
};

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
}
