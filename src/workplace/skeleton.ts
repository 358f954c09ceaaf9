/**
 * The files of a new county project (`npm run neu`): an empty but valid `content/` and `data/` for one county and
 * its first publication. Pure: answers and today's date in, file paths (relative to the project) and texts out.
 * The legal pages in website.yaml are placeholders marked with `beispielangaben: true`, so every legal page and
 * every `npm run check` says they still have to be filled in (src/site/website.ts).
 */
import { slugify } from '../site/slug.ts';

export interface NewProjectAnswers {
  /** The county as it is named, e.g. `Landkreis Musterland`. */
  name: string;
  /** Its official key (Kreisschlüssel / AGS), e.g. `16099`. */
  schluessel: string;
  /** Its Land, e.g. `Freistaat Thüringen`. */
  land: string;
  /** Folder name of the first publication, e.g. `sozialbericht-2026`. */
  publikation: string;
  /** Title of the first publication, e.g. `Sozialbericht 2026`. */
  titel: string;
}

/** `Landkreis Musterland` → `Musterland`: the name without its kind, for addresses and sentences. */
export function shortName(name: string): string {
  return name.replace(/^(Landkreis|Kreis|Stadt|Kreisfreie Stadt|Regionalverband|Region|Städteregion)\s+/i, '').trim() || name;
}

/** Ids for data/gebiete/gebiete.csv: letters, digits and `-` (the id rule of src/data/schemas/fields.ts). */
export function areaIds(a: NewProjectAnswers): { land: string; kreis: string } {
  const land = slugify(shortName(a.land.replace(/^(Freistaat|Freie Hansestadt|Freie und Hansestadt|Land)\s+/i, ''))) || 'land';
  let kreis = slugify(shortName(a.name)) || 'kreis';
  if (kreis === land) kreis = `${kreis}-kreis`;
  return { land, kreis };
}

const quoted = (s: string) => JSON.stringify(s);

