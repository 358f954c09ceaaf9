import { z } from 'zod';

/**
 * `content/website.yaml`: the settings of the whole website (not of one publication) — the legally required
 * pages Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit. Every key is German because
 * planners (or the county's press office) write this file.
 */

/** How far the website meets the accessibility requirements (BITV 2.0 / EN 301 549). */
export const VEREINBARKEIT = ['vollstaendig', 'teilweise', 'nicht'] as const;
export type Vereinbarkeit = (typeof VEREINBARKEIT)[number];

export const VEREINBARKEIT_LABEL: Record<Vereinbarkeit, string> = {
  vollstaendig: 'vollständig vereinbar',
  teilweise: 'teilweise vereinbar',
  nicht: 'nicht vereinbar',
};

/** A web address, `https://…` or `http://…`: never `javascript:`, `data:` or `file:` (they would run code or open local files). */
const webAddress = z.url({ protocol: /^https?$/ });

/** A way to reach an office. Example: `stelle: Fachdienst Sozialplanung`, `email: sozialplanung@hainwald.example`. */
const kontakt = z.strictObject({
  /** Office or person, e.g. `Landratsamt Hainwald, Fachdienst Sozialplanung`. */
  stelle: z.string().min(1).meta({ description: 'Stelle oder Person.', examples: ['Landratsamt Hainwald, Fachdienst Sozialplanung'] }),
  /** Postal address; each line a list entry or one line with commas. */
  anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional().meta({ description: 'Postanschrift: eine Zeile mit Kommas oder eine Liste von Zeilen.', examples: ['Am Markt 1, 07999 Hainwald'] }),
  telefon: z.string().optional().meta({ description: 'Telefonnummer, in Anführungszeichen.', examples: ['03641 000-0'] }),
  email: z.email().optional().meta({ description: 'E-Mail-Adresse.', examples: ['poststelle@hainwald.example'] }),
  /** A web address (https://…). */
  webseite: webAddress.optional().meta({ description: 'Webadresse (https://…).', examples: ['https://www.hainwald.example/'] }),
});
export type Kontakt = z.output<typeof kontakt>;

const impressum = z.strictObject({
  /** Who publishes the website, e.g. `Landkreis Hainwald`. */
  herausgeber: z.string().min(1).meta({ description: 'Wer die Website herausgibt.', examples: ['Landkreis Hainwald'] }),
  /** Legal form, e.g. `Körperschaft des öffentlichen Rechts`. Optional. */
  rechtsform: z.string().optional().meta({ description: 'Rechtsform (optional).', examples: ['Körperschaft des öffentlichen Rechts'] }),
  /** Postal address of the publisher. */
  anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).meta({ description: 'Postanschrift des Herausgebers: eine Zeile mit Kommas oder eine Liste von Zeilen.', examples: ['Landratsamt Hainwald, Am Markt 1, 07999 Hainwald'] }),
  /** Who represents the publisher, e.g. `Landrätin Dr. Erika Beispiel`. */
  vertretung: z.string().min(1).meta({ description: 'Wer den Herausgeber gesetzlich vertritt.', examples: ['Der Landkreis Hainwald wird gesetzlich vertreten durch die Landrätin Dr. Erika Beispiel.'] }),
  /** General contact of the publisher (telefon, email, webseite). */
  kontakt: z.strictObject({
    telefon: z.string().optional().meta({ description: 'Telefonnummer, in Anführungszeichen.', examples: ['03641 000-0'] }),
    email: z.email().meta({ description: 'E-Mail-Adresse.', examples: ['poststelle@hainwald.example'] }),
    webseite: webAddress.optional().meta({ description: 'Webadresse (https://…).', examples: ['https://www.hainwald.example/'] }),
  }).meta({ description: 'Allgemeiner Kontakt des Herausgebers (telefon, email, webseite).' }),
  /** Responsible for the content (§ 18 Abs. 2 MStV), e.g. the head of the Sozialplanung. */
  inhaltlich_verantwortlich: z.string().min(1).meta({ description: 'Inhaltlich verantwortlich nach § 18 Abs. 2 MStV, z. B. die Leitung der Sozialplanung, mit Anschrift.', examples: ['Jana Muster, Leiterin des Fachdienstes Sozialplanung, Am Markt 1, 07999 Hainwald'] }),
  /** VAT identification number, if any. */
  umsatzsteuer_id: z.string().optional().meta({ description: 'Umsatzsteuer-Identifikationsnummer, falls vorhanden.', examples: ['DE123456789'] }),
});

