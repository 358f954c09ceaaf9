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
  /** Feedback channel for the fachöffentliche Diskussion: a `mailto:` address or a URL template. */
  rueckmeldung: z.string().optional(),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
