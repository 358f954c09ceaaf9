/**
 * The catalogue of problems in `data/` and of chapters' references to it. Each entry says what happened
 * (naming the value), and what to do. Wrong numbers stop the build (`fehler`); where work can go on, a `warnung`.
 */
import { yearRanges } from '../data/years.ts';
import { problem, type Location, type Problem } from './problem.ts';

const q = (v: string | number): string => `„${v}“`;
const ref = (l: Location): string => (l.line > 0 ? `${l.file}:${l.line}` : l.file);
const maybe = (suggestion: string | null | undefined): string => (suggestion ? `Meinten Sie ${q(suggestion)}? ` : '');
const more = (n: number): string => (n > 0 ? ` (ebenso in ${de(n)} weiteren ${n === 1 ? 'Zeile' : 'Zeilen'} dieser Datei)` : '');
/** A count in German format (`9.998`). */
const de = (n: number): string => n.toLocaleString('de-DE');
/** Column names for a message: at most ten, then how many more (a header may have 100.000 columns). */
const names = (list: readonly string[], delimiter = ', ', total = list.length): string =>
  total > 10 ? `${list.slice(0, 8).join(delimiter)}${delimiter}… (insgesamt ${de(total)} Spalten)` : list.join(delimiter);
/** A value for a message: long ones are cut (an id may be five million characters long). */
const short = (v: string): string => (v.length > 60 ? `${v.slice(0, 40)}… (${de(v.length)} Zeichen)` : v);
/** The year of a date as exports write it (`31.12.2018`, `2018-12-31`), or null. */
const dateYear = (v: string): string | null => /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(v.trim())?.[1] ?? /^(\d{4})-\d{2}-\d{2}$/.exec(v.trim())?.[1] ?? null;
const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
const NUMBER_STYLES = {
  de: 'Dezimalkomma, Tausenderpunkt (1.234,5)',
  en: 'Dezimalpunkt, ohne Tausendertrennzeichen (1234.5)',
};
const SETTINGS_HINT = (file: string): string =>
  `Legen Sie neben die Datei eine Datei ${q(file.replace(/\.csv$/i, '.einstellungen.yaml'))} mit der Zeile „dezimalzeichen: komma“ (1.234,5) oder „dezimalzeichen: punkt“ (1234.5).`;

export type UnreadableReason = 'leer' | 'xlsx' | 'ods' | 'binaer' | 'utf16';

/** Most problems of one kind that a file reports one by one; more become one message with a count. */
export const SHOWN_PER_CAUSE = 3;

const SAVE_AS_CSV = 'Öffnen Sie die Datei in Excel und speichern Sie als CSV: „Datei → Speichern unter → CSV (Trennzeichen-getrennt)“ oder „CSV UTF-8“.';

/** What a column must hold, for „… ist leer“ hints. */
const COLUMN_HINT: Record<string, string> = {
  id: 'eine kurze Kennung wie „hw-nord“',
  name: 'den Namen des Gebiets',
  ebene: 'die Ebene (land, kreis, gemeinde, sozialraum …)',
  titel: 'den Titel des Indikators',
  einheit: 'die Einheit (%, Anzahl, Euro …)',
  lebenslage: 'die Lebenslage, z. B. Arbeit',
  indikator: 'die Kennung eines Indikators aus data/indikatoren',
  gebiet: 'die Kennung eines Gebiets aus data/gebiete',
};

const KIND: Record<'gebiet' | 'indikator' | 'eltern', { code: string; what: string; where: string }> = {
  gebiet: { code: 'gebiet-unbekannt', what: 'Unbekanntes Gebiet', where: 'Gebiete stehen in data/gebiete/*.csv (Spalte „id“); legen Sie es dort an' },
  eltern: { code: 'eltern-unbekannt', what: 'Unbekanntes übergeordnetes Gebiet (eltern)', where: 'Gebiete stehen in data/gebiete/*.csv (Spalte „id“); legen Sie es dort an' },
  indikator: { code: 'indikator-unbekannt', what: 'Unbekannter Indikator', where: 'Indikatoren stehen in data/indikatoren/*.csv (Spalte „id“); legen Sie ihn dort an' },
};

