/**
 * The Fassungen of the project: annotated git tags whose name starts with `fassung-`, oldest first.
 * Tags made by hand (`git tag -a fassung-… -m …`) count the same as those from `npm run fassung`.
 * A tag whose message cannot be read is still listed, with status `unbekannt` and a warning naming the tag.
 */
import type { Problem } from '../errors/problem.ts';
import { versionErrors } from '../errors/versions.ts';
import { STATUS_LABEL, type Status } from '../publication/settings-schema.ts';
import { parseFassungMessage } from './fassung-message.ts';
import type { Git } from './git.ts';

export const TAG_PREFIX = 'fassung-';

export interface Fassung {
  /** The tag name, e.g. `fassung-2026-11-02-fachoeffentlich`. */
  tag: string;
  /** When the tag was made (ISO 8601 with offset, as git reports it). */
  date: string;
  /** The commit the tag points at (full hash). */
  commit: string;
  status: Status | 'unbekannt';
  /** Label of the Fassung; falls back to the status label. */
  titel: string;
  beschlussdatum?: string;
  drucksache?: string;
  /** Further lines of the tag message. */
  notiz?: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(creatordate:iso-strict)', '%(objectname)', '%(*objectname)', '%(contents)']
  .join('%1f')
  .concat('%1e');

/** All Fassungen, sorted by tag date (then name). Problems are warnings only. */
export function listFassungen(git: Git): { fassungen: Fassung[]; problems: Problem[] } {
  const out = git.run(['for-each-ref', `--format=${FORMAT}`, `refs/tags/${TAG_PREFIX}*`]);
  const fassungen: Fassung[] = [];
  const problems: Problem[] = [];
  for (const record of out.split(RECORD)) {
    const [tag, type, date, object, peeled, contents = ''] = record.replace(/^\n/, '').split(FIELD);
    if (!tag || !type || !date || !object) continue;
    if (type !== 'tag') {
      problems.push(versionErrors.lightweightTag(tag));
      fassungen.push({ tag, date, commit: object, status: 'unbekannt', titel: 'Fassung ohne Beschreibung' });
      continue;
    }
    const parsed = parseFassungMessage(contents);
    const base = { tag, date, commit: peeled || object, ...(parsed.notiz ? { notiz: parsed.notiz } : {}) };
    if (parsed.ok) {
      const { status, titel, beschlussdatum, drucksache } = parsed.value;
      fassungen.push({ ...base, status, titel, ...(beschlussdatum ? { beschlussdatum } : {}), ...(drucksache ? { drucksache } : {}) });
    } else {
      problems.push(versionErrors.tagMessageUnreadable(tag, parsed.detail));
      fassungen.push({ ...base, status: 'unbekannt', titel: parsed.partial.titel ?? 'Fassung ohne lesbare Beschreibung' });
    }
  }
  fassungen.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.tag.localeCompare(b.tag));
  return { fassungen, problems };
}

export function statusLabel(status: Status | 'unbekannt'): string {
  return status === 'unbekannt' ? 'Status unbekannt' : STATUS_LABEL[status];
}

/** The Fassung before `tag` in time, or undefined for the first. */
export function predecessor(fassungen: readonly Fassung[], tag: string): Fassung | undefined {
  const i = fassungen.findIndex((f) => f.tag === tag);
  return i > 0 ? fassungen[i - 1] : undefined;
}
