/** `<Karte indikator="sgb2_quote" jahr="2024" />`: a numbered choropleth map of one indicator and one year. */
import { z } from 'zod';
import { id, idList, marke, oneYear } from './fields.ts';

export const karteSchema = z.strictObject({
  indikator: id,
  jahr: oneYear('Eine Karte zeigt genau ein Jahr.').optional(),
  /** Which Gebiete to show (default: all with a boundary). */
  gebiete: idList.optional(),
  titel: z.string().optional(),
  marke: marke.optional(),
});
