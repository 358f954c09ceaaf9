/**
 * The glossary: terms and their explanations in one YAML file (`content/glossar.yaml`), marked in chapters with
 * `<Begriff>Bedarfsgemeinschaft</Begriff>` (or `<Begriff name="Bedarfsgemeinschaft">Bedarfsgemeinschaften</Begriff>`),
 * collected in a Glossar appendix of the PDF and a page of the website.
 *
 * ```yaml
 * - begriff: Bedarfsgemeinschaft
 *   erklaerung: Personen, die zusammen leben und gemeinsam wirtschaften (SGB II).
 * ```
 */
import { z } from 'zod';
import { slugify } from '../site/slug.ts';

export const GLOSSARY_FILE = 'glossar.yaml';

export const glossaryEntry = z.strictObject({
  /** The term as it is listed. */
  begriff: z.string().min(1).meta({ description: 'Der Begriff, wie er im Glossar steht.', examples: ['Bedarfsgemeinschaft'] }),
  /** One or two sentences. */
  erklaerung: z.string().min(1).meta({ description: 'Ein oder zwei Sätze Erklärung.', examples: ['Personen, die zusammen leben und gemeinsam wirtschaften (SGB II).'] }),
});
export const glossarySchema = z.array(glossaryEntry);
export type GlossaryEntry = z.output<typeof glossaryEntry>;

/** `Bedarfsgemeinschaft` → `begriff-bedarfsgemeinschaft` (ids and links). */
export function termId(term: string): string {
  return `begriff-${slugify(term)}`;
}

export function sortEntries(entries: Iterable<GlossaryEntry>): GlossaryEntry[] {
  const collator = new Intl.Collator('de');
  return [...entries].sort((a, b) => collator.compare(a.begriff, b.begriff));
}
