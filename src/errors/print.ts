/**
 * The catalogue of problems while printing the PDFs: no browser, no built site, Paged.js failing.
 * These are not about one line of a planner's file, so the location names the thing concerned
 * (`PDF`, `dist/`, or the publication folder) with line and column 0.
 */
import type { Problem } from './problem.ts';

const problem = (code: string, file: string, message: string, hint: string): Problem => ({
  file,
  line: 0,
  column: 0,
  severity: 'fehler',
  code,
  message,
  hint,
});

const warning = (code: string, file: string, message: string, hint: string): Problem => ({
  ...problem(code, file, message, hint),
  severity: 'warnung',
});

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
};

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
}
