/**
 * The German help for the editor snippets of the MDX components: a description per component and per prop, an
 * example value, and which props the short snippet asks for (`required`). Which components and props exist is the
 * zod schemas' business (src/components/schemas/); tests/unit/workplace/editor-files.test.ts fails when this table
 * misses a component or a prop of a schema, or names one the schema does not know.
 */

export interface ComponentProp {
  name: string;
  /** What to write, in German. */
  description: string;
  /** Placeholder value in the snippet. */
  example: string;
  required: boolean;
  /** Written as `{…}` (an expression), not as a quoted string. */
  expression?: boolean;
}

export interface ComponentDoc {
  name: string;
  description: string;
  props: ComponentProp[];
  /** `<Begriff>…</Begriff>` wraps text; the others close themselves. */
  wraps?: { placeholder: string };
  /** Extra snippet variants, e.g. `<Diagramm>` with own data. */
  variant?: string;
}

const p = (name: string, description: string, example: string, required = false, expression = false): ComponentProp => ({
  name,
  description,
  example,
  required,
  expression,
});

export const COMPONENT_DOCS: readonly ComponentDoc[] = [
  {
    name: 'Wert',
    description: 'Ein Wert im Fließtext, deutsch formatiert mit Einheit (z. B. 5,8 %).',
    props: [
      p('indikator', 'Id aus data/indikatoren/indikatoren.csv.', 'bevoelkerung', true),
      p('gebiet', 'Id aus data/gebiete/gebiete.csv.', 'kreis', true),
      p('jahr', 'Jahr; ohne Angabe das neueste Jahr mit einem Wert.', '2024'),
    ],
  },
  {
    name: 'Tabelle',
    description: 'Barrierefreie Tabelle eines Indikators: Gebiete in Zeilen, Jahre in Spalten, mit Quelle und Zeichenerklärung.',
    props: [
      p('indikator', 'Id aus data/indikatoren/indikatoren.csv.', 'bevoelkerung', true),
      p('gebiete', 'Ids aus data/gebiete, durch Kommas getrennt. Standard: alle Gebiete mit Werten.', 'kreis, land'),
      p('jahre', 'Zeitraum „2020-2024“, Liste „2019, 2024“ oder ein Jahr. Standard: die neuesten fünf Jahre.', '2020-2024'),
      p('titel', 'Ersetzt den Titel des Indikators in der Überschrift.', 'Bevölkerung'),
      p('marke', 'Name für Querverweise mit <Verweis ziel="…" />.', 'bevoelkerung-tabelle'),
    ],
  },
  {
    name: 'Diagramm',
    description: 'Nummerierte Abbildung eines Indikators (Linie oder Balken) – oder mit daten und spec ein freies Diagramm.',
    props: [
      p('indikator', 'Id aus data/indikatoren/indikatoren.csv.', 'bevoelkerung', true),
      p('gebiete', 'Ids aus data/gebiete, durch Kommas getrennt.', 'kreis, land'),
      p('jahre', 'Zeitraum „2015-2024“, Liste oder ein Jahr.', '2015-2024'),
      p('art', '„linie“ (Standard) oder „balken“.', 'linie'),
      p('titel', 'Ersetzt den Titel der Abbildung.', 'Bevölkerung 2015–2024'),
      p('marke', 'Name für Querverweise mit <Verweis ziel="…" />.', 'bevoelkerung-verlauf'),
    ],
    variant: 'frei',
  },
  {
    name: 'Karte',
    description: 'Nummerierte Karte der Gemeinden oder Sozialräume für einen Indikator und ein Jahr (Geodaten in data/geo/).',
    props: [
      p('indikator', 'Id aus data/indikatoren/indikatoren.csv.', 'sgb2_quote', true),
      p('jahr', 'Genau ein Jahr. Standard: das neueste.', '2024'),
      p('gebiete', 'Ids aus data/gebiete, durch Kommas getrennt. Standard: alle Gebiete mit Grenzen.', 'eichenau, talbrueck'),
      p('titel', 'Ersetzt den Titel der Karte.', 'SGB-II-Quote 2024'),
      p('marke', 'Name für Querverweise mit <Verweis ziel="…" />.', 'sgb2-karte'),
    ],
  },
  {
    name: 'Verweis',
    description: 'Querverweis auf eine Abbildung oder Tabelle: Website „Abbildung 3“, PDF „Abbildung 3, S. 14“.',
    props: [p('ziel', 'Die marke eines Diagramms, einer Karte oder Tabelle derselben Publikation.', 'sgb2-karte', true)],
  },
  {
    name: 'Zitat',
    description: 'Quellenangabe aus literatur.json; die Quelle erscheint im Literaturverzeichnis.',
    props: [
      p('quelle', 'Die id einer Quelle in literatur.json.', 'kgst2016', true),
      p('seite', 'Seite oder Seitenbereich.', '12–15'),
    ],
  },
  {
    name: 'Begriff',
    description: 'Markiert einen Begriff aus content/glossar.yaml; er erscheint im Glossar.',
    props: [p('name', 'Der Begriff, wie er in glossar.yaml steht, wenn der Text davon abweicht (z. B. Mehrzahl).', 'Bedarfsgemeinschaft')],
    wraps: { placeholder: 'Bedarfsgemeinschaften' },
  },
  {
    name: 'Beteiligung',
    description: 'Die Schritte und Beteiligten einer Phase des Planungsprozesses (data/beteiligung/).',
    props: [p('phase', 'orientierung, datenanalyse, fachoeffentliche_diskussion oder strategieentwicklung.', 'orientierung', true)],
  },
  {
    name: 'Beteiligungsmatrix',
    description: 'Welche Akteursgruppen an welchen Phasen teilgenommen haben (data/beteiligung/).',
    props: [],
  },
  {
    name: 'Termine',
    description: 'Die Termine des Planungsprozesses, auf Wunsch nur einer Phase (data/beteiligung/termine.csv).',
    props: [p('phase', 'orientierung, datenanalyse, fachoeffentliche_diskussion oder strategieentwicklung. Standard: alle.', 'datenanalyse')],
  },
  {
    name: 'Massnahmen',
    description: 'Die Maßnahmen eines Handlungsfelds der Strategie (data/strategie/).',
    props: [
      p('handlungsfeld', 'Id aus data/strategie/handlungsfelder.csv. Standard: alle.', 'hf1'),
      p('ebene', 'Überschriftenebene der Maßnahmen: 3, 4 oder 5. Standard: 3.', '3', false, true),
    ],
  },
  {
    name: 'Zielerreichung',
    description: 'Jedes Ziel mit Ausgangswert, aktuellem Wert, Zielwert und Trend (data/strategie/ziele.csv).',
    props: [p('handlungsfeld', 'Id aus data/strategie/handlungsfelder.csv. Standard: alle.', 'hf1')],
  },
  {
    name: 'Abwaegungstabelle',
    description: 'Alle Stellungnahmen mit Abwägung und Ergebnis (data/stellungnahmen/).',
    props: [
      p('publikation', 'Ordnername der Publikation. Standard: die Publikation der Seite.', 'armutspraeventionsstrategie'),
      p('ebene', 'Überschriftenebene der Gruppen: 2, 3 oder 4. Standard: 2.', '2', false, true),
      p('teil', '„zaehlung“ nur die Zählung je Ergebnis, „tabelle“ nur die Stellungnahmen. Standard: beides.', 'tabelle'),
    ],
  },
];
