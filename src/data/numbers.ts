/**
 * Numbers as planners' spreadsheets write them: `de` has a decimal comma and may group thousands with a dot
 * (`1.234,5`), `en` has a decimal point and no grouping (`1234.5`). Which of the two a column uses is decided
 * from all its values (src/data/validate/decimal.ts), never from the file's delimiter alone: a GENESIS flat file
 * in English uses `;` with decimal points.
 *
 * Only what the website can publish exactly is a number: at most 15 significant digits (a double holds 15 for
 * sure; the 20-digit `12345678901234567890` would silently become …900), no infinity or NaN, and no `-0`
 * (it would be shown as „0,0“ without its sign, or with a sign that means nothing).
 */
export type NumberStyle = 'de' | 'en';

/** Why a text that looks like a number cannot be published as one. */
export type NumberRejection = 'stellen' | 'unendlich' | 'minus-null';

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; suggestion: string | null; reason?: NumberRejection };

/** Significant digits a published number may have. */
export const MAX_SIGNIFICANT_DIGITS = 15;

const DE_PLAIN = /^[+-]?\d+(?:,\d+)?$/;
/** German thousands grouping: the first group has no leading zero (`0.125` is no German number). */
const DE_GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const EN_PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
/** `7.280`, `-1.000`: German 7280 or English 7.28, the two readings differ and nothing in the text decides. */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;
const INFINITE = /^[+-]?(?:inf|infinity|unendlich|∞|nan|#zahl!|#num!|#div\/0!)$/i;

/** U+2212 MINUS SIGN is what some tools export; it means the same as `-`. */
function normaliseSign(text: string): string {
  return text.trim().replace(/^\u2212/, '-');
}

/** Significant digits of a text that matched one of the number patterns (leading zeros do not count). */
function significantDigits(text: string): number {
  let n = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (leading && c === 48) continue;
    leading = false;
    n++;
  }
  return n;
}

type Strict = { value: number } | { reason: NumberRejection } | null;

function parseStrict(text: string, style: NumberStyle): Strict {
  let value: number;
  if (style === 'de') {
    if (!(text.length < 400 && (DE_PLAIN.test(text) || DE_GROUPED.test(text)))) return null;
    value = Number(text.replaceAll('.', '').replace(',', '.'));
  } else {
    if (!(text.length < 400 && EN_PLAIN.test(text))) return null;
    value = Number(text);
  }
  if (significantDigits(text) > MAX_SIGNIFICANT_DIGITS || !Number.isFinite(value)) return { reason: 'stellen' };
  if (Object.is(value, -0)) return { reason: 'minus-null' };
  return { value };
}

/** Writes a number so that it parses in the given style (no thousands separators). */
export function writeNumber(value: number, style: NumberStyle): string {
  const s = String(value);
  return style === 'de' ? s.replace('.', ',') : s;
}

/**
 * Parses a cell as a number in the column's style. When it fails, `suggestion` is the same cell written
 * correctly if the intent is clear (`12,3` in a point column → `12.3`; `1 234` → `1234`; `18 %` → `18`), and
 * `reason` says why a text that is a number cannot be published (too many digits, infinite, `-0`).
 */
export function parseNumber(text: string, style: NumberStyle): ParsedNumber {
  const t = normaliseSign(text);
  // A number of 60 characters has far more than 15 significant digits; the patterns below never see one that long.
  if (t.length > 60 && /^[+-]?\d[\d.,]*$/.test(t)) return { ok: false, suggestion: null, reason: 'stellen' };
  const strict = parseStrict(t, style);
  if (strict && 'value' in strict) return { ok: true, value: strict.value };
  if (strict) return { ok: false, suggestion: null, reason: strict.reason };
  if (INFINITE.test(t)) return { ok: false, suggestion: null, reason: 'unendlich' };
  return { ok: false, suggestion: suggest(t, style) };
}

function suggest(t: string, style: NumberStyle): string | null {
  if (t.length > 100) return null;
  const other: NumberStyle = style === 'de' ? 'en' : 'de';
  const candidates = [t, t.replace(/\s+/g, ''), t.replace(/\s*(?:%|€|Euro|EUR)$/i, '')];
  for (const c of candidates) {
    const a = parseStrict(c, style);
    const v = a && 'value' in a ? a : parseStrict(c, other);
    if (v && 'value' in v && c !== '') return writeNumber(v.value, style);
  }
  // `1,234.5` (English grouping) in either file
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) {
    const v = parseStrict(t.replaceAll(',', ''), 'en');
    if (v && 'value' in v) return writeNumber(v.value, style);
  }
  return null;
}

/**
 * What a cell says about its column's decimal separator: `punkt` (`0.125`, `12.5`), `komma` (`0,125`,
 * `1.234,5`, `1.234.567`), `mehrdeutig` (`7.280`: German grouping or English decimal) or nothing (`12`, text).
 */
export type DecimalEvidence = 'punkt' | 'komma' | 'mehrdeutig' | null;

export function decimalEvidence(text: string): DecimalEvidence {
  if (!text.includes('.') && !text.includes(',')) return null;
  const t = normaliseSign(text);
  if (t.length > 400) return null;
  if (AMBIGUOUS.test(t)) return 'mehrdeutig';
  if (EN_PLAIN.test(t)) return t.includes('.') ? 'punkt' : null;
  if (DE_PLAIN.test(t) || DE_GROUPED.test(t)) return 'komma';
  return null;
}

/** Whether a text looks like a code with a meaningful leading zero (`07743`), which must stay text. */
export function hasLeadingZero(text: string): boolean {
  return /^0\d/.test(text.trim());
}
