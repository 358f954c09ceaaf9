/**
 * zod field types for CSV cells. Every cell arrives as text; a failing field raises a custom issue whose
 * `message` is a code of the data error catalogue (src/errors/data.ts) and whose `params` carry the details,
 * so the German text is written in one place.
 */
import { z } from 'zod';
import { parseNumber, type NumberStyle } from '../numbers.ts';
import { MAX_ID_CHARS } from '../read/limits.ts';
import { parseSymbol } from '../symbols.ts';
import type { TableSymbol } from '../types.ts';

export type FieldIssueCode =
  | 'pflichtfeld-leer'
  | 'id-ungueltig'
  | 'jahr-ungueltig'
  | 'wert-keine-zahl'
  | 'zahl-nicht-darstellbar'
  | 'id-zu-lang'
  | 'richtung-ungueltig'
  | 'nachkommastellen-ungueltig'
  | 'ja-nein-ungueltig';

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, code: FieldIssueCode, input: string, params: Record<string, unknown> = {}): never {
  ctx.addIssue({ code: 'custom', message: code, input, params: { ...params, value: input } });
  return z.NEVER;
}

/** Letters, digits, `-`, `_` and `.`; no spaces or commas, since chapters list ids as `gebiete="hw, nord"`. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** Whether `v` is a valid id; the length is checked first (the pattern must never see five million characters). */
function idProblem(ctx: Ctx, v: string): string {
  if (v.length > MAX_ID_CHARS) return fail(ctx, 'id-zu-lang', v, { length: v.length, limit: MAX_ID_CHARS });
  if (!ID_PATTERN.test(v)) return fail(ctx, 'id-ungueltig', v);
  return v;
}

/** A required id such as `hw-nord`, at most 100 characters. */
export const idField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  if (v === '') return fail(ctx, 'pflichtfeld-leer', raw);
  return idProblem(ctx, v);
});

/** An id that may be empty (→ null), e.g. `eltern` of the top Gebiet. */
export const optionalIdField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  if (v === '') return null;
  return idProblem(ctx, v);
});

/** Text that must not be empty. */
export const requiredTextField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  return v === '' ? fail(ctx, 'pflichtfeld-leer', raw) : v;
});

/** Text that may be empty (→ ''). */
export const textField = z.string().transform((raw) => raw.trim());

/** Text in an optional column: missing column or empty cell → null. */
export const optionalTextField = z
  .string()
  .optional()
  .transform((raw) => (raw === undefined || raw.trim() === '' ? null : raw.trim()));

/** A calendar year, four digits, 1900–2100. */
export const yearField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  const n = Number(v);
  if (!/^\d{4}$/.test(v) || n < 1900 || n > 2100) return fail(ctx, 'jahr-ungueltig', v);
  return n;
});

export interface NumberOrSymbol {
  wert: number | null;
  symbol: TableSymbol | null;
  /** The cell was empty: neither a number nor a symbol. */
  leer: boolean;
}

/** A number in the column's style (at most 15 significant digits, finite, not `-0`), or a table symbol (`–`, `.`, `…`, `/`, `x`, `*`), or empty. */
export function numberOrSymbolField(style: NumberStyle) {
  return z.string().transform((raw, ctx): NumberOrSymbol => {
    const v = raw.trim();
    if (v === '') return { wert: null, symbol: null, leer: true };
    const symbol = parseSymbol(v);
    if (symbol) return { wert: null, symbol, leer: false };
    const n = parseNumber(v, style);
    if (!n.ok && n.reason) return fail(ctx, 'zahl-nicht-darstellbar', v, { reason: n.reason });
    if (!n.ok) return fail(ctx, 'wert-keine-zahl', v, { suggestion: n.suggestion, style });
    return { wert: n.value, symbol: null, leer: false };
  });
}

export const RICHTUNGEN = ['steigend_gut', 'steigend_schlecht', 'neutral'] as const;

export const richtungField = z.string().transform((raw, ctx) => {
  const v = raw.trim().toLowerCase();
  const hit = RICHTUNGEN.find((r) => r === v);
  return hit ?? fail(ctx, 'richtung-ungueltig', raw.trim());
});

/** Decimal places shown, 0–6. */
export const decimalsField = z.string().transform((raw, ctx) => {
  const v = raw.trim();
  if (!/^\d$/.test(v) || Number(v) > 6) return fail(ctx, 'nachkommastellen-ungueltig', v);
  return Number(v);
});

/** `ja` or `nein` (any case) → true / false; a missing column or an empty cell → null. */
export const yesNoField = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const v = (raw ?? '').trim().toLowerCase();
    if (v === '') return null;
    if (v === 'ja') return true;
    if (v === 'nein') return false;
    return fail(ctx as Ctx, 'ja-nein-ungueltig', (raw ?? '').trim());
  });

/** Column names of a row schema: required ones and optional ones, in schema order. */
export function columnsOf(schema: z.ZodObject): { required: string[]; optional: string[] } {
  const required: string[] = [];
  const optional: string[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    (field.safeParse(undefined).success ? optional : required).push(name);
  }
  return { required, optional };
}
