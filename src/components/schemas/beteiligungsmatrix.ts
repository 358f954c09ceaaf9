/** `<Beteiligungsmatrix />`: which groups took part in which phase. */
import { z } from 'zod';

export const beteiligungsmatrixSchema = z.strictObject({});
