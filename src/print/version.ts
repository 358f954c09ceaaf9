/**
 * The one place where the print version learns its version line (cover, imprint, ENTWURF mark). A reader sees the
 * status, the Fassung's date from publikation.yaml and which Fassung it is, never a commit hash or the build time:
 * the PDF of a Fassung built again from its tag reads the same.
 *
 *   HEAD is the 2nd Fassung, no changes      → „Entwurf vom 1. Dezember 2025, Fassung 2“
 *   commits or changes after the 2nd Fassung → „Entwurf vom 1. Dezember 2025, Arbeitsstand nach Fassung 2“
 *   git, but no Fassung yet                  → „Entwurf vom 1. Dezember 2025, Arbeitsstand“
 *   no git                                   → „Entwurf vom 1. Dezember 2025“
 *
 * The ENTWURF mark in the margin names the draft's kind once, with its date (a beschlossen Fassung has none):
 *
 *   entwurf          → „ENTWURF · Stand 1. Dezember 2025“
 *   fachoeffentlich  → „ENTWURF · zur fachöffentlichen Diskussion, Stand 2. November 2026“
 *   beschlussvorlage → „ENTWURF · Beschlussvorlage vom 21. September 2026“
 *   … exactly the 2nd Fassung            + „ · Fassung 2“
 *   … changed since the 2nd Fassung      + „ · geändert nach Fassung 2“
 */
import { STATUS_LABEL, type Settings } from '../publication/index.ts';
import { projectPaths } from '../project.ts';
import { formatDateLong } from '../site/dates.ts';
import { versionStamp, type VersionStamp } from '../versions/stamp.ts';

/** Which Fassung the build is (`exact`) or follows, counted from 1 (`stamp.fassungNr`); null without git or before the first Fassung. */
function fassungOf(stamp: VersionStamp): { n: number; exact: boolean } | null {
  if (!stamp.hash || !stamp.fassungNr) return null;
  return { n: stamp.fassungNr, exact: stamp.commitsSince === 0 && !stamp.dirty };
}

/** The version line from the settings and the build's stamp. */
export function versionLine(settings: Pick<Settings, 'status' | 'datum'>, stamp: VersionStamp): string {
  const base = `${STATUS_LABEL[settings.status]} vom ${formatDateLong(settings.datum)}`;
  if (!stamp.hash) return base;
  const fassung = fassungOf(stamp);
  if (!fassung) return `${base}, Arbeitsstand`;
  return fassung.exact ? `${base}, Fassung ${fassung.n}` : `${base}, Arbeitsstand nach Fassung ${fassung.n}`;
}

/** What the draft is, in the words of the ENTWURF mark (the mark itself says „Entwurf“). */
const DRAFT_KIND: Record<Exclude<Settings['status'], 'beschlossen'>, (date: string) => string> = {
  entwurf: (date) => `Stand ${date}`,
  fachoeffentlich: (date) => `zur fachöffentlichen Diskussion, Stand ${date}`,
  beschlussvorlage: (date) => `Beschlussvorlage vom ${date}`,
};

/** The text of the ENTWURF mark on every page of a draft; null for a beschlossen Fassung. */
export function draftMark(settings: Pick<Settings, 'status' | 'datum'>, stamp: VersionStamp): string | null {
  if (settings.status === 'beschlossen') return null;
  const fassung = fassungOf(stamp);
  const which = !fassung ? '' : fassung.exact ? ` · Fassung ${fassung.n}` : ` · geändert nach Fassung ${fassung.n}`;
  return `ENTWURF · ${DRAFT_KIND[settings.status](formatDateLong(settings.datum))}${which}`;
}

/** The version line (cover, imprint) and the ENTWURF mark of a publication's print version. */
export function printVersion(settings: Settings): { line: string; mark: string | null } {
  const stamp = versionStamp(projectPaths().root);
  return { line: versionLine(settings, stamp), mark: draftMark(settings, stamp) };
}
