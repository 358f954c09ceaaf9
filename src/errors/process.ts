/**
 * The catalogue of problems in the planning-process data: data/beteiligung, data/strategie,
 * data/stellungnahmen, and the feedback channel (`rueckmeldung`) and required groups (`pflichtgruppen`)
 * in publikation.yaml. Each entry says what happened (naming the value) and what to do.
 */
import { problem, type Location, type Problem } from './problem.ts';

const q = (v: string | number): string => `„${v}“`;
const maybe = (suggestion: string | null | undefined): string => (suggestion ? `Meinten Sie ${q(suggestion)}? ` : '');
const list = (items: readonly string[]): string => items.map(q).join(', ');

export const processErrors = {
  unknownActor: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('akteur-unbekannt', at, `Unbekannter Akteur ${q(id)} in „beteiligte“.`, `${maybe(suggestion)}Akteure stehen in data/beteiligung/akteure.csv (Spalte „id“); legen Sie ihn dort an oder korrigieren Sie die Kennung.`),
  unknownGroup: (at: Location, gruppe: string, known: readonly string[], suggestion: string | null): Problem =>
    problem('gruppe-unbekannt', at, `Unbekannte Akteursgruppe ${q(gruppe)} in „wer“.`, `${maybe(suggestion)}Gruppen sind die Werte der Spalte „gruppe“ in data/beteiligung/akteure.csv: ${list(known)}.`),
  personName: (at: Location, name: string): Problem =>
    problem('akteur-person', at, `${q(name)} sieht aus wie der Name einer Person, nicht einer Institution.`, 'Tragen Sie hier nur Institutionen, Gremien oder Dienststellen ein (z. B. „Jobcenter Hainwald“), keine Privatpersonen – die Beteiligung wird veröffentlicht.', 'warnung'),
  requiredGroupMissing: (at: Location, gruppe: string, phase: string): Problem =>
    problem('pflichtgruppe-fehlt', at, `Die Gruppe ${q(gruppe)} war in der Phase ${q(phase)} an keinem Termin beteiligt.`, `Beteiligen Sie die Gruppe in dieser Phase und tragen Sie den Termin in data/beteiligung/termine.csv ein (Spalte „beteiligte“) – oder passen Sie „pflichtgruppen“ in publikation.yaml an.`, 'warnung'),
  unknownRequiredGroup: (at: Location, gruppe: string, known: readonly string[], suggestion: string | null): Problem =>
    problem('pflichtgruppe-unbekannt', at, `Die Pflichtgruppe ${q(gruppe)} gibt es in data/beteiligung/akteure.csv nicht.`, `${maybe(suggestion)}Vorhandene Gruppen: ${list(known)}.`, 'warnung'),
  unknownHandlungsfeld: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('handlungsfeld-unbekannt', at, `Unbekanntes Handlungsfeld ${q(id)}.`, `${maybe(suggestion)}Handlungsfelder stehen in data/strategie/handlungsfelder.csv (Spalte „id“).`),
  unknownZiel: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('ziel-unbekannt', at, `Unbekanntes Ziel ${q(id)}.`, `${maybe(suggestion)}Ziele stehen in data/strategie/ziele.csv (Spalte „id“).`),
  unknownIndicator: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('ziel-indikator-unbekannt', at, `Unbekannter Indikator ${q(id)}: Das Ziel kann nicht gemessen werden.`, `${maybe(suggestion)}Indikatoren stehen in data/indikatoren/*.csv (Spalte „id“); legen Sie ihn dort an oder korrigieren Sie die Kennung.`),
  unknownGebiet: (at: Location, id: string, suggestion: string | null): Problem =>
    problem('ziel-gebiet-unbekannt', at, `Unbekanntes Gebiet ${q(id)}.`, `${maybe(suggestion)}Gebiete stehen in data/gebiete/*.csv (Spalte „id“).`),
  noKreis: (at: Location): Problem =>
    problem('ziel-ohne-gebiet', at, 'Es gibt kein Gebiet der Ebene „kreis“, für das das Ziel gemessen werden könnte.', 'Tragen Sie in ziele.csv eine Spalte „gebiet“ mit der Kennung des Gebiets ein.'),
  goalWithoutValues: (at: Location, indikator: string, gebiet: string): Problem =>
    problem('ziel-ohne-werte', at, `Für den Indikator ${q(indikator)} gibt es im Gebiet ${q(gebiet)} keine Werte; die Zielerreichung bleibt leer.`, 'Ergänzen Sie die Werte in data/werte/ oder wählen Sie einen anderen Indikator.', 'warnung'),
  zielwertInvalid: (at: Location, value: string, style: 'de' | 'en'): Problem =>
    problem('zielwert-keine-zahl', at, `${q(value)} in Spalte „zielwert“ ist keine Zahl.`, style === 'de' ? 'In dieser Datei (Trennzeichen „;“) schreiben Sie Zahlen mit Dezimalkomma, z. B. 7,5.' : 'In dieser Datei (Trennzeichen „,“) schreiben Sie Zahlen mit Dezimalpunkt, z. B. 7.5.'),
  comparisonMissing: (at: Location, ziel: string, indikator: string): Problem =>
    problem('ziel-vergleich-fehlt', at, `Das Ziel ${q(ziel)} misst den Indikator ${q(indikator)}, der ohne Wertung ist (richtung „neutral“). Ob der Zielwert ein Mindest- oder ein Höchstwert ist, lässt sich daraus nicht ablesen.`, 'Tragen Sie in data/strategie/ziele.csv in der Spalte „vergleich“ „mindestens“ (erreicht, wenn der Wert den Zielwert erreicht oder übersteigt) oder „hoechstens“ (erreicht, wenn er ihn erreicht oder unterschreitet) ein; fehlt die Spalte, ergänzen Sie sie in der Kopfzeile.'),
  comparisonAgainstRichtung: (at: Location, ziel: string, vergleich: string, indikator: string, richtung: string): Problem =>
    problem('ziel-vergleich-gegen-richtung', at, `Das Ziel ${q(ziel)} verlangt ${vergleich} den Zielwert, aber beim Indikator ${q(indikator)} gilt ${richtung}.`, 'Prüfen Sie, ob das so gemeint ist: Die Spalte „vergleich“ in data/strategie/ziele.csv oder die Spalte „richtung“ in data/indikatoren/ widerspricht dem anderen. Die Entwicklung wird nach dem Ziel gewertet.', 'warnung'),
  endBeforeStart: (at: Location, beginn: string, ende: string): Problem =>
    problem('zeitraum-rueckwaerts', at, `Das Ende ${q(ende)} liegt vor dem Beginn ${q(beginn)}.`, 'Korrigieren Sie „beginn“ oder „ende“ (JJJJ-MM).'),
  unknownPublication: (at: Location, slug: string, suggestion: string | null): Problem =>
    problem('stellungnahme-publikation-unbekannt', at, `Unbekannte Publikation ${q(slug)}.`, `${maybe(suggestion)}Publikationen sind die Ordner in content/.`, 'warnung'),
  unknownChapter: (at: Location, kapitel: string, suggestion: string | null): Problem =>
    problem('abschnitt-kapitel-unbekannt', at, `Das Kapitel ${q(kapitel)} gibt es nicht; die Stellungnahme erscheint unter „Ohne Abschnitt“.`, `${maybe(suggestion)}Schreiben Sie die Web-Adresse des Kapitels (Dateiname ohne Nummer und .mdx), optional mit #Anker einer Überschrift, z. B. „massnahmen#familie“.`, 'warnung'),
  unknownAnchor: (at: Location, anker: string, kapitel: string, suggestion: string | null): Problem =>
    problem('abschnitt-anker-unbekannt', at, `Das Kapitel ${q(kapitel)} hat keine Überschrift mit dem Anker ${q(anker)}.`, `${maybe(suggestion)}Der Anker ist die Überschrift in Kleinbuchstaben mit Bindestrichen statt Leerzeichen (wie in der Adresszeile nach „#“).`, 'warnung'),
  duplicateNr: (at: Location, nr: string): Problem =>
    problem('stellungnahme-nr-doppelt', at, `Die Nummer ${q(nr)} kommt mehrfach vor.`, 'Geben Sie jeder Stellungnahme eine eigene Nummer; die Abwägung verweist darauf.', 'warnung'),
  phaseProp: (at: Location, component: string, value: string, suggestion: string | null = null): Problem =>
    value === ''
      ? problem('phase-fehlt', at, `<${component}> braucht die Angabe „phase“.`, 'Schreiben Sie z. B. <Beteiligung phase="orientierung" />. Erlaubt sind: orientierung, datenanalyse, fachoeffentliche_diskussion, strategieentwicklung.')
      : problem('phase-unbekannt', at, `Die Phase ${q(value)} in <${component}> gibt es nicht.`, `${maybe(suggestion)}Erlaubt sind: orientierung, datenanalyse, fachoeffentliche_diskussion, strategieentwicklung.`),
  handlungsfeldProp: (at: Location, component: string, value: string, suggestion: string | null): Problem =>
    problem('handlungsfeld-unbekannt', at, `Das Handlungsfeld ${q(value)} in <${component}> gibt es nicht.`, `${maybe(suggestion)}Handlungsfelder stehen in data/strategie/handlungsfelder.csv (Spalte „id“).`),
  teilProp: (at: Location, value: string): Problem =>
    problem('teil-unbekannt', at, `${q(value)} ist kein Teil der <Abwaegungstabelle>.`, 'Erlaubt sind teil="zaehlung" (nur die Anzahl je Ergebnis) und teil="tabelle" (nur die Stellungnahmen); ohne „teil“ erscheint beides.'),
  feedbackInvalid: (at: Location, value: string): Problem =>
    problem('rueckmeldung-ungueltig', at, `${q(value)} ist kein Rückmeldeweg.`, 'Schreiben Sie eine E-Mail-Adresse als „mailto:name@beispiel.de“ oder eine Web-Adresse (https://…) mit Platzhaltern wie {abschnitt}, {anker}, {version}.'),
  feedbackPlaceholder: (at: Location, placeholder: string): Problem =>
    problem('rueckmeldung-platzhalter', at, `Unbekannter Platzhalter ${q(placeholder)} in „rueckmeldung“; er bleibt stehen.`, 'Erlaubt sind {publikation}, {kapitel}, {abschnitt}, {anker} und {version}.', 'warnung'),
};
