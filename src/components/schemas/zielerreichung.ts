/** `<Zielerreichung handlungsfeld="hf1" />`: goal attainment of the strategy. */
import { z } from 'zod';

export const zielerreichungSchema = z.strictObject({ handlungsfeld: z.string().trim().min(1).optional() });