export const dataErrors = {
  fileUnreadable(at: Location, reason: UnreadableReason, expected: readonly string[]): Problem {
    switch (reason) {
      case 'leer':
        return problem('datei-leer', at, 'Die Datei ist leer.', `Tragen Sie die Kopfzeile (${expected.join(';')}) und die Daten ein – oder löschen Sie die Datei.`);
      case 'xlsx':
        return problem('datei-keine-csv', at, 'Die Datei ist keine CSV-Datei, sondern eine Excel-Arbeitsmappe (.xlsx) mit der Endung .csv.', SAVE_AS_CSV);
      case 'ods':
        return problem('datei-keine-csv', at, 'Die Datei ist keine CSV-Datei, sondern eine LibreOffice-Tabelle (.ods) mit der Endung .csv.', 'Speichern Sie als CSV: „Datei → Speichern unter → Text CSV (.csv)“.');
      case 'utf16':
        return problem('datei-utf16', at, 'Die Datei ist als „Unicode-Text“ (UTF-16) gespeichert, nicht als CSV.', 'Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.');
      case 'binaer':
        return problem('datei-keine-csv', at, 'Die Datei enthält keinen Text, sondern Binärdaten (z. B. eine umbenannte Excel-Datei): hier steht ein Null-Byte.', SAVE_AS_CSV);
    }
  },
  fileIgnored: (at: Location, ext: string): Problem =>
    problem('datei-ignoriert', at, `Die Datei wird nicht gelesen: ${q(ext || '(ohne Endung)')} ist kein Datenformat des Berichts.`, /^\.(xlsx?|ods)$/i.test(ext) ? `${SAVE_AS_CSV} Sonst verschieben Sie sie aus dem Ordner data/.` : 'Daten sind .csv-Dateien (Grenzen: .geojson in data/geo). Verschieben Sie die Datei aus dem Ordner data/, wenn sie nicht dazugehört.', 'warnung'),
  noRows: (at: Location): Problem =>
    problem('keine-zeilen', at, 'Die Datei enthält nur die Kopfzeile, keine Daten.', 'Ergänzen Sie Datenzeilen oder löschen Sie die Datei.', 'warnung'),
  quoteNotClosed: (at: Location, lastLine: number): Problem =>
    problem('anfuehrungszeichen-offen', at, `Das Anführungszeichen (") in Zeile ${at.line} wird nicht geschlossen; ${lastLine > at.line ? `die Zeilen ${at.line} bis ${lastLine} können` : `Zeile ${at.line} kann`} deshalb nicht gelesen werden.`, 'Setzen Sie das schließende " ans Ende des Feldes. Ein " innerhalb eines Textes schreiben Sie doppelt ("").'),
  csvUnreadable: (at: Location, detail: string): Problem =>
    problem('csv-unlesbar', at, `Die Datei kann ab hier nicht als CSV gelesen werden (${detail}).`, 'Öffnen Sie die Datei in Excel und speichern Sie sie erneut als CSV.'),
  columnsMissing: (at: Location, missing: readonly string[], found: readonly string[], required: readonly string[], optional: readonly string[]): Problem =>
    problem('spalte-fehlt', at, `Es ${missing.length === 1 ? 'fehlt die Spalte' : 'fehlen die Spalten'} ${missing.map(q).join(', ')}. Gefunden: ${names(found.map(short)) || '(keine)'}. Erwartet: ${required.join(', ')}${optional.length ? ` (freiwillig: ${optional.join(', ')})` : ''}.`, found.length === 1 && required.length > 1 ? 'Die Kopfzeile hat nur eine Spalte: Trennen Sie die Spalten mit „;“ oder „,“.' : 'Ergänzen Sie die Spalte in der Kopfzeile (erste Zeile) oder korrigieren Sie die Schreibweise.'),
  columnDuplicate: (at: Location, name: string, first: number): Problem =>
    problem('spalte-doppelt', at, `Die Spalte ${q(short(name))} kommt zweimal vor (auch als ${first}. Spalte).`, 'Löschen oder benennen Sie eine der beiden Spalten um.'),
  columnUnknown: (at: Location, name: string, expected: readonly string[], suggestion: string | null): Problem =>
    problem('spalte-unbekannt', at, `Die Spalte ${q(short(name))} ist unbekannt und wird nicht gelesen.`, `${maybe(suggestion)}Erwartet werden: ${expected.join(', ')}.`, 'warnung'),
  columnUnnamed: (at: Location): Problem =>
    problem('spalte-ohne-namen', at, 'Eine Spalte hat keinen Namen in der Kopfzeile, enthält aber Werte; sie wird nicht gelesen.', 'Tragen Sie einen Spaltennamen ein oder löschen Sie die Spalte.', 'warnung'),
  /** `columns`: the first (at least ten) column names of `total`. */
  fieldCount(at: Location, got: number, columns: readonly string[], total: number, delimiter: string, decimal: { value: string; suggestion: string } | null): Problem {
    const message = `Die Zeile hat ${de(got)} Felder, erwartet werden ${de(total)} (${names(columns.map(short), delimiter, total)}).`;
    const d = delimiter;
    const hint = decimal
      ? `Vermutlich ist ${q(decimal.value)} eine Dezimalzahl mit Komma, aber in dieser Datei trennt das Komma die Felder. Schreiben Sie ${decimal.suggestion} – oder speichern Sie die Datei mit „;“ als Trennzeichen.`
      : got < columns.length
        ? `Ergänzen Sie die fehlenden Felder; ein leeres Feld schreiben Sie als zwei Trennzeichen hintereinander („${d}${d}“).`
        : `Entfernen Sie das überzählige „${d}“ oder setzen Sie Text, der „${d}“ enthält, in Anführungszeichen ("…").`;
    return problem('felder-anzahl', at, message, hint);
  },
  notANumber(at: Location, column: string, value: string, style: 'de' | 'en', suggestion: string | null): Problem {
    const rule = `In dieser Spalte stehen Zahlen mit ${NUMBER_STYLES[style]}.`;
    const hint = suggestion
      ? `Schreiben Sie ${suggestion}. ${rule}`
      : `Tragen Sie eine Zahl ein oder ein Zeichen für einen fehlenden Wert: – (nichts vorhanden), . (unbekannt oder geheim), … (folgt später), / (nicht sicher genug), x (nicht sinnvoll), * (gesperrt). ${rule}`;
    return problem('wert-keine-zahl', at, `${q(short(value))} in Spalte ${q(column)} ist keine Zahl.`, hint);
  },
  numberNotPublishable(at: Location, column: string, value: string, reason: 'stellen' | 'unendlich' | 'minus-null'): Problem {
    const v = q(short(value));
    switch (reason) {
      case 'stellen':
        return problem('zahl-zu-genau', at, `${v} in Spalte ${q(column)} hat mehr als 15 gültige Ziffern und kann nicht genau veröffentlicht werden (es würde gerundet oder als „∞“ gezeigt).`, 'Runden Sie den Wert auf höchstens 15 gültige Ziffern – oder prüfen Sie, ob mehrere Zahlen in eine Zelle geraten sind.');
      case 'unendlich':
        return problem('zahl-unendlich', at, `${v} in Spalte ${q(column)} ist keine endliche Zahl (z. B. das Ergebnis einer Division durch 0).`, 'Tragen Sie den richtigen Wert ein oder ein Zeichen für einen fehlenden Wert: – (nichts vorhanden), . (unbekannt oder geheim), x (nicht sinnvoll).');
      case 'minus-null':
        return problem('zahl-minus-null', at, `${v} in Spalte ${q(column)} ist eine negative Null; veröffentlicht würde „0“ ohne das Vorzeichen.`, 'Schreiben Sie 0 – oder, wenn ein kleiner negativer Wert auf 0 gerundet wurde, den ungerundeten Wert.');
    }
  },
  decimalMixed: (at: Location, column: string, value: string, mark: 'punkt' | 'komma', other: Location, otherValue: string, suggestion: string | null, file: string): Problem =>
    problem('dezimalzeichen-gemischt', at, `${q(short(value))} in Spalte ${q(column)} hat ${mark === 'komma' ? 'ein Dezimalkomma' : 'einen Dezimalpunkt'}, die übrigen Zahlen der Spalte ${mark === 'komma' ? 'einen Dezimalpunkt' : 'ein Dezimalkomma'} (zuerst ${q(short(otherValue))} in ${ref(other)}). Welche Zahl gemeint ist, lässt sich nicht sicher sagen.`, `Schreiben Sie alle Zahlen der Spalte einheitlich${suggestion ? `, hier ${suggestion}` : ''}. Ist die Schreibweise anders gemeint: ${SETTINGS_HINT(file)}`),
  decimalAmbiguous: (at: Location, column: string, value: string, others: number, file: string): Problem =>
    problem('dezimalzeichen-mehrdeutig', at, `${q(value)} in Spalte ${q(column)} ist mehrdeutig: mit Tausenderpunkt gelesen ${value.replace('.', '')}, mit Dezimalpunkt gelesen ${String(Number(value.replace(/^\u2212/, '-'))).replace('.', ',')}${others > 0 ? `; ebenso ${others === 1 ? 'ein weiterer Wert' : `${de(others)} weitere Werte`} dieser Spalte` : ''}. Kein Wert der Spalte zeigt, welches Dezimalzeichen die Datei verwendet.`, SETTINGS_HINT(file)),
  settingsInvalid: (at: Location, detail: string): Problem =>
    problem('einstellungen-ungueltig', at, `Die Einstellungen der Datei sind ungültig: ${detail}.`, 'Die Datei enthält nur die Zeile „dezimalzeichen: komma“ (Zahlen wie 1.234,5) oder „dezimalzeichen: punkt“ (Zahlen wie 1234.5).'),
  fileTooLarge: (at: Location, bytes: number, limit: number): Problem =>
    problem('datei-zu-gross', at, `Die Datei ist ${de(Math.ceil(bytes / 1_000_000))} MB groß; gelesen werden Dateien bis ${de(limit / 1_000_000)} MB.`, 'Teilen Sie die Daten auf mehrere Dateien im selben Ordner auf – oder prüfen Sie, ob die richtige Datei gespeichert wurde.'),
  fieldTooLong: (at: Location, length: number | null, limit: number): Problem =>
    problem('feld-zu-lang', at, `${length === null ? `Ab hier ist eine Zeile länger als ${de(limit)} Zeichen` : `Ein Feld ist ${de(length)} Zeichen lang; erlaubt sind höchstens ${de(limit)}`}. Die Datei wird deshalb nicht gelesen.`, 'Meist fehlt ein Anführungszeichen (") oder ein Zeilenumbruch, so dass viele Zeilen in ein Feld geraten. Prüfen Sie die Stelle.'),
  utf8Invalid: (at: Location, byte: number, offset: number, others: number): Problem =>
    problem('utf8-ungueltig', at, `Das Byte ${hex(byte)} (Byte ${de(offset + 1)} der Datei) ist kein gültiges UTF-8, obwohl die Datei sonst UTF-8 ist${others > 0 ? `; ebenso ${de(others)} weitere Stellen` : ''}. Die Datei wird nicht gelesen, damit keine Umlaute verfälscht veröffentlicht werden.`, 'Öffnen Sie die Datei in einem Editor, korrigieren Sie das Zeichen an dieser Stelle und speichern Sie als „CSV UTF-8“.'),
  /**
   * The first of many problems of one kind in a file, with how many more there are and where the next ones are:
   * their lines, or their columns when all are in the first one's line (a header with 100.000 extra columns).
   */
  sameIn: (first: Problem, others: number, next: readonly { line: number; column: number }[], sameLine: boolean, distinctLines: boolean): Problem => {
    const where = sameLine
      ? `an ${de(others)} weiteren Stellen dieser Zeile, zuerst Spalte ${next.map((p) => p.column).join(', ')}`
      : `${distinctLines ? `in ${de(others)} weiteren ${others === 1 ? 'Zeile' : 'Zeilen'}` : `an ${de(others)} weiteren ${others === 1 ? 'Stelle' : 'Stellen'}`}, zuerst Zeile ${[...new Set(next.map((p) => p.line))].join(', ')}`;
    return { ...first, message: `${first.message} … ebenso ${where}.` };
  },
  invalid: (at: Location, column: string, value: string, detail: string): Problem =>
    problem('wert-ungueltig', at, `${q(short(value))} in Spalte ${q(column)} ist ungültig (${detail}).`, 'Korrigieren Sie den Wert.'),
  valueEmpty: (at: Location): Problem =>
    problem('wert-leer', at, 'Die Zeile hat keinen Wert; er wird als „.“ (Zahlenwert unbekannt) gezeigt.', 'Tragen Sie den Wert ein oder ein Zeichen: – (nichts vorhanden), . (unbekannt oder geheim), … (folgt später), / (nicht sicher genug), x (nicht sinnvoll).', 'warnung'),
  countInvalid: (at: Location, value: string, indikator: string): Problem =>
    problem('anzahl-ungueltig', at, `${q(value)} ist keine Anzahl: Der Indikator ${q(indikator)} hat die Einheit „Anzahl“, erlaubt sind nur ganze Zahlen ab 0.`, 'Prüfen Sie den Wert – oder die Einheit des Indikators in data/indikatoren.'),
  yearInvalid: (at: Location, value: string): Problem =>
    problem('jahr-ungueltig', at, `${q(short(value))} ist kein Jahr.`, /^\d\.\d{3}$/.test(value) ? `Schreiben Sie das Jahr ohne Tausenderpunkt: ${value.replace('.', '')}. Formatieren Sie die Spalte in Excel als „Standard“ statt „Zahl“.` : dateYear(value) ? `Hier steht ein Datum (Stichtag); erwartet wird das Jahr, für das der Wert gilt: ${dateYear(value)}. Ein amtlicher Export mit Stichtagen gehört unverändert nach data/quellen/ (siehe Handbuch „Daten aus amtlichen Quellen übernehmen“); dort wird das Jahr aus dem Datum gelesen.` : 'Schreiben Sie das Jahr vierstellig zwischen 1900 und 2100, z. B. 2024.'),
  requiredEmpty: (at: Location, column: string): Problem =>
    problem('pflichtfeld-leer', at, `Die Spalte ${q(column)} ist in dieser Zeile leer.`, `Tragen Sie ${COLUMN_HINT[column] ?? 'einen Wert'} ein.`),
  idTooLong: (at: Location, column: string, length: number, limit: number): Problem =>
    problem('id-zu-lang', at, `Die Kennung in Spalte ${q(column)} ist ${de(length)} Zeichen lang; erlaubt sind höchstens ${limit}.`, 'Verwenden Sie eine kurze Kennung wie „hw-nord“.'),
  idInvalid: (at: Location, column: string, value: string): Problem =>
    problem('id-ungueltig', at, `${q(short(value))} taugt nicht als Kennung (Spalte ${q(column)}).`, 'Verwenden Sie nur Buchstaben, Ziffern, „-“, „_“ und „.“, ohne Leerzeichen und Kommas, z. B. „hw-nord“.'),
  idDuplicate: (at: Location, id: string, first: Location): Problem =>
    problem('id-doppelt', at, `Die Kennung ${q(id)} gibt es schon in ${ref(first)}.`, 'Jede Kennung darf nur einmal vorkommen: Benennen Sie eine um oder löschen Sie die doppelte Zeile.'),
  unknownReference: (at: Location, kind: 'gebiet' | 'indikator' | 'eltern', id: string, suggestion: string | null, others: number): Problem =>
    problem(KIND[kind].code, at, `${KIND[kind].what} ${q(short(id))}${more(others)}.`, `${maybe(suggestion)}${KIND[kind].where} oder korrigieren Sie die Kennung.`),
  parentCycle: (at: Location, chain: readonly string[]): Problem =>
    problem('eltern-zyklus', at, `Die Gebiete enthalten sich im Kreis: ${chain.join(' → ')}.`, 'Korrigieren Sie „eltern“: Das oberste Gebiet hat kein eltern.'),
  richtungInvalid: (at: Location, value: string): Problem =>
    problem('richtung-ungueltig', at, `${q(value)} ist keine gültige Richtung.`, 'Erlaubt sind: steigend_gut (mehr ist besser), steigend_schlecht (mehr ist schlechter), neutral.'),
  decimalsInvalid: (at: Location, value: string): Problem =>
    problem('nachkommastellen-ungueltig', at, `${q(value)} ist keine gültige Zahl von Nachkommastellen.`, 'Tragen Sie eine ganze Zahl von 0 bis 6 ein.'),
  yesNoInvalid: (at: Location, column: string, value: string): Problem =>
    problem('ja-nein-ungueltig', at, `${q(value)} in Spalte ${q(column)} ist weder „ja“ noch „nein“.`, column === 'geheimhaltung' ? 'Schreiben Sie „ja“ (kleine Fallzahlen werden gesperrt), „nein“ (die Zahlen sind öffentlich) oder lassen Sie das Feld leer (gesperrt wird dann bei Anzahlen).' : 'Schreiben Sie „ja“ oder „nein“.'),
  confidentialityUnset: (at: Location, id: string, einheit: string): Problem =>
    problem('geheimhaltung-offen', at, `Der Indikator ${q(id)} hat die Einheit ${q(einheit)} und wird deshalb als Anzahl behandelt: Kleine Fallzahlen (unter der „mindestfallzahl“ der Publikation, Standard 3) werden gesperrt („*“).`, 'Legen Sie es in der Spalte „geheimhaltung“ fest: „ja“ (kleine Fallzahlen sperren) oder „nein“ (die Zahlen sind öffentlich, z. B. Krankenhäuser je Kreis). Fehlt die Spalte, ergänzen Sie sie in der Kopfzeile.', 'warnung'),
  valueConflict: (at: Location, key: string, value: string, other: Location, otherValue: string): Problem =>
    problem('wert-doppelt', at, `Für ${key} gibt es zwei verschiedene Werte: ${q(value)} hier und ${q(otherValue)} in ${ref(other)}.`, 'Löschen Sie eine der beiden Zeilen; welcher Wert stimmt, weiß die liefernde Stelle.'),
  valueRepeated: (at: Location, key: string, other: Location): Problem =>
    problem('wert-wiederholt', at, `Der Wert für ${key} steht doppelt (gleich in ${ref(other)}).`, 'Löschen Sie eine der beiden Zeilen.', 'warnung'),
  infoMissing: (at: Location, id: string, column: 'quelle' | 'definition'): Problem =>
    problem('angabe-fehlt', at, `Der Indikator ${q(id)} hat keine ${column === 'quelle' ? 'Quelle' : 'Definition'}.`, column === 'quelle' ? 'Tragen Sie die Quelle ein; sie steht unter jeder Tabelle und jedem Diagramm.' : 'Tragen Sie ein, wie der Indikator berechnet wird; das steht im Glossar.', 'warnung'),
  geoJsonSyntax: (at: Location, detail: string): Problem =>
    problem('geo-json-ungueltig', at, `Die Datei ist kein gültiges JSON (${detail}).`, 'Exportieren Sie die Grenzen erneut als GeoJSON, z. B. in QGIS mit „Exportieren → Objekte speichern als … → GeoJSON“.'),
  geoStructure: (at: Location, detail: string): Problem =>
    problem('geo-aufbau-ungueltig', at, `Die Datei ist keine GeoJSON-FeatureCollection: ${detail}.`, 'Exportieren Sie die Grenzen als GeoJSON mit einem Objekt je Gebiet.'),
  geoIdMissing: (at: Location, index: number): Problem =>
    problem('geo-id-fehlt', at, `Objekt Nr. ${index + 1} hat keine Eigenschaft „id“.`, 'Jedes Objekt braucht in „properties“ eine „id“ mit der Kennung des Gebiets aus data/gebiete.'),
  geoGeometry: (at: Location, id: string, type: string): Problem =>
    problem('geo-geometrie-ungueltig', at, `Das Gebiet ${q(id)} hat die Geometrie ${q(type)}; erwartet wird eine Fläche (Polygon oder MultiPolygon).`, 'Exportieren Sie die Gemeinde- bzw. Sozialraumgrenzen als Flächen.'),
  geoUnknownGebiet: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('geo-gebiet-unbekannt', at, `Die Grenze gehört zu einem unbekannten Gebiet ${q(id)}.`, `${maybe(suggestion)}Die Eigenschaft „id“ muss eine Kennung aus data/gebiete/*.csv sein.`),
  geoDuplicate: (at: Location, id: string, first: Location): Problem =>
    problem('geo-gebiet-doppelt', at, `Für das Gebiet ${q(id)} gibt es schon Grenzen in ${ref(first)}.`, 'Jedes Gebiet darf nur eine Grenze haben; fassen Sie Teilflächen zu einem MultiPolygon zusammen.'),
  datasetGebietUnknown: (at: Location, id: string, suggestion: string | null, others: number): Problem =>
    problem('daten-gebiet-unbekannt', at, `Unbekanntes Gebiet ${q(id)} in Spalte „gebiet“${more(others)}.`, `${maybe(suggestion)}Karten und Diagramme können diese Zeilen keinem Gebiet zuordnen.`, 'warnung'),
};

