/**
 * „Rückmeldung zu diesem Abschnitt“: the link from the publication's `rueckmeldung` channel.
 *
 *   mailto:adresse            → mailto:adresse?subject=…&body=…   (subject: „Rückmeldung: <Publikation> – <Abschnitt>“;
 *                               body names publication, chapter, section, its address and the version)
 *   https://…{platzhalter}…   → placeholders replaced, each value URL-encoded
 *
 * Placeholders: {publikation} (title), {kapitel} (title), {abschnitt} (section title), {anker} (address of the
 * section), {version}. Pure: everything it needs is passed in.
 */
export const PLACEHOLDERS = ['publikation', 'kapitel', 'abschnitt', 'anker', 'version'] as const;

export interface FeedbackTarget {
  /** Publication title. */
  publikation: string;
  /** Chapter title. */
  kapitel: string;
  /** Section (h2) title. */
  abschnitt: string;
  /** Address of the section: absolute with `webadresse`, else the path, e.g. `/pub/kapitel/#anker`. */
  anker: string;
  /** Version label of this build, e.g. `fassung-2026-06-01-fachoeffentlich` or `Stand 01.06.2026`. */
  version: string;
}

export type FeedbackChannel = { kind: 'mailto'; address: string } | { kind: 'url'; template: string };

/** The channel as written in publikation.yaml, or null when it is neither `mailto:` nor an http(s) address. */
export function parseChannel(value: string): FeedbackChannel | null {
  const v = value.trim();
  if (/^mailto:[^\s@?]+@[^\s@?]+\.[^\s@?]+(\?.*)?$/i.test(v)) return { kind: 'mailto', address: v.slice(7).split('?')[0]! };
  if (/^https?:\/\/\S+$/i.test(v)) return { kind: 'url', template: v };
  return null;
}

/** Placeholders in a template that are not known, e.g. `{seite}`. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
}

export function feedbackHref(channel: FeedbackChannel, t: FeedbackTarget): string {
  if (channel.kind === 'url') {
    return channel.template.replace(/\{([a-z]+)\}/g, (whole, name: string) =>
      (PLACEHOLDERS as readonly string[]).includes(name) ? encodeURIComponent(t[name as keyof FeedbackTarget]) : whole,
    );
  }
  const subject = `Rückmeldung: ${t.publikation} – ${t.abschnitt}`;
  const body = [
    'Guten Tag,',
    '',
    'zu folgendem Abschnitt möchten wir Folgendes anmerken:',
    '',
    '',
    '',
    '---',
    `Publikation: ${t.publikation}`,
    `Kapitel: ${t.kapitel}`,
    `Abschnitt: ${t.abschnitt}`,
    `Adresse: ${t.anker}`,
    `Version: ${t.version}`,
    'Institution: ',
  ].join('\r\n');
  return `mailto:${mailAddress(channel.address)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The address part of a mailto link: `@` stays readable, anything unusual is encoded. */
function mailAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

/**
 * The section's address: `<webadresse>/<pub>/<kapitel>/#<anker>`. `webadresse` is the site's full address
 * (`https://kreis.example/sozialplanung/`) when known, else its base path (`/sozialplanung/` or none).
 */
export function sectionAddress(webadresse: string | undefined, publication: string, chapter: string, anchor: string): string {
  const base = (webadresse ?? '').replace(/\/+$/, '');
  return `${base}/${publication}/${chapter}/#${anchor}`;
}
