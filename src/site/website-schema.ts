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
  stelle: z.string().min(1),
  /** Postal address; each line a list entry or one line with commas. */
  anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  telefon: z.string().optional(),
  email: z.email().optional(),
  /** A web address (https://…). */
  webseite: webAddress.optional(),
});
export type Kontakt = z.output<typeof kontakt>;

const impressum = z.strictObject({
  /** Who publishes the website, e.g. `Landkreis Hainwald`. */
  herausgeber: z.string().min(1),
  /** Legal form, e.g. `Körperschaft des öffentlichen Rechts`. Optional. */
  rechtsform: z.string().optional(),
  /** Postal address of the publisher. */
  anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Who represents the publisher, e.g. `Landrätin Dr. Erika Beispiel`. */
  vertretung: z.string().min(1),
  /** General contact of the publisher (telefon, email, webseite). */
  kontakt: z.strictObject({ telefon: z.string().optional(), email: z.email(), webseite: webAddress.optional() }),
  /** Responsible for the content (§ 18 Abs. 2 MStV), e.g. the head of the Sozialplanung. */
  inhaltlich_verantwortlich: z.string().min(1),
  /** VAT identification number, if any. */
  umsatzsteuer_id: z.string().optional(),
});

const datenschutz = z.strictObject({
  /** The controller under Art. 4 Nr. 7 DSGVO, usually the Landratsamt. */
  verantwortliche_stelle: kontakt,
  /** The data protection officer of the authority. */
  datenschutzbeauftragte_stelle: kontakt,
  /** Who hosts the website, e.g. the county's own data centre or a municipal IT service provider. */
  hosting: z.strictObject({
    /** Name of the hosting provider. */
    anbieter: z.string().min(1),
    anschrift: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** How many days the server keeps its access logs. Example: 7. */
    speicherdauer_protokolle_tage: z.number().int().min(0),
  }),
  /** The supervisory authority for data protection. */
  aufsichtsbehoerde: kontakt,
});

const mangel = z.strictObject({
  /** Which part of the website, e.g. `Karten`. */
  bereich: z.string().min(1),
  /** What is not accessible and why. */
  beschreibung: z.string().min(1),
  /** The accessible alternative, e.g. `Die Werte stehen in der Tabelle unter der Karte.` */
  alternative: z.string().optional(),
});

const barrierefreiheit = z.strictObject({
  /** `vollstaendig`, `teilweise` or `nicht` (vereinbar mit BITV 2.0). */
  stand: z.enum(VEREINBARKEIT),
  /** Known gaps; required unless `stand: vollstaendig`. */
  maengel: z.array(mangel).default([]),
  /** When the statement was written, `JJJJ-MM-TT`. */
  erstellt_am: z.iso.date(),
  /** When it was last reviewed, `JJJJ-MM-TT`. */
  geprueft_am: z.iso.date(),
  /** How the assessment was made, e.g. `Selbstbewertung mit automatischen Prüfungen bei jedem Bau`. */
  methode: z.string().min(1),
  /** Where readers report barriers. */
  feedback: kontakt,
  /** The enforcement procedure of the Land (Thüringen: Ombudsstelle / Schlichtungsstelle). */
  durchsetzung: kontakt.extend({
    /** Free text introducing the procedure, in the county's words. Optional. */
    hinweis: z.string().optional(),
  }),
});

export const websiteSchema = z.strictObject({
  /**
   * Key indicators for „Der Kreis in Zahlen“ on the start page, in this order: ids from
   * data/indikatoren/indikatoren.csv. Each shows the county's latest value, its change and a small trend line.
   * Example: `kennzahlen: [sgb2_quote, kinderarmut_sgb2, arbeitslosenquote]`. Default: none (no block).
   */
  kennzahlen: z.array(z.string().min(1)).default([]),
  /** `true` while the file holds example values: every legal page then says so prominently. Default: false. */
  beispielangaben: z.boolean().default(false),
  /**
   * Where the website is published, e.g. `https://www.hainwald.example/sozialplanung/`; the path (`/sozialplanung/`)
   * is what every link starts with. Optional: without it the site works at the domain root, on GitLab Pages and
   * GitHub Pages the address is found automatically. `npm run build -- --adresse …` overrides it for one build.
   */
  adresse: z.url({ protocol: /^https?$/ }).optional(),
  impressum,
  datenschutz,
  barrierefreiheit,
});

export type Website = z.output<typeof websiteSchema>;
export type WebsiteInput = z.input<typeof websiteSchema>;
