import { z } from 'zod';

/** The lifecycle of a Fassung: draft → for the professional public → council proposal → adopted. */
export const STATUS = ['entwurf', 'fachoeffentlich', 'beschlussvorlage', 'beschlossen'] as const;
export type Status = (typeof STATUS)[number];

export const STATUS_LABEL: Record<Status, string> = {
  entwurf: 'Entwurf',
  fachoeffentlich: 'Entwurf zur fachöffentlichen Diskussion',
  beschlussvorlage: 'Beschlussvorlage',
  beschlossen: 'Beschlossene Fassung',
};

export const ARTEN = [
  'lebenslagenbericht',
  'sozialbericht',
  'altenhilfebericht',
  'kinder-und-jugendbericht',
  'familienbericht',
  'strategie',
] as const;

/** A council proposal page in the PDF, after the imprint (`beschlussvorlage:` in publikation.yaml). */
const beschlussvorlage = z.strictObject({
  /** Number of the council paper. Example: `DS 2026/123`. */
  drucksache: z.string().min(1).meta({ description: 'Nummer der Drucksache für den Kreistag.', examples: ['DS 2026/123'] }),
  /** The body that decides. Example: `Kreistag`. Default: `Kreistag`. */
  gremium: z.string().default('Kreistag').meta({ description: 'Das Gremium, das beschließt. Standard: Kreistag.', examples: ['Kreistag', 'Sozialausschuss'] }),
  /** Date of the session, `JJJJ-MM-TT`. */
  sitzung: z.iso.date().optional().meta({ description: 'Datum der Sitzung, JJJJ-MM-TT.', examples: ['2026-12-10'] }),
  /** The proposed resolution, word for word. Paragraphs separated by blank lines. */
  beschlussvorschlag: z.string().min(1).meta({ description: 'Der Beschlussvorschlag im Wortlaut. Absätze durch Leerzeilen trennen.', examples: ['Der Kreistag beschließt die Armutspräventionsstrategie 2026.'] }),
  /** Reasons, in short. Paragraphs separated by blank lines. */
  begruendung: z.string().optional().meta({ description: 'Kurze Begründung. Absätze durch Leerzeilen trennen.' }),
  /** Financial effects. Example: `Keine.` */
  finanzielle_auswirkungen: z.string().optional().meta({ description: 'Finanzielle Auswirkungen des Beschlusses.', examples: ['Keine.'] }),
});

const kontakt = z.strictObject({
  /** Organisational unit, e.g. `Sozialplanung` (no private persons needed). */
  stelle: z.string().min(1).meta({ description: 'Organisationseinheit, z. B. Sozialplanung (keine Privatperson nötig).', examples: ['Sozialplanung'] }),
  email: z.email().optional().meta({ description: 'E-Mail-Adresse der Stelle.', examples: ['sozialplanung@landkreis.example'] }),
  telefon: z.string().optional().meta({ description: 'Telefonnummer, in Anführungszeichen.', examples: ['03641 000-123'] }),
  anschrift: z.string().optional().meta({ description: 'Anschrift in einer Zeile.', examples: ['Am Markt 1, 07999 Hainwald'] }),
});

/**
 * `content/<publikation>/publikation.yaml`: the settings of one publication.
 * Every key is German because planners write this file.
 */
