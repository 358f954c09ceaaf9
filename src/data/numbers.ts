/**
 * Numbers as planners' spreadsheets write them. The style follows the file's delimiter:
 * a `;` file comes from German Excel and writes `1.234,5`; a `,` file writes `1234.5`.
 */
export type NumberStyle = 'de' | 'en';

export type ParsedNumber = { ok: true; value: number } | { ok: false; suggestion: string | null };

const DE_PLAIN = /^[+-]?\d+(?:,\d+)?$/;
const DE_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const EN_PLAIN = /^[+-]?\d+(?:\.\d+)?$/;

/** U+2212 MINUS SIGN is what some tools export; it means the same as `-`. */
function normaliseSign(text: string): string {
  return text.trim().replace(/^\u2212/, '-');
}

function parseStrict(text: string, style: NumberStyle): number | null {
  if (style === 'de') {
    if (DE_PLAIN.test(text) || DE_GROUPED.test(text)) return Number(text.replaceAll('.', '').replace(',', '.'));
    return null;
  }
  return EN_PLAIN.test(text) ? Number(text) : null;
}

/** Writes a number so that it parses in the given style (no thousands separators). */
export function writeNumber(value: number, style: NumberStyle): string {
  const s = String(value);
  return style === 'de' ? s.replace('.', ',') : s;
}

/**
 * Parses a cell as a number in the file's style. When it fails, `suggestion` is the same cell written
 * correctly if the intent is clear (`12,3` in a `,` file → `12.3`; `1 234` → `1234`; `18 %` → `18`).
 */
export function parseNumber(text: string, style: NumberStyle): ParsedNumber {
  const t = normaliseSign(text);
  const value = parseStrict(t, style);
  if (value !== null) return { ok: true, value };
  return { ok: false, suggestion: suggest(t, style) };
}

function suggest(t: string, style: NumberStyle): string | null {
  const other: NumberStyle = style === 'de' ? 'en' : 'de';
  const candidates = [t, t.replace(/\s+/g, ''), t.replace(/\s*(?:%|€|Euro|EUR)$/i, '')];
  for (const c of candidates) {
    const v = parseStrict(c, style) ?? parseStrict(c, other);
    if (v !== null && c !== '') return writeNumber(v, style);
  }
  // `1,234.5` (English grouping) in either file
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return writeNumber(Number(t.replaceAll(',', '')), style);
  return null;
}

/** Whether a text looks like a code with a meaningful leading zero (`07743`), which must stay text. */
export function hasLeadingZero(text: string): boolean {
  return /^0\d/.test(text.trim());
}
