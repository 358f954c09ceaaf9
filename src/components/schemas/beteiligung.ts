/** `<Beteiligung phase="orientierung" />`: the participation steps of one phase (phases: process/phases.ts). */
import { z } from 'zod';

export const beteiligungSchema = z.strictObject({ phase: z.string().trim().min(1) });
