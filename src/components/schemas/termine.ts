/** `<Termine phase="orientierung" />`: the dates of the process, of one phase or all. */
import { z } from 'zod';

export const termineSchema = z.strictObject({ phase: z.string().trim().min(1).optional() });
