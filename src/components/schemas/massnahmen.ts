/** `<Massnahmen handlungsfeld="hf1" ebene={3} />`: the measures of the strategy, by goal. */
import { z } from 'zod';

export const massnahmenSchema = z.strictObject({
  handlungsfeld: z.string().trim().min(1).optional(),
  /** Heading level of each measure. */
  ebene: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
});
