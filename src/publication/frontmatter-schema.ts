import { z } from 'zod';

/** The frontmatter of a chapter (`content/<publikation>/*.mdx`). Only `titel` is required. */
export const frontmatterSchema = z.strictObject({
  /** Chapter title. Example: `Einkommen und Armut`. */
  titel: z.string().min(1),
  /** Position within the publication; without it, chapters follow their file names. */
  reihenfolge: z.number().optional(),
  /** Short title for running heads and navigation. Default: `titel`. */
  kurztitel: z.string().optional(),
  /** One sentence shown in the chapter list. */
  beschreibung: z.string().optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
