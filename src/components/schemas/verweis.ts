/** `<Verweis ziel="sgb2-karte" />`: a cross-reference to a numbered figure or table. */
import { z } from 'zod';
import { marke } from './fields.ts';

export const verweisSchema = z.strictObject({ ziel: marke });
