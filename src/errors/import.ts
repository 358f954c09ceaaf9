/**
 * The catalogue of problems with official exports in data/quellen/ (and of boundary files as GIS tools save them):
 * what happened, where in the export, and what to do. Rows of areas outside the project are no problem: they
 * are counted in one note.
 */
import { FORMAT_NAMES, type ImportFormat } from '../data/import/types.ts';
import { problem, type Location, type Problem } from './problem.ts';

const q = (v: string | number): string => `„${v}“`;
const de = (n: number): string => n.toLocaleString('de-DE');
const ref = (l: Location): string => (l.line > 0 ? `${l.file}:${l.line}` : l.file);
const list = (items: readonly string[], max = 8): string =>
  items.length > max ? `${items.slice(0, max).map(q).join(', ')} … (${de(items.length)} insgesamt)` : items.map(q).join(', ');
const YAML_EXAMPLE = 'quelle: Regionaldatenbank Deutschland, Tabelle 12411-01-01-4 / werte: - spalte: Insgesamt, indikator: bevoelkerung';

export const importErrors = {
  exportInWerte: (at: Location, format: ImportFormat): Problem =>
    problem(
      'export-in-werte',
      at,
      `Diese Datei sieht aus wie ein unveränderter Export (${FORMAT_NAMES[format]}), nicht wie eine Wertetabelle (indikator;gebiet;jahr;wert). Sie wird nicht gelesen.`,
      `Verschieben Sie sie unverändert nach data/quellen/ und legen Sie daneben eine YAML-Datei gleichen Namens an, die sagt, welche Werte übernommen werden (${YAML_EXAMPLE}). Siehe Handbuch „Daten aus amtlichen Quellen übernehmen“.`,
    ),
  sourceWithoutYaml: (at: Location, yaml: string): Problem =>
    problem('quelle-ohne-yaml', at, 'Zu diesem Export fehlt die Beschreibung; er wird nicht gelesen.', `Legen Sie ${q(yaml)} an, z. B. ${YAML_EXAMPLE}.`, 'warnung'),
  yamlWithoutSource: (at: Location): Problem =>
    problem('quelle-ohne-export', at, 'Zu dieser Beschreibung gibt es keinen Export gleichen Namens (.csv oder .xlsx) daneben.', 'Legen Sie den Export mit demselben Dateinamen daneben, oder löschen Sie die YAML-Datei.'),
  yamlInvalid: (at: Location, detail: string): Problem =>
    problem('quelle-yaml-ungueltig', at, `Die Beschreibung des Exports ist ungültig: ${detail}.`, `Erwartet werden „quelle“, eine Liste „werte“ mit „spalte“ und „indikator“ je Eintrag, und nur wenn der Export kein Datum trägt „jahr“. Beispiel: ${YAML_EXAMPLE}.`),
  formatUnknown: (at: Location): Problem =>
    problem(
      'quelle-format-unbekannt',
      at,
      'Das Format dieses Exports wird nicht erkannt (weder GENESIS-/Regionaldatenbank-Tabelle noch Flatfile, INKAR-Tabelle oder Tabelle mit Jahren als Spalten).',
      'Laden Sie die Tabelle erneut als CSV herunter (GENESIS: „Werteabruf“ → CSV oder „Flat-File-CSV“), oder legen Sie eine Tabelle an mit einer Spalte für die Gebiete und je einer Spalte pro Jahr (Kopfzeile z. B. „Gebiet;2021;2022;2023“).',
    ),
  noDataRows: (at: Location, format: ImportFormat): Problem =>
    problem('quelle-keine-daten', at, `Im Export (${FORMAT_NAMES[format]}) steht keine Zeile, die mit einem amtlichen Gebietsschlüssel (z. B. „16051“, „DG“) beginnt und Werte hat.`, 'Laden Sie die Tabelle mit Gebietsschlüsseln herunter (in der Regionaldatenbank: „Werteabruf“ mit Schlüsseln), unverändert und nicht in Excel bearbeitet.'),
  noKeyColumn: (at: Location, format: ImportFormat): Problem =>
    problem('quelle-kein-schluessel', at, `Im Export (${FORMAT_NAMES[format]}) gibt es keine Spalte mit amtlichen Gebietsschlüsseln (ARS, AGS oder Kreisschlüssel).`, 'Laden Sie die Tabelle mit dem regionalen Merkmal (Gemeinden, Kreise) herunter.'),
  rowNotData: (at: Location, text: string): Problem =>
    problem('quelle-zeile-ohne-schluessel', at, `Diese Zeile zwischen Kopf und Fußnoten beginnt nicht mit einem Gebietsschlüssel (${q(text)}) und wird übersprungen.`, 'Nichts zu tun, wenn es eine Zwischenüberschrift ist. Sonst laden Sie den Export unverändert erneut herunter.', 'warnung'),
  spalteNotFound: (at: Location, spalte: string, merkmal: string | null, labels: readonly string[]): Problem =>
    problem('quelle-spalte-fehlt', at, `Im Export gibt es keine Werte zu ${q(spalte)}${merkmal ? ` mit Merkmal ${q(merkmal)}` : ''}.`, `Vorhanden sind: ${list(labels) || '(keine)'}. Schreiben Sie bei „spalte“ eine davon, genau wie im Export.`),
  indikatorUnknown: (at: Location, id: string): Problem =>
    problem('quelle-indikator-unbekannt', at, `Der Indikator ${q(id)} steht nicht im Katalog.`, 'Legen Sie ihn in data/indikatoren/*.csv an (Spalte „id“) – die übernommenen Werte brauchen Titel, Einheit und Quelle wie alle anderen.'),
  noYear: (at: Location, yaml: string): Problem =>
    problem('quelle-jahr-fehlt', at, 'Der Export nennt für diesen Wert kein Jahr oder Datum (weder in der Kopfzeile noch in der ersten Spalte).', `Tragen Sie in ${q(yaml)} das Jahr ein, für das die Werte gelten, z. B. „jahr: 2018“.`),
  notANumber: (at: Location, text: string, style: 'de' | 'en'): Problem =>
    problem('quelle-keine-zahl', at, `${q(text)} ist weder eine Zahl (${style === 'de' ? 'mit Dezimalkomma' : 'mit Dezimalpunkt'}) noch ein Tabellenzeichen (- . ... x / *).`, 'Laden Sie den Export unverändert erneut herunter; bearbeiten Sie ihn nicht in Excel. Steht hier ein Datum oder Text, ist vielleicht die falsche Spalte gewählt („spalte“ in der YAML-Datei).'),
  decimalAmbiguous: (at: Location, text: string, yaml: string): Problem =>
    problem('quelle-dezimalzeichen-unklar', at, `Die Zahlen des Exports sind mehrdeutig (${q(text)} ist 7280 mit Tausenderpunkt oder 7,28 mit Dezimalpunkt).`, `Tragen Sie in ${q(yaml)} „dezimalzeichen: komma“ (deutscher Download) oder „dezimalzeichen: punkt“ (englischer Download) ein.`),
  duplicateInExport: (at: Location, key: string, other: Location): Problem =>
    problem('quelle-wert-mehrfach', at, `Für ${key} steht im Export ein zweiter Wert (der erste in ${ref(other)}).`, 'Der Export hat wohl ein weiteres Merkmal (z. B. Geschlecht, Altersgruppe): Wählen Sie es in der YAML-Datei mit „merkmal:“ (z. B. „merkmal: Insgesamt“), oder geben Sie eine genauere „spalte“ an.'),
  collision: (at: Location, key: string, value: string, other: Location, otherValue: string): Problem =>
    problem('quelle-wert-doppelt', at, `Für ${key} gibt es zwei Werte: ${q(value)} hier (übernommen aus dem Export) und ${q(otherValue)} in ${ref(other)}.`, 'Ein Wert darf nur an einer Stelle stehen: Löschen Sie die Zeile in data/werte oder nehmen Sie den Indikator aus der YAML-Datei des Exports.'),
  countInvalid: (at: Location, text: string, indikator: string): Problem =>
    problem('quelle-anzahl-ungueltig', at, `${q(text)} ist keine Anzahl, der Indikator ${q(indikator)} hat aber die Einheit „Anzahl“.`, 'Prüfen Sie „spalte“ in der YAML-Datei (ist es die richtige Spalte?) oder die Einheit im Katalog.'),
  outsideProject: (at: Location, rows: number, areas: number): Problem =>
    problem('quelle-gebiete-ausserhalb', at, `${de(rows)} ${rows === 1 ? 'Zeile' : 'Zeilen'} für Gebiete außerhalb des Projekts übersprungen (${de(areas)} ${areas === 1 ? 'Gebiet' : 'Gebiete'}, deren Schlüssel in keiner Spalte „schluessel“ von data/gebiete steht).`, 'Nichts zu tun, wenn diese Gebiete nicht in den Bericht gehören. Sonst tragen Sie ihren amtlichen Schlüssel in data/gebiete/*.csv in die Spalte „schluessel“ ein.', 'warnung'),
  gebietUnknown: (at: Location, text: string, suggestion: string | null): Problem =>
    problem('quelle-gebiet-unbekannt', at, `${q(text)} ist weder ein amtlicher Schlüssel noch eine Kennung oder ein Name aus data/gebiete.`, `${suggestion ? `Meinten Sie ${q(suggestion)}? ` : ''}Schreiben Sie den Namen genau wie in data/gebiete (Spalte „name“), die Kennung („id“) oder den amtlichen Schlüssel.`),
  keyInvalid: (at: Location, value: string): Problem =>
    problem('schluessel-ungueltig', at, `${q(value)} ist kein amtlicher Gebietsschlüssel.`, 'Erwartet wird ein Schlüssel aus Ziffern: Land (2), Kreis (5), Gemeinde (AGS, 8) oder ARS (12), führende Nullen wie im Original (z. B. „01001000“).'),
  keyDuplicate: (at: Location, value: string, other: Location): Problem =>
    problem('schluessel-doppelt', at, `Der Schlüssel ${q(value)} bezeichnet dasselbe Gebiet wie der Schlüssel in ${ref(other)}.`, 'Jeder amtliche Schlüssel darf nur einem Gebiet gehören (ARS 160510000000, AGS 16051000 und Kreisschlüssel 16051 gelten als gleich).'),
};