export const settingsSchema = z.strictObject({
  /**
   * Key indicators for „Der Kreis in Zahlen“ on the publication's landing page, in this order: ids from
   * data/indikatoren/indikatoren.csv. Example: `kennzahlen: [sgb2_quote, kinderarmut_sgb2]`. Default: none.
   */
  kennzahlen: z
    .array(z.string().min(1))
    .default([])
    .meta({
      description: '„Der Kreis in Zahlen“: Kennungen von Indikatoren aus data/indikatoren, in der gewünschten Reihenfolge. Jede Kennzahl zeigt den neuesten Wert, die Entwicklung und eine kleine Verlaufslinie.',
      examples: [['sgb2_quote', 'kinderarmut_sgb2', 'arbeitslosenquote']],
    }),
  /** Title on the cover and in the navigation. Example: `Sozialbericht 2025`. */
  titel: z.string().min(1).meta({ description: 'Titel auf der Titelseite und in der Navigation.', examples: ['Sozialbericht 2025'] }),
  /** Subtitle on the cover. Example: `Lebenslagen im Landkreis Hainwald`. */
  untertitel: z.string().optional().meta({ description: 'Untertitel auf der Titelseite.', examples: ['Lebenslagen im Landkreis Hainwald'] }),
  /** Kind of publication. Default: `lebenslagenbericht`. */
  art: z.enum(ARTEN).default('lebenslagenbericht').meta({ description: 'Art der Publikation. Standard: lebenslagenbericht.', examples: ['lebenslagenbericht', 'strategie'] }),
  /** The county or city, e.g. `Landkreis Hainwald`. */
  kreis: z.string().min(1).meta({ description: 'Der Landkreis oder die Stadt.', examples: ['Landkreis Hainwald'] }),
  /** Issuing office, e.g. `Landratsamt Hainwald, Fachdienst Sozialplanung`. */
  herausgeber: z.string().optional().meta({ description: 'Herausgebende Stelle.', examples: ['Landratsamt Hainwald, Fachdienst Sozialplanung'] }),
  /** Status of this Fassung. Default: `entwurf`. */
  status: z.enum(STATUS).default('entwurf').meta({ description: 'Stand dieser Fassung: entwurf → fachoeffentlich → beschlussvorlage → beschlossen. Standard: entwurf.', examples: ['entwurf', 'beschlossen'] }),
  /** Date of this Fassung, `JJJJ-MM-TT`. */
  datum: z.iso.date().meta({ description: 'Datum dieser Fassung, JJJJ-MM-TT.', examples: ['2025-12-01'] }),
  /** Order on the start page (lower first). Default: by folder name. */
  reihenfolge: z.number().int().optional().meta({ description: 'Position auf der Startseite (kleinere Zahl zuerst). Standard: nach Ordnername.', examples: [1] }),
  /** Counts below this number are never published (statistical confidentiality). Default: 3. */
  mindestfallzahl: z.number().int().min(1).default(3).meta({ description: 'Fallzahlen unter dieser Zahl werden nie veröffentlicht (statistische Geheimhaltung). Standard: 3.', examples: [3] }),
  /** Contacts shown on the website and in the PDF. */
  kontakt: z.array(kontakt).default([]).meta({ description: 'Ansprechstellen, gezeigt auf der Website und im PDF.' }),
  /**
   * Logo on the PDF cover: path of an image (SVG, PNG, JPEG) relative to the publication folder, inside `content/`
   * (no absolute path, no `..` out of `content/`, no link to a file outside: `npm run check` refuses them).
   * Example: `logo.svg`.
   */
  logo: z.string().min(1).optional().meta({ description: 'Logo auf der Titelseite des PDF: Pfad einer Bilddatei (SVG, PNG, JPEG) relativ zum Ordner der Publikation, innerhalb von content/.', examples: ['logo.svg'] }),
  /** Shows a Beschlussvorlage page in the PDF after the imprint (Drucksache, Beschlussvorschlag, Begründung …). */
  beschlussvorlage: beschlussvorlage.optional().meta({ description: 'Zeigt im PDF nach dem Impressum eine Seite „Beschlussvorlage“ (Drucksache, Beschlussvorschlag, Begründung …).' }),
  /**
   * Feedback channel for the fachöffentliche Diskussion. While the status is not `beschlossen`, every section
   * (`##`) of the website shows a link „Rückmeldung zu diesem Abschnitt“ built from it:
   * - `mailto:sozialplanung@hainwald.example` → an e-mail with subject and text prefilled (publication, chapter,
   *   section, its address, version);
   * - a web address with placeholders, URL-encoded: `https://beteiligung.example/form?s={abschnitt}&a={anker}&v={version}`
   *   (`{publikation}`, `{kapitel}`, `{abschnitt}` = section title, `{anker}` = address of the section, `{version}`).
   * Without it, no links are shown.
   */
  rueckmeldung: z.string().optional().meta({ description: 'Rückmeldeweg für die fachöffentliche Diskussion: eine mailto:-Adresse oder eine Webadresse mit Platzhaltern ({publikation}, {kapitel}, {abschnitt}, {anker}, {version}). Solange der Status nicht „beschlossen“ ist, zeigt jeder Abschnitt der Website einen Link „Rückmeldung zu diesem Abschnitt“.', examples: ['mailto:sozialplanung@hainwald.example'] }),
  /**
   * Where the website is published, e.g. `https://sozialplanung.hainwald.example`. Used to give full addresses in
   * feedback e-mails; without it they carry the path (`/armutspraeventionsstrategie/massnahmen/#familie`).
   */
  webadresse: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'Wo die Website veröffentlicht ist (https://…); für vollständige Adressen in Rückmelde-E-Mails.', examples: ['https://sozialplanung.hainwald.example'] }),
  /**
   * Actor groups (column `gruppe` in data/beteiligung/akteure.csv) that must take part in every phase of the
   * planning process; `npm run check` warns when one of them joined no meeting of a phase.
   * Default: `[Jobcenter/Agentur für Arbeit, Freie Wohlfahrtspflege]` (read from publications of `art: strategie`).
   */
  pflichtgruppen: z.array(z.string().min(1)).default(['Jobcenter/Agentur für Arbeit', 'Freie Wohlfahrtspflege']).meta({ description: 'Akteursgruppen (Spalte „gruppe“ in data/beteiligung/akteure.csv), die an jeder Phase des Planungsprozesses teilnehmen müssen; npm run check warnt sonst.' }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