const datenschutz = z.strictObject({
  /** The controller under Art. 4 Nr. 7 DSGVO, usually the Landratsamt. */
  verantwortliche_stelle: kontakt.meta({ description: 'Verantwortliche Stelle nach Art. 4 Nr. 7 DSGVO, meist das Landratsamt.' }),
  /** The data protection officer of the authority. */
  datenschutzbeauftragte_stelle: kontakt.meta({ description: 'Die oder der behördliche Datenschutzbeauftragte.' }),
  /** Who hosts the website, e.g. the county's own data centre or a municipal IT service provider. */
  hosting: z.strictObject({
    /** Name of the hosting provider. */
    anbieter: z.string().min(1).meta({ description: 'Name des Betreibers.', examples: ['Kommunaler IT-Dienstleister Hainwald-Saaletal'] }),
    anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional().meta({ description: 'Anschrift des Betreibers.', examples: ['Rechenzentrumsweg 5, 07998 Saaletal'] }),
    /** How many days the server keeps its access logs. Example: 7. */
    speicherdauer_protokolle_tage: z.number().int().min(0).meta({ description: 'Wie viele Tage der Server seine Zugriffsprotokolle aufbewahrt.', examples: [7] }),
  }).meta({ description: 'Wer die Website betreibt (Rechenzentrum, kommunaler IT-Dienstleister).' }),
  /** The supervisory authority for data protection. */
  aufsichtsbehoerde: kontakt.meta({ description: 'Die Aufsichtsbehörde für den Datenschutz im Land.' }),
});

const mangel = z.strictObject({
  /** Which part of the website, e.g. `Karten`. */
  bereich: z.string().min(1).meta({ description: 'Welcher Teil der Website.', examples: ['Karten'] }),
  /** What is not accessible and why. */
  beschreibung: z.string().min(1).meta({ description: 'Was nicht barrierefrei ist und warum.' }),
  /** The accessible alternative, e.g. `Die Werte stehen in der Tabelle unter der Karte.` */
  alternative: z.string().optional().meta({ description: 'Der barrierefreie Ersatz.', examples: ['Die Werte stehen in der Tabelle unter der Karte.'] }),
});

const barrierefreiheit = z.strictObject({
  /** `vollstaendig`, `teilweise` or `nicht` (vereinbar mit BITV 2.0). */
  stand: z.enum(VEREINBARKEIT).meta({ description: 'Vereinbarkeit mit der BITV 2.0: vollstaendig, teilweise oder nicht.', examples: ['teilweise'] }),
  /** Known gaps; required unless `stand: vollstaendig`. */
  maengel: z.array(mangel).default([]).meta({ description: 'Bekannte Mängel; Pflicht, wenn stand nicht „vollstaendig“ ist.' }),
  /** When the statement was written, `JJJJ-MM-TT`. */
  erstellt_am: z.iso.date().meta({ description: 'Wann die Erklärung erstellt wurde, JJJJ-MM-TT.', examples: ['2026-11-02'] }),
  /** When it was last reviewed, `JJJJ-MM-TT`. */
  geprueft_am: z.iso.date().meta({ description: 'Wann sie zuletzt geprüft wurde, JJJJ-MM-TT.', examples: ['2026-11-02'] }),
  /** How the assessment was made, e.g. `Selbstbewertung mit automatischen Prüfungen bei jedem Bau`. */
  methode: z.string().min(1).meta({ description: 'Wie die Bewertung zustande kam.', examples: ['Selbstbewertung mit automatischen Prüfungen bei jedem Bau'] }),
  /** Where readers report barriers. */
  feedback: kontakt.meta({ description: 'Wo Leserinnen und Leser Barrieren melden.' }),
  /** The enforcement procedure of the Land (Thüringen: Ombudsstelle / Schlichtungsstelle). */
  durchsetzung: kontakt.extend({
    /** Free text introducing the procedure, in the county's words. Optional. */
    hinweis: z.string().optional().meta({ description: 'Freier Text, der das Durchsetzungsverfahren einleitet (optional).' }),
  }).meta({ description: 'Durchsetzungsverfahren des Landes (Thüringen: Ombudsstelle / Schlichtungsstelle).' }),
});

