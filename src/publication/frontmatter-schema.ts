import { z } from 'zod';

/** The frontmatter of a chapter (`content/<publikation>/*.mdx`). Only `titel` is required. */
export const frontmatterSchema = z.strictObject({
  /** Chapter title. Example: `Einkommen und Armut`. */
  titel: z.string().min(1).meta({ description: 'Titel des Kapitels.', examples: ['Einkommen und Armut'] }),
  /** Position within the publication; without it, chapters follow their file names. */
  reihenfolge: z.number().optional().meta({ description: 'Position in der Publikation; ohne Angabe folgen die Kapitel ihren Dateinamen.', examples: [3] }),
  /** Short title for running heads and navigation. Default: `titel`. */
  kurztitel: z.string().optional().meta({ description: 'Kurzer Titel für Kolumnentitel und Navigation. Standard: titel.', examples: ['Einkommen'] }),
  /** One sentence shown in the chapter list. */
  beschreibung: z.string().optional().meta({ description: 'Ein Satz für die Kapitelübersicht.', examples: ['Wie sich Einkommen und Armutsgefährdung entwickelt haben.'] }),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