function csvField(s: string): string {
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const PLACEHOLDER = 'BITTE AUSFÜLLEN';
const PLACEHOLDER_EMAIL = 'bitte-ausfuellen@example.org';

function websiteYaml(a: NewProjectAnswers, today: string): string {
  const kurz = shortName(a.name);
  return `# Angaben für die ganze Website: Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit.
# Diese Seiten sind für eine öffentliche Stelle Pflicht. Angelegt von „npm run neu“ für ${a.name}:
# Ersetzen Sie jedes „${PLACEHOLDER}“ und jede Adresse @example.org durch die Angaben Ihres Kreises und lassen Sie
# sie von Ihrer Pressestelle und Ihrer oder Ihrem Datenschutzbeauftragten prüfen.
#
# Solange „beispielangaben: true“ gesetzt ist, steht auf jeder dieser Seiten ein deutlicher Hinweis und
# „npm run check“ warnt. Löschen Sie die Zeile erst, wenn alle Angaben stimmen.
beispielangaben: true

impressum:
  herausgeber: ${quoted(a.name)}
  rechtsform: Körperschaft des öffentlichen Rechts
  anschrift:
    - ${quoted(`Landratsamt ${kurz}`)}
    - ${quoted(`${PLACEHOLDER}: Straße und Hausnummer`)}
    - ${quoted(`${PLACEHOLDER}: Postleitzahl und Ort`)}
  vertretung: ${quoted(`Der ${a.name} wird gesetzlich vertreten durch ${PLACEHOLDER}.`)}
  kontakt:
    telefon: ${quoted(PLACEHOLDER)}
    email: ${PLACEHOLDER_EMAIL}
  inhaltlich_verantwortlich: ${quoted(`${PLACEHOLDER}: Name, Funktion und Anschrift`)}

datenschutz:
  verantwortliche_stelle:
    stelle: ${quoted(`Landratsamt ${kurz}`)}
    anschrift: ${quoted(PLACEHOLDER)}
    email: ${PLACEHOLDER_EMAIL}
  datenschutzbeauftragte_stelle:
    stelle: ${quoted(`Behördliche oder behördlicher Datenschutzbeauftragte des Landratsamts ${kurz}`)}
    anschrift: ${quoted(PLACEHOLDER)}
    email: ${PLACEHOLDER_EMAIL}
  hosting:
    anbieter: ${quoted(`${PLACEHOLDER}: wer die Website betreibt`)}
    speicherdauer_protokolle_tage: 7
  aufsichtsbehoerde:
    stelle: ${quoted(`${PLACEHOLDER}: Landesbeauftragte oder Landesbeauftragter für den Datenschutz (${a.land})`)}
    anschrift: ${quoted(PLACEHOLDER)}
    email: ${PLACEHOLDER_EMAIL}

barrierefreiheit:
  # vollstaendig | teilweise | nicht – gemessen an der BITV 2.0 bzw. dem Landesgesetz
  stand: teilweise
  maengel:
    - bereich: PDF-Fassungen
      beschreibung: Die PDF-Dateien sind mit Struktur (Tags) erzeugt, wurden aber noch nicht vollständig nach PDF/UA geprüft.
      alternative: Derselbe Text steht vollständig und barrierefrei auf dieser Website.
  erstellt_am: ${today}
  geprueft_am: ${today}
  methode: ${quoted(`${PLACEHOLDER}: wie die Barrierefreiheit geprüft wurde`)}
  feedback:
    stelle: ${quoted(`Landratsamt ${kurz}, ${PLACEHOLDER}`)}
    email: ${PLACEHOLDER_EMAIL}
  durchsetzung:
    stelle: ${quoted(`${PLACEHOLDER}: Durchsetzungs- oder Schlichtungsstelle (${a.land})`)}
    anschrift: ${quoted(PLACEHOLDER)}
    email: ${PLACEHOLDER_EMAIL}
`;
}

function publicationYaml(a: NewProjectAnswers, today: string): string {
  const kurz = shortName(a.name);
  return `# Einstellungen der Publikation „${a.titel}“ (Handbuch, Abschnitt „Publikationen“).
# Amtlicher Schlüssel des Kreises: ${a.schluessel}
titel: ${quoted(a.titel)}
untertitel: ${quoted(`Lebenslagen im ${a.name}`)}
art: lebenslagenbericht
kreis: ${quoted(a.name)}
herausgeber: ${quoted(`Landratsamt ${kurz}, Fachdienst Sozialplanung`)}
status: entwurf
datum: ${today}
reihenfolge: 1
kontakt:
  - stelle: Sozialplanung
    email: ${PLACEHOLDER_EMAIL}
`;
}

function firstChapter(a: NewProjectAnswers): string {
  const ids = areaIds(a);
  return `---
titel: Einleitung
reihenfolge: 1
beschreibung: Wozu dieser Bericht dient und wie er zu lesen ist.
---

## Zweck des Berichts

Der ${a.titel} beschreibt die Lebenslagen der Menschen im ${a.name}. Ersetzen Sie diesen Text durch Ihren eigenen.

## Datengrundlage

Die Indikatoren stehen in \`data/indikatoren/indikatoren.csv\` (ein erster ist angelegt: \`bevoelkerung\`), die Zahlen
in \`data/werte/\`. Sobald dort Werte stehen, zeigt zum Beispiel \`<Wert indikator="bevoelkerung" gebiet="${ids.kreis}" />\`
die neueste Zahl im Text. Das Beispielprojekt im Ordner \`beispiele/\` zeigt alle Bausteine.
`;
}

/** Every file of the new project, by path relative to the project folder. `today` is `JJJJ-MM-TT`. */
export function skeletonFiles(a: NewProjectAnswers, today: string): Map<string, string> {
  const ids = areaIds(a);
  const pub = `content/${a.publikation}`;
  return new Map([
    ['content/website.yaml', websiteYaml(a, today)],
    ['content/glossar.yaml', '# Begriffe und ihre Erklärungen, im Text markiert mit <Begriff>…</Begriff>. Beispiel:\n# - begriff: Bedarfsgemeinschaft\n#   erklaerung: Personen, die zusammen leben und gemeinsam wirtschaften (SGB II).\n[]\n'],
    ['content/literatur.json', '[]\n'],
    [`${pub}/publikation.yaml`, publicationYaml(a, today)],
    [`${pub}/01-einleitung.mdx`, firstChapter(a)],
    [
      'data/gebiete/gebiete.csv',
      `id,name,ebene,eltern\n${ids.land},${csvField(a.land)},land,\n${ids.kreis},${csvField(a.name)},kreis,${ids.land}\n`,
    ],
    [
      'data/indikatoren/indikatoren.csv',
      'id,titel,einheit,lebenslage,definition,quelle,richtung,nachkommastellen,geheimhaltung\n' +
        'bevoelkerung,Bevölkerung,Anzahl,Demografie,Einwohnerinnen und Einwohner mit Hauptwohnsitz am 31. Dezember des Jahres.,Statistisches Landesamt,neutral,0,nein\n',
    ],
    ['data/werte/.gitkeep', ''],
  ]);
}