export const websiteSchema = z.strictObject({
  /**
   * Key indicators for „Der Kreis in Zahlen“ on the start page, in this order: ids from
   * data/indikatoren/indikatoren.csv. Each shows the county's latest value, its change and a small trend line.
   * Example: `kennzahlen: [sgb2_quote, kinderarmut_sgb2, arbeitslosenquote]`. Default: none (no block).
   */
  kennzahlen: z
    .array(z.string().min(1))
    .default([])
    .meta({
      description: '„Der Kreis in Zahlen“: Kennungen von Indikatoren aus data/indikatoren, in der gewünschten Reihenfolge. Jede Kennzahl zeigt den neuesten Wert, die Entwicklung und eine kleine Verlaufslinie.',
      examples: [['sgb2_quote', 'kinderarmut_sgb2', 'arbeitslosenquote']],
    }),
  /** `true` while the file holds example values: every legal page then says so prominently. Default: false. */
  beispielangaben: z.boolean().default(false).meta({ description: 'true, solange die Datei Beispiel- oder Platzhalterangaben enthält: Jede Rechtsseite zeigt dann einen deutlichen Hinweis, und npm run check warnt. Löschen Sie die Zeile, wenn alle Angaben stimmen.', examples: [false] }),
  /**
   * Where the website is published, e.g. `https://www.hainwald.example/sozialplanung/`; the path (`/sozialplanung/`)
   * is what every link starts with. Optional: without it the site works at the domain root, on GitLab Pages and
   * GitHub Pages the address is found automatically. `npm run build -- --adresse …` overrides it for one build.
   */
  adresse: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({
      description: 'Wo die Website veröffentlicht wird, mit Pfad. Freiwillig: ohne diese Angabe funktioniert die Website an der Wurzel einer Domain; auf GitLab Pages und GitHub Pages findet der Bau die Adresse selbst.',
      examples: ['https://www.kreis.example/sozialplanung/'],
    }),
  /**
   * Heading and lead of the start page. Optional: default „Sozialplanung <Kreis>“ and a sentence on the reports and
   * the strategy. Example: `startseite: { titel: Sozialplanung im Landkreis Hainwald }`.
   */
  startseite: z
    .strictObject({
      titel: z.string().min(1).optional().meta({ description: 'Überschrift der Startseite. Standard: „Sozialplanung“ und der Name des Kreises.', examples: ['Sozialplanung im Landkreis Hainwald'] }),
      einleitung: z.string().min(1).optional().meta({ description: 'Der einleitende Absatz der Startseite. Standard: ein Satz zu den Berichten und der Strategie.' }),
    })
    .optional()
    .meta({ description: 'Überschrift und einleitender Absatz der Startseite (freiwillig).' }),
  impressum: impressum.meta({ description: 'Angaben für das Impressum.' }),
  datenschutz: datenschutz.meta({ description: 'Angaben für die Datenschutzerklärung.' }),
  barrierefreiheit: barrierefreiheit.meta({ description: 'Angaben für die Erklärung zur Barrierefreiheit.' }),
});

export type Website = z.output<typeof websiteSchema>;
export type WebsiteInput = z.input<typeof websiteSchema>;
