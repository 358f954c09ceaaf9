/**
 * The one place where the print version learns its version line (cover, imprint, ENTWURF mark). A reader sees the
 * status, the Fassung's date from publikation.yaml and which Fassung it is, never a commit hash or the build time:
 * the PDF of a Fassung built again from its tag reads the same.
 *
 *   HEAD is the 2nd Fassung, no changes      → „Entwurf vom 1. Dezember 2025, Fassung 2“
 *   commits or changes after the 2nd Fassung → „Entwurf vom 1. Dezember 2025, Arbeitsstand nach Fassung 2“
 *   git, but no Fassung yet                  → „Entwurf vom 1. Dezember 2025, Arbeitsstand“
 *   no git                                   → „Entwurf vom 1. Dezember 2025“
 */
import { STATUS_LABEL, type Settings } from '../publication/index.ts';
import { projectPaths } from '../project.ts';
import { formatDateLong } from '../site/dates.ts';
import { listFassungen } from '../versions/fassungen.ts';
import { realGit } from '../versions/git.ts';
import { versionStamp, type VersionStamp } from '../versions/stamp.ts';

/** The version line from the settings, the build's stamp and the Fassung tags, oldest first. */
export function versionLine(settings: Pick<Settings, 'status' | 'datum'>, stamp: VersionStamp, fassungTags: readonly string[]): string {
  const base = `${STATUS_LABEL[settings.status]} vom ${formatDateLong(settings.datum)}`;
  if (!stamp.hash) return base;
  const n = stamp.tag ? fassungTags.indexOf(stamp.tag) + 1 : 0;
  if (n === 0) return `${base}, Arbeitsstand`;
  return stamp.commitsSince === 0 && !stamp.dirty ? `${base}, Fassung ${n}` : `${base}, Arbeitsstand nach Fassung ${n}`;
}

export function printVersion(settings: Settings): string {
  const root = projectPaths().root;
  const stamp = versionStamp(root);
  // git answered for the stamp; the list is read only when there is a Fassung to count
  const tags = stamp.tag ? listFassungen(realGit(root)).fassungen.map((f) => f.tag) : [];
  return versionLine(settings, stamp, tags);
}
