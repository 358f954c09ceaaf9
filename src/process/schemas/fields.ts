/**
 * zod field types for the process CSVs (beteiligung, strategie, stellungnahmen). A failing field raises a
 * custom issue whose message is the German reason; the data layer's row validator (src/data/validate/rows.ts)
 * turns it into a problem at the field's line and column („„x“ in Spalte „y“ ist ungültig (Grund).“).
 */
import { z } from 'zod';

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, input: string, reason: string): never {
  ctx.addIssue({ code: 'custom', message: reason, input, params: { value: input } });
  return z.NEVER;
}

function empty(ctx: Ctx, raw: string): never {
  ctx.addIssue({ code: 'custom', message: 'pflichtfeld-leer', input: raw, params: { value: raw } });
  return z.NEVER;
}

/** One of a fixed list of ids; the reason lists the allowed ones. */
export function choiceField<const T extends readonly string[]>(choices: T) {
  return z.string().transform((raw, ctx): T[number] => {
    const v = raw.trim().toLowerCase();
    if (v === '') return empty(ctx, raw);
    const hit = choices.find((c) => c === v);
    return hit ?? fail(ctx, raw.trim(), `erlaubt sind: ${choices.join(', ')}`);
  });
}

/**
 * Optional column: one of a fixed list of ids, or empty / column missing → null. Umlauts may be written out
 * (`höchstens` → `hoechstens`).
 */
export function optionalChoiceField<const T extends readonly string[]>(choices: T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T[number] | null => {
      const v = (raw ?? '').trim().toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
      if (v === '') return null;
      const hit = choices.find((c) => c === v);
      return hit ?? fail(ctx as Ctx, (raw ?? '').trim(), `erlaubt sind: ${choices.join(', ')}`);
    });
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day, `JJJJ-MM-TT` or as German Excel writes it, `TT.MM.JJJJ` → ISO `JJJJ-MM-TT`. */
export const dateField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  if (v === '') return empty(ctx, raw);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : [];
  if (y && m && d && validDay(Number(y), Number(m), Number(d))) return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  return fail(ctx, v, 'kein Datum; schreiben Sie JJJJ-MM-TT, z. B. 2026-03-17');
});

/** A month, `JJJJ-MM` (also `MM/JJJJ`) → `JJJJ-MM`. Empty → null when `optional`. */
function monthField(optional: boolean) {
  return z.string().transform((raw, ctx): string | null => {
    const v = raw.trim();
    if (v === '') return optional ? null : empty(ctx, raw);
    const iso = /^(\d{4})-(\d{1,2})$/.exec(v);
    const de = /^(\d{1,2})[/.](\d{4})$/.exec(v);
    const [y, m] = iso ? [iso[1], iso[2]] : de ? [de[2], de[1]] : [];
    if (y && m && Number(m) >= 1 && Number(m) <= 12) return `${y}-${pad(Number(m))}`;
    return fail(ctx, v, 'kein Monat; schreiben Sie JJJJ-MM, z. B. 2027-01');
  });
}
export const requiredMonthField = monthField(false).transform((v) => v as string);
export const optionalMonthField = monthField(true);

/** A list of ids separated by `|` (`jobcenter|liga`), each with its offset in the field for messages. */
export const idListField = z.string().transform((raw, ctx) => {
  const parts: { id: string; offset: number }[] = [];
  let offset = 0;
  for (const part of raw.split('|')) {
    const lead = part.length - part.trimStart().length;
    const id = part.trim();
    if (id) parts.push({ id, offset: offset + lead });
    offset += part.length + 1;
  }
  if (parts.length === 0) return empty(ctx, raw);
  return parts;
});

/** A sum of money in whole or decimal Euro, in either number style (`412000`, `412.000`, `412.000,50`); empty → null. */
export const euroField = z.string().transform((raw, ctx): number | null => {
  const v = raw.trim().replace(/\s*(€|EUR|Euro)$/i, '');
  if (v === '') return null;
  let n = NaN;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(v) || /^\d+(,\d{1,2})?$/.test(v)) n = Number(v.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+(\.\d{1,2})?$/.test(v)) n = Number(v);
  return Number.isFinite(n) ? n : fail(ctx, raw.trim(), 'kein Eurobetrag; schreiben Sie die Zahl ohne Tausenderzeichen, z. B. 412000');
});
