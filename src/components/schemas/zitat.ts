/** `<Zitat quelle="kgst2016" seite="51" />`: a citation of literatur.json. */
import { z } from 'zod';
import { text } from './fields.ts';

export const zitatSchema = z.strictObject({ quelle: z.string().trim().min(1), seite: text.optional() });
