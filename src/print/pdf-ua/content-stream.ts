/**
 * A content stream cut into its operators (ISO 32000-1, 7.8.2): for each operator its name and where it starts (its
 * first operand) and ends in the bytes, so the post-processing steps can insert marked-content operators between
 * them without parsing the operands. Strings, hex strings, arrays, dictionaries, comments and inline images are
 * skipped as a whole.
 */

export interface Operator {
  name: string;
  /** Offset of the first operand (or of the operator when it has none). */
  start: number;
  /** Offset after the operator's last byte. */
  end: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function tokenize(bytes: Uint8Array): Operator[] {
  const ops: Operator[] = [];
  const n = bytes.length;
  let i = 0;
  let operandStart = -1;
  while (i < n) {
    const c = bytes[i]!;
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      // comment up to the end of the line
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    const tokenStart = i;
    if (c === 0x28) i = skipString(bytes, i);
    else if (c === 0x3c && bytes[i + 1] === 0x3c) i += 2; // dictionary open: its contents are tokens too
    else if (c === 0x3e && bytes[i + 1] === 0x3e) i += 2;
    else if (c === 0x3c) i = indexOrEnd(bytes, 0x3e, i + 1) + 1; // hex string
    else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) i++;
    else if (c === 0x2f) i = skipRegular(bytes, i + 1); // name
    else if (isNumberStart(c)) i = skipRegular(bytes, i); // number: an operand
    else {
      i = skipRegular(bytes, i);
      const word = latin1(bytes, tokenStart, i);
      if (word !== 'true' && word !== 'false' && word !== 'null') {
        const start = operandStart >= 0 ? operandStart : tokenStart;
        if (word === 'BI') {
          i = skipInlineImage(bytes, i);
          ops.push({ name: 'BI', start, end: i });
        } else {
          ops.push({ name: word, start, end: i });
        }
        operandStart = -1;
        continue;
      }
    }
    if (operandStart < 0) operandStart = tokenStart;
  }
  return ops;
}

/** Digits, sign or decimal point: a number (operators start with a letter, `'` or `"`). */
function isNumberStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function skipRegular(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && !WHITESPACE.has(bytes[i]!) && !DELIMITERS.has(bytes[i]!)) i++;
  return i;
}

function skipString(bytes: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x5c) i++; // backslash escapes the next byte
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return i;
}

function indexOrEnd(bytes: Uint8Array, byte: number, from: number): number {
  const at = bytes.indexOf(byte, from);
  return at < 0 ? bytes.length - 1 : at;
}

/** After `BI`: the image dictionary, `ID`, binary data up to `EI` standing alone. */
function skipInlineImage(bytes: Uint8Array, i: number): number {
  for (; i < bytes.length - 2; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && WHITESPACE.has(bytes[i - 1]!) && (i + 2 >= bytes.length || WHITESPACE.has(bytes[i + 2]!))) {
      return i + 2;
    }
  }
  return bytes.length;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** The text of an operator with its operands, e.g. `/P <</MCID 3 >>BDC`. */
export function operatorText(bytes: Uint8Array, op: Operator): string {
  return latin1(bytes, op.start, op.end);
}

/** The MCID of a `BDC` operator's property list, if it has one inline. */
export function mcidOf(bytes: Uint8Array, op: Operator): number | null {
  const m = /\/MCID\s+(\d+)/.exec(operatorText(bytes, op));
  return m ? Number(m[1]) : null;
}
