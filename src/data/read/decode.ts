/**
 * Bytes of a planner's file → text. Accepts UTF-8 (with or without BOM) and Windows-1252 (what German Excel
 * writes for „CSV (Trennzeichen-getrennt)“); recognises files that are not text at all (an .xlsx renamed to .csv).
 *
 * UTF-8 or Windows-1252? A file that decodes as UTF-8 is UTF-8. Otherwise the bytes above 0x7F decide:
 *   - Windows-1252 writes an umlaut as one byte (ä = 0xE4, ö = 0xF6, ü = 0xFC, ß = 0xDF), which is never valid
 *     UTF-8 on its own, since in UTF-8 such a lead byte must be followed by continuation bytes (0x80–0xBF).
 *   - UTF-8 writes it as two bytes (ä = 0xC3 0xA4).
 * So a file with no valid UTF-8 multi-byte sequence is Windows-1252, and so is one with more than twice as many
 * broken sequences as valid ones (a Windows-1252 „ß“ followed by „–“, 0xDF 0x96, happens to be valid UTF-8).
 * A file with a UTF-8 BOM, or with valid UTF-8 sequences and at most twice as many broken ones, is a UTF-8 file
 * with a damaged byte: decoding the whole file as
 * Windows-1252 would garble every umlaut („ThÃ¼ringen“), so that is an error naming the line and byte instead.
 */
export type Encoding = 'utf-8' | 'windows-1252';

export interface BytePosition {
  line: number;
  /** Character column (1-based) in the line. */
  column: number;
  /** Byte offset in the file (0-based). */
  offset: number;
  byte: number;
}

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'leer' | 'xlsx' | 'ods' | 'binaer' | 'utf16'; at?: BytePosition }
  | { ok: false; reason: 'utf8'; at: BytePosition; others: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8');
const cp1252 = new TextDecoder('windows-1252');

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Zip container (xlsx, ods, docx): `PK\x03\x04`. The mimetype entry tells ods apart. */
function zipKind(bytes: Uint8Array): 'xlsx' | 'ods' | null {
  if (!startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return null;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.includes('opendocument') ? 'ods' : 'xlsx';
}

/** Line (LF, CRLF or CR ends one) and character column of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): BytePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = lenient.decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '').length + 1;
  return { line, column, offset, byte: bytes[offset] ?? 0 };
}

/** Length of the valid UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0 if it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Valid and broken UTF-8 multi-byte sequences, and where the first broken one starts. */
function utf8Census(bytes: Uint8Array): { valid: number; broken: number; first: number } {
  let valid = 0;
  let broken = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      valid++;
      i += n;
    } else {
      if (first < 0) first = i;
      broken++;
      i++;
    }
  }
  return { valid, broken, first };
}

export function decode(bytes: Uint8Array): Decoded {
  const zip = zipKind(bytes);
  if (zip) return { ok: false, reason: zip };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { ok: false, reason: 'utf16' };
  // UTF-16 without BOM: every other byte of ASCII text is NUL (`i\0d\0` little endian, `\0i\0d` big endian).
  const b = (i: number) => bytes[i] ?? -1;
  if (bytes.length >= 4 && ((b(0) > 0 && b(1) === 0 && b(2) > 0 && b(3) === 0) || (b(0) === 0 && b(1) > 0 && b(2) === 0 && b(3) > 0))) {
    return { ok: false, reason: 'utf16' };
  }
  // Old Excel (.xls, OLE compound file) and anything else with NUL bytes is not text.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, reason: 'binaer' };
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'binaer', at: bytePosition(bytes, nul) };
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    const { valid, broken, first } = utf8Census(bytes);
    const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
    if (bom || (valid > 0 && broken <= valid * 2)) return { ok: false, reason: 'utf8', at: bytePosition(bytes, first), others: broken - 1 };
    text = cp1252.decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') return { ok: false, reason: 'leer' };
  return { ok: true, text, encoding };
}
