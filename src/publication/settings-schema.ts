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
  drucksache: z.string().min(1),
  /** The body that decides. Example: `Kreistag`. Default: `Kreistag`. */
  gremium: z.string().default('Kreistag'),
  /** Date of the session, `JJJJ-MM-TT`. */
  sitzung: z.iso.date().optional(),
  /** The proposed resolution, word for word. Paragraphs separated by blank lines. */
  beschlussvorschlag: z.string().min(1),
  /** Reasons, in short. Paragraphs separated by blank lines. */
  begruendung: z.string().optional(),
  /** Financial effects. Example: `Keine.` */
  finanzielle_auswirkungen: z.string().optional(),
});

const kontakt = z.strictObject({
  /** Organisational unit, e.g. `Sozialplanung` (no private persons needed). */
  stelle: z.string().min(1),
  email: z.email().optional(),
  telefon: z.string().optional(),
  anschrift: z.string().optional(),
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
  kennzahlen: z.array(z.string().min(1)).default([]),
  /** Title on the cover and in the navigation. Example: `Sozialbericht 2025`. */
  titel: z.string().min(1),
  /** Subtitle on the cover. Example: `Lebenslagen im Landkreis Hainwald`. */
  untertitel: z.string().optional(),
  /** Kind of publication. Default: `lebenslagenbericht`. */
  art: z.enum(ARTEN).default('lebenslagenbericht'),
  /** The county or city, e.g. `Landkreis Hainwald`. */
  kreis: z.string().min(1),
  /** Issuing office, e.g. `Landratsamt Hainwald, Fachdienst Sozialplanung`. */
  herausgeber: z.string().optional(),
  /** Status of this Fassung. Default: `entwurf`. */
  status: z.enum(STATUS).default('entwurf'),
  /** Date of this Fassung, `JJJJ-MM-TT`. */
  datum: z.iso.date(),
  /** Order on the start page (lower first). Default: by folder name. */
  reihenfolge: z.number().int().optional(),
  /** Counts below this number are never published (statistical confidentiality). Default: 3. */
  mindestfallzahl: z.number().int().min(1).default(3),
  /** Contacts shown on the website and in the PDF. */
  kontakt: z.array(kontakt).default([]),
  /**
   * Logo on the PDF cover: path of an image (SVG, PNG, JPEG) relative to the publication folder, inside `content/`
   * (no absolute path, no `..` out of `content/`, no link to a file outside: `npm run check` refuses them).
   * Example: `logo.svg`.
   */
  logo: z.string().min(1).optional(),
  /** Shows a Beschlussvorlage page in the PDF after the imprint (Drucksache, Beschlussvorschlag, Begründung …). */
  beschlussvorlage: beschlussvorlage.optional(),
  /**
   * Feedback channel for the fachöffentliche Diskussion. While the status is not `beschlossen`, every section
   * (`##`) of the website shows a link „Rückmeldung zu diesem Abschnitt“ built from it:
   * - `mailto:sozialplanung@hainwald.example` → an e-mail with subject and text prefilled (publication, chapter,
   *   section, its address, version);
   * - a web address with placeholders, URL-encoded: `https://beteiligung.example/form?s={abschnitt}&a={anker}&v={version}`
   *   (`{publikation}`, `{kapitel}`, `{abschnitt}` = section title, `{anker}` = address of the section, `{version}`).
   * Without it, no links are shown.
   */
  rueckmeldung: z.string().optional(),
  /**
   * Where the website is published, e.g. `https://sozialplanung.hainwald.example`. Used to give full addresses in
   * feedback e-mails; without it they carry the path (`/armutspraeventionsstrategie/massnahmen/#familie`).
   */
  webadresse: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Actor groups (column `gruppe` in data/beteiligung/akteure.csv) that must take part in every phase of the
   * planning process; `npm run check` warns when one of them joined no meeting of a phase.
   * Default: `[Jobcenter/Agentur für Arbeit, Freie Wohlfahrtspflege]` (read from publications of `art: strategie`).
   */
  pflichtgruppen: z.array(z.string().min(1)).default(['Jobcenter/Agentur für Arbeit', 'Freie Wohlfahrtspflege']),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
