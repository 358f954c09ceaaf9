/**
 * The catalogue of problems with charts and maps (`<Diagramm>`, `<Karte>`): what happened, naming the value,
 * and what to do. All of them stop the build: a chart that cannot be drawn correctly must not be published.
 */
import { problem, type Location, type Problem } from './problem.ts';

/** Up to `max` names as `„a“, „b“, „c“ …`, for hints listing what exists. */
function list(names: readonly string[], max = 12): string {
  if (names.length === 0) return '(keine)';
  const shown = names.slice(0, max).map((n) => `„${n}“`).join(', ');
  return names.length > max ? `${shown} … (${names.length} insgesamt)` : shown;
}

export const chartErrors = {
  unknownIndicator: (at: Location, id: string, known: readonly string[]): Problem =>
    problem(
      'diagramm-indikator-unbekannt',
      at,
      `Den Indikator „${id}“ gibt es nicht im Indikatorenkatalog (data/indikatoren/).`,
      `Prüfen Sie die Schreibweise. Vorhandene Indikatoren: ${list(known)}.`,
    ),
  unknownDataset: (at: Location, name: string, known: readonly string[]): Problem =>
    problem(
      'diagramm-daten-unbekannt',
      at,
      `Die Datentabelle „${name}“ gibt es nicht (erwartet wird data/${name}.csv).`,
      `Geben Sie bei daten="…" den Pfad unterhalb von data/ ohne „.csv“ an. Vorhanden: ${list(known)}.`,
    ),
  unknownGebiet: (at: Location, id: string, indikator: string, known: readonly string[]): Problem =>
    problem(
      'diagramm-gebiet-unbekannt',
      at,
      `Für das Gebiet „${id}“ gibt es keine Werte des Indikators „${indikator}“.`,
      `Prüfen Sie die Gebietskennung bei gebiete="…". Gebiete mit Werten: ${list(known)}.`,
    ),
  unknownYear: (at: Location, jahr: number, indikator: string, known: readonly number[]): Problem =>
    problem(
      'diagramm-jahr-unbekannt',
      at,
      `Für das Jahr ${jahr} gibt es keine Werte des Indikators „${indikator}“.`,
      `Vorhandene Jahre: ${known.length ? `${known[0]}–${known[known.length - 1]}` : '(keine)'}.`,
    ),
  unknownArt: (at: Location, art: string): Problem =>
    problem(
      'diagramm-art-unbekannt',
      at,
      `Die Diagrammart „${art}“ gibt es nicht.`,
      'Schreiben Sie art="linie" (Zeitreihe) oder art="balken" (Vergleich der Gebiete in einem Jahr).',
    ),
  externalData: (at: Location, url: string): Problem =>
    problem(
      'diagramm-externe-daten',
      at,
      `Die Diagrammbeschreibung lädt Daten von „${url}“. Diagramme dürfen keine Daten aus dem Netz oder aus Dateien nachladen.`,
      'Entfernen Sie „url“ aus „data“ und geben Sie die Tabelle mit daten="frei/…" an; ihre Zeilen werden automatisch eingesetzt.',
    ),
  imageMark: (at: Location): Problem =>
    problem(
      'diagramm-bilder',
      at,
      'Die Diagrammbeschreibung verwendet Bilder (mark „image“), die aus dem Netz geladen würden.',
      'Verwenden Sie eine andere Darstellung (z. B. „bar“, „line“, „point“) ohne Bilder.',
    ),
  unknownField: (at: Location, field: string, dataset: string, columns: readonly string[]): Problem =>
    problem(
      'diagramm-feld-unbekannt',
      at,
      `Das Feld „${field}“ ist keine Spalte der Datentabelle „${dataset}“.`,
      `Vorhandene Spalten: ${list(columns, 40)}. Groß- und Kleinschreibung zählen.`,
    ),
  badSpec: (at: Location, detail: string): Problem =>
    problem(
      'diagramm-spec-ungueltig',
      at,
      `Die Diagrammbeschreibung (spec) ist ungültig: ${detail}`,
      'Die spec ist eine Vega-Lite-Beschreibung als Objekt, z. B. spec={{ mark: "bar", encoding: { x: { field: "Jahr" } } }}.',
    ),
  /** A key refused by charts/spec-schema.ts (href, url, usermeta); `where` is its path in the spec. */
  refusedInSpec: (at: Location, where: string, key: string, reason: string): Problem =>
    problem(
      'diagramm-spec-nicht-erlaubt',
      at,
      `Die Diagrammbeschreibung (spec) enthält „${where}“: ${reason}`,
      key === 'href'
        ? 'Entfernen Sie „href“. Weiterführende Adressen gehören als Text oder Link in den Fließtext, die Quelle in quelle="…".'
        : `Entfernen Sie „${key}“ aus der spec; die Daten kommen allein aus der Tabelle bei daten="frei/…".`,
    ),
  missingProp: (at: Location, component: string, prop: string, example: string): Problem =>
    problem(
      'diagramm-angabe-fehlt',
      at,
      `Bei <${component}> fehlt die Angabe „${prop}“.`,
      `Ergänzen Sie sie, z. B. ${example}.`,
    ),
  /** A prop the data layer's parser refused (`jahre`, `gebiete`); `detail` is its German message. */
  invalidProp: (at: Location, component: string, prop: string, detail: string): Problem =>
    problem(
      'diagramm-angabe-ungueltig',
      at,
      `Bei <${component}> ist die Angabe „${prop}“ ungültig: ${detail}`,
      prop === 'jahre' || prop === 'jahr'
        ? 'Schreiben Sie z. B. jahre="2015-2024" oder jahre="2019, 2024".'
        : 'Schreiben Sie die Gebietskennungen mit Komma getrennt, z. B. gebiete="hw, th".',
    ),
  noValues: (at: Location, indikator: string): Problem =>
    problem(
      'diagramm-keine-werte',
      at,
      `Für den Indikator „${indikator}“ gibt es in der gewählten Auswahl keine Werte, das Diagramm wäre leer.`,
      'Prüfen Sie gebiete="…" und jahre="…" oder ergänzen Sie die Werte in data/werte/.',
    ),
  noGeometry: (at: Location, indikator: string): Problem =>
    problem(
      'karte-keine-geometrie',
      at,
      `Für die Karte des Indikators „${indikator}“ gibt es keine Gebietsgrenzen mit Werten.`,
      'Legen Sie die Grenzen als GeoJSON in data/geo/ ab (je Gebiet ein Feature mit properties.id = Gebietskennung).',
    ),
  renderFailed: (at: Location, detail: string): Problem =>
    problem(
      'diagramm-zeichnen-fehlgeschlagen',
      at,
      `Das Diagramm konnte nicht gezeichnet werden: ${detail}`,
      'Prüfen Sie die Diagrammbeschreibung (Feldnamen, Diagrammart); Einzelheiten stehen in der Meldung.',
    ),
};
