/** `<Tabelle indikator="alq" gebiete="hw, th" jahre="2020-2024" />`: a numbered table of one indicator. */
import { z } from 'zod';
import { id, idList, marke, yearList } from './fields.ts';

export const tabelleSchema = z.strictObject({
  indikator: id,
  gebiete: idList.optional(),
  jahre: yearList.optional(),
  /** Overrides the indicator title in the caption. */
  titel: z.string().optional(),
  marke: marke.optional(),
});
