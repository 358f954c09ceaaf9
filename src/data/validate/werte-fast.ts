/**
 * The common case of a value row — known ids, a four-digit year, a plain number or a symbol — checked with plain
 * code instead of a zod parse per row (files have hundreds of thousands of rows).
 *
 * The zod schema (src/data/schemas/werte.ts) stays the rule: this only accepts what the schema accepts, with
 * the same result, and answers „not sure“ (false) for anything else; the caller then asks the schema, which
 * also writes the message. Should the schema get a column this code does not know, the fast path switches off.
 */
import type { Header } from './header.ts';
import { parseNumber, type NumberStyle } from '../numbers.ts';
import { wertRow, type WertRow } from '../schemas/werte.ts';
import { parseSymbol } from '../symbols.ts';

const KNOWN = ['indikator', 'gebiet', 'jahr', 'wert', 'hinweis'];
const SCHEMA = Object.keys(wertRow('de').shape);
/** Whether this module knows every column of the schema (else every row goes through zod). */
export const FAST_PATH_MATCHES_SCHEMA = SCHEMA.length === KNOWN.length && KNOWN.every((c) => SCHEMA.includes(c));

/** Index of each column's field in a row; `hinweis` -1 when the file has no such column. */
export interface WerteFields {
  indikator: number;
  gebiet: number;
  jahr: number;
  wert: number;
  hinweis: number;
}

export function werteFields(header: Header): WerteFields | null {
  if (!FAST_PATH_MATCHES_SCHEMA) return null;
  const at = (c: string) => header.index.get(c) ?? -1;
  const f = { indikator: at('indikator'), gebiet: at('gebiet'), jahr: at('jahr'), wert: at('wert'), hinweis: at('hinweis') };
  return f.indikator < 0 || f.gebiet < 0 || f.jahr < 0 || f.wert < 0 ? null : f;
}

/** A reusable output row. */
export function emptyWertRow(): WertRow {
  return { indikator: '', gebiet: '', jahr: 0, wert: { wert: null, symbol: null, leer: false }, hinweis: null };
}

/**
 * Fills `out` if the row is certainly valid: `values` has the header's number of fields, the ids are in `known`
 * (defined ids passed the same id rule), the year has four digits in 1900–2100, `wert` is empty, a symbol or a
 * number in `style`. Returns false when zod must decide.
 */
export function fastWertRow(
  values: readonly string[],
  f: WerteFields,
  style: NumberStyle,
  knownIndikator: (id: string) => boolean,
  knownGebiet: (id: string) => boolean,
  out: WertRow,
): boolean {
  const indikator = (values[f.indikator] ?? '').trim();
  const gebiet = (values[f.gebiet] ?? '').trim();
  if (!knownIndikator(indikator) || !knownGebiet(gebiet)) return false;
  const jahr = year((values[f.jahr] ?? '').trim());
  if (jahr === null) return false;
  const v = (values[f.wert] ?? '').trim();
  const w = out.wert;
  w.wert = null;
  w.symbol = null;
  w.leer = false;
  if (v === '') w.leer = true;
  else {
    const plain = plainNumber(v, style);
    if (plain !== null) w.wert = plain;
    else {
      w.symbol = parseSymbol(v);
      if (w.symbol === null) {
        const n = parseNumber(v, style);
        if (!n.ok) return false;
        w.wert = n.value;
      }
    }
  }
  const hinweis = f.hinweis < 0 ? '' : (values[f.hinweis] ?? '').trim();
  out.indikator = indikator;
  out.gebiet = gebiet;
  out.jahr = jahr;
  out.hinweis = hinweis === '' ? null : hinweis;
  return true;
}

/** `2024` → 2024 as the schema's year field reads it; anything else null. */
function year(v: string): number | null {
  if (v.length !== 4) return null;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
  }
  return n >= 1900 && n <= 2100 ? n : null;
}

/**
 * `-12`, `12,5` (de) or `12.5` (en): the plain forms, which parseNumber reads as Number() of the text with the
 * decimal separator made a point. Anything else (grouping, `+`, `−`, more than 15 digits, `-0`) null: parseNumber
 * decides.
 */
function plainNumber(v: string, style: NumberStyle): number | null {
  const sep = style === 'de' ? 44 : 46; // `,` or `.`
  let i = v.charCodeAt(0) === 45 ? 1 : 0; // `-`
  const digitsFrom = i;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  if (i === digitsFrom) return null;
  if (i === v.length) return checked(v, Number(v));
  if (v.charCodeAt(i) !== sep) return null;
  const fraction = ++i;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  if (i === fraction || i !== v.length) return null;
  return checked(v, Number(style === 'de' ? v.replace(',', '.') : v));
}

/** The value, if its text has at most 15 digits and it is not `-0` (else parseNumber writes the message). */
function checked(v: string, n: number): number | null {
  const digits = v.length - (v.charCodeAt(0) === 45 ? 1 : 0) - (v.includes(',') || v.includes('.') ? 1 : 0);
  return digits > 15 || Object.is(n, -0) ? null : n;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
