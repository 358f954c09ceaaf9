/** `<Abwaegungstabelle publikation="…" teil="tabelle" ebene={2} />`: the weighing of the statements received. */
import { z } from 'zod';

export const abwaegungstabelleSchema = z.strictObject({
  publikation: z.string().trim().min(1).optional(),
  ebene: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
  teil: z.enum(['zaehlung', 'tabelle']).optional(),
});
