/**
 * Prop types shared by the component schemas: ids, lists of ids, years. A year that cannot be read carries the
 * data layer's German detail (data/format.ts) as its message, so `npm run check` and the page say the same.
 */
import { z } from 'zod';
import { parseYears, PropError } from '../../data/format.ts';

/** `indikator="alq"`: one id. */
export const id = z.string().trim().min(1);

/** `gebiete="hw, th"` or `gebiete={["hw", "th"]}`. */
export const idList = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]);

/** Any text, also a number written without quotes (`seite={51}`). */
export const text = z.union([z.string(), z.number()]);

function years(one: string | null) {
  return z.union([z.number(), z.string()]).superRefine((value, ctx) => {
    try {
      const list = parseYears(value);
      if (one && list.length !== 1) ctx.addIssue({ code: 'custom', message: one, params: { jahr: true } });
    } catch (err) {
      if (!(err instanceof PropError)) throw err;
      ctx.addIssue({ code: 'custom', message: err.detail, params: { jahr: true } });
    }
  });
}

/** `jahre="2019-2024"`, `jahre="2019, 2024"`, `jahre={2024}`. */
export const yearList = years(null);

/** `jahr="2024"`: exactly one year; `message` says why when there are more. */
export const oneYear = (message: string) => years(message);

/** `marke="sgb2-karte"`: the name `<Verweis ziel>` refers to. */
export const marke = z.string().trim().min(1);