export type Component = 'Wert' | 'Tabelle' | 'Diagramm' | 'Karte';
/** The tag as the planner typed it: `<Wert indikator="alq">`. */
const tag = (c: Component, attr: string, value: string): string => `<${c} ${attr}="${value}">`;

/** Problems in chapters' references to the data, located at the attribute value in the .mdx file. */
export const referenceErrors = {
  unknown(at: Location, component: Component, attr: string, id: string, kind: 'indikator' | 'gebiet' | 'daten', suggestion: string | null, available: readonly string[]): Problem {
    const what = { indikator: 'einen unbekannten Indikator', gebiet: 'ein unbekanntes Gebiet', daten: 'einen unbekannten Datensatz' }[kind];
    const where = {
      indikator: 'Indikatoren stehen in data/indikatoren/*.csv (Spalte „id“).',
      gebiet: 'Gebiete stehen in data/gebiete/*.csv (Spalte „id“).',
      daten: `Datensätze sind CSV-Dateien unter data/, genannt ohne „data/“ und „.csv“${available.length ? ` – vorhanden: ${available.slice(0, 8).join(', ')}${available.length > 8 ? ' …' : ''}` : ''}.`,
    }[kind];
    return problem(`verweis-${kind}-unbekannt`, at, `${tag(component, attr, id)} nennt ${what} ${q(id)}.`, `${maybe(suggestion)}${where}`);
  },
  yearInvalid: (at: Location, component: Component, attr: string, value: string, detail: string): Problem =>
    problem('verweis-jahr-ungueltig', at, `${tag(component, attr, value)}: ${detail}`, attr === 'jahre' ? 'Schreiben Sie z. B. jahre="2019-2024" oder jahre="2019, 2024".' : 'Schreiben Sie z. B. jahr="2024".'),
  listInvalid: (at: Location, component: Component, attr: string, value: string, detail: string): Problem =>
    problem('verweis-liste-ungueltig', at, `${tag(component, attr, value)}: ${detail}`, `Trennen Sie Kennungen mit Komma, z. B. ${attr}="hw, hw-nord".`),
  yearWithoutValue: (at: Location, component: Component, indikator: string, gebiet: string | null, jahr: number, available: readonly number[]): Problem =>
    problem('verweis-jahr-ohne-wert', at, `Für den Indikator ${q(indikator)}${gebiet ? ` im Gebiet ${q(gebiet)}` : ''} gibt es keinen Wert für ${jahr} (<${component}>).`, `Vorhandene Jahre: ${yearRanges(available)}. Ergänzen Sie den Wert in data/werte oder wählen Sie ein vorhandenes Jahr.`),
  yearsWithoutValue: (at: Location, component: Component, indikator: string, missing: readonly number[], available: readonly number[]): Problem =>
    problem('verweis-jahre-ohne-wert', at, `Für den Indikator ${q(indikator)} gibt es ${missing.length === 1 ? 'im Jahr' : 'in den Jahren'} ${yearRanges(missing)} keine Werte (<${component}>).`, `Vorhandene Jahre: ${yearRanges(available)}.`, 'warnung'),
  attributeMissing: (at: Location, component: Component, attr: string): Problem =>
    problem('verweis-angabe-fehlt', at, `<${component}> ohne Angabe ${q(attr)}.`, component === 'Wert' ? 'Schreiben Sie z. B. <Wert indikator="alq" gebiet="hw" jahr="2024" />.' : `Schreiben Sie z. B. <${component} indikator="alq" />.`),
};

/** Messages of errors thrown while rendering a component (the check has usually reported them with location before). */
export const bindMessages = {
  attributeMissing: (component: Component, attr: string): string => `<${component}> ohne Angabe ${q(attr)}.`,
  indikatorUnknown: (id: string): string => `Unbekannter Indikator ${q(id)} (siehe data/indikatoren).`,
  gebietUnknown: (id: string): string => `Unbekanntes Gebiet ${q(id)} (siehe data/gebiete).`,
  noValue: (indikator: string, gebiet: string, jahr: number | null): string =>
    `Kein Wert für den Indikator ${q(indikator)} im Gebiet ${q(gebiet)}${jahr === null ? '' : ` für ${jahr}`} (siehe data/werte).`,
  yearsInvalid: (value: string, detail: string): string => `${q(value)} ist keine gültige Jahresangabe: ${detail}`,
  idsInvalid: (value: string, detail: string): string => `${q(value)} ist keine gültige Liste von Kennungen: ${detail}`,
};