/** Boundary files as GIS tools save them (src/data/validate/geo.ts, src/data/import/geo-*.ts). */
export const geoImportErrors = {
  crsUnsupported: (at: Location, crs: string, supported: readonly string[]): Problem =>
    problem('geo-koordinatensystem-unbekannt', at, `Die Grenzen sind im Koordinatensystem ${q(crs)} gespeichert; es kann nicht sicher umgerechnet werden, die Karte würde falsch gezeichnet.`, `Speichern Sie die Datei in QGIS neu („Exportieren → Objekte speichern als … → GeoJSON“) mit dem KBS „EPSG:4326 – WGS 84“. Umgerechnet werden auch: ${supported.join(', ')}.`),
  projectedWithoutCrs: (at: Location, sample: readonly number[]): Problem =>
    problem('geo-koordinaten-projiziert', at, `Die Koordinaten (z. B. ${sample.slice(0, 2).map((n) => n.toLocaleString('de-DE')).join(' / ')}) sind keine Längen- und Breitengrade, und die Datei nennt kein Koordinatensystem („crs“); die Karte würde falsch gezeichnet.`, 'Speichern Sie die Datei in QGIS mit dem KBS „EPSG:4326 – WGS 84“ (oder mit ihrem Koordinatensystem, dann schreibt QGIS es als „crs“ in die Datei).'),
  keyPropertyWithoutSchluessel: (at: Location, property: string): Problem =>
    problem('geo-schluessel-fehlt', at, `Die Grenzen haben keine Eigenschaft „id“, aber amtliche Schlüssel in ${q(property)}; in data/gebiete steht jedoch kein passender „schluessel“.`, `Tragen Sie in data/gebiete/*.csv in der Spalte „schluessel“ die amtlichen Schlüssel Ihrer Gebiete ein (wie in ${q(property)}, z. B. AGS „16051000“ oder ARS „160510000000“) – dann werden die Grenzen darüber zugeordnet.`),
  noIdProperty: (at: Location, count: number, properties: readonly string[]): Problem =>
    problem('geo-id-eigenschaft-fehlt', at, `Keines der ${de(count)} Objekte hat eine Eigenschaft „id“ oder einen amtlichen Schlüssel (ARS, AGS, RS). Vorhanden: ${list(properties) || '(keine)'}.`, 'Geben Sie jedem Objekt in „properties“ eine „id“ mit der Kennung aus data/gebiete (in QGIS: Feldrechner, neues Feld „id“), oder exportieren Sie die Grenzen mit dem Feld „ARS“ bzw. „AGS“ und tragen die Schlüssel in data/gebiete in die Spalte „schluessel“ ein.'),
  outsideProject: (at: Location, count: number, property: string): Problem =>
    problem('geo-gebiete-ausserhalb', at, `${de(count)} ${count === 1 ? 'Grenze' : 'Grenzen'} für Gebiete außerhalb des Projekts übersprungen (Schlüssel in ${q(property)} steht in keiner Spalte „schluessel“ von data/gebiete).`, 'Nichts zu tun, wenn diese Gebiete nicht in den Bericht gehören.', 'warnung'),
  simplified: (at: Location, before: number, after: number): Problem =>
    problem('geo-vereinfacht', at, `Die Grenzen haben ${de(before)} Punkte, mehr als eine Karte braucht; sie wurden für die Karte auf ${de(after)} Punkte vereinfacht (gemeinsame Grenzen bleiben deckungsgleich).`, 'Nichts zu tun. Wer es schneller mag: in QGIS „Vektor → Geometrie-Werkzeuge → Vereinfachen“ und die kleinere Datei hier ablegen.', 'warnung'),
};
