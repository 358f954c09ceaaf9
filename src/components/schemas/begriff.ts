/** `<Begriff>Bedarfsgemeinschaft</Begriff>` or `<Begriff name="Sozialraum">Sozialräume</Begriff>`: a glossary term. */
import { z } from 'zod';

export const begriffSchema = z.strictObject({ name: z.string().trim().min(1).optional() });
