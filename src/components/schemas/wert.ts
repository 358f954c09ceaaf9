/** `<Wert indikator="alq" gebiet="hw" jahr="2024" />`: one value in running text. */
import { z } from 'zod';
import { id, oneYear } from './fields.ts';

export const wertSchema = z.strictObject({
  /** Id from data/indikatoren. */
  indikator: id,
  /** Id from data/gebiete. */
  gebiet: id,
  /** One year; default the latest with a value. */
  jahr: oneYear('Für <Wert> genau ein Jahr angeben.').optional(),
});
