/**
 * The one owner of the archive cache: `<projekt>/.bericht-archiv/<commit>/` holds the PDFs built from a Fassung's
 * tag (`<publikation>.pdf`) and `ergebnis.json` saying what was built, or why nothing could be. Keyed by the tag's
 * commit: a Fassung never changes, so its PDFs are built once. A failure is kept per version of the tool and tried
 * again after an update. The folder is git-ignored; a fresh clone with history rebuilds it from the tags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ARCHIVE_FOLDER = '.bericht-archiv';
const RESULT_FILE = 'ergebnis.json';

const entrySchema = z.object({
  commit: z.string(),
  tag: z.string(),
  /** Version of the tool that built (or failed to build) it. */
  werkzeug: z.string(),
  ok: z.boolean(),
  /** The publications of the Fassung with their titles, in its order. */
  pdfs: z.array(z.object({ slug: z.string(), titel: z.string() })),
  fehler: z.string().optional(),
});

export type ArchiveEntry = z.output<typeof entrySchema>;

export function archiveFolder(root: string, commit: string): string {
  return path.join(root, ARCHIVE_FOLDER, commit);
}

/** What the cache holds for a commit, or null (not built yet, or unreadable). */
export function readArchiveEntry(root: string, commit: string): ArchiveEntry | null {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(fs.readFileSync(path.join(archiveFolder(root, commit), RESULT_FILE), 'utf8')));
    if (!parsed.success) return null;
    const e = parsed.data;
    return e.ok && e.pdfs.some((p) => !fs.existsSync(archivedPdf(root, commit, p.slug))) ? null : e;
  } catch {
    return null;
  }
}

export function archivedPdf(root: string, commit: string, slug: string): string {
  return path.join(archiveFolder(root, commit), `${slug}.pdf`);
}

/** Stores a result; `files` maps each publication's slug to its built PDF (copied in). */
export function writeArchiveEntry(root: string, entry: ArchiveEntry, files: Record<string, string> = {}): void {
  const dir = archiveFolder(root, entry.commit);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [slug, file] of Object.entries(files)) fs.copyFileSync(file, archivedPdf(root, entry.commit, slug));
  fs.writeFileSync(path.join(dir, RESULT_FILE), JSON.stringify(entry, null, 2) + '\n');
}
