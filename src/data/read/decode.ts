/**
 * Bytes of a planner's file → text. Accepts UTF-8 (with or without BOM) and Windows-1252 (what German Excel
 * writes for „CSV (Trennzeichen-getrennt)“); recognises files that are not text at all (an .xlsx renamed to .csv).
 */
export type Encoding = 'utf-8' | 'windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'leer' | 'xlsx' | 'ods' | 'binaer' | 'utf16' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
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

export function decode(bytes: Uint8Array): Decoded {
  const zip = zipKind(bytes);
  if (zip) return { ok: false, reason: zip };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { ok: false, reason: 'utf16' };
  // Old Excel (.xls, OLE compound file) and anything else with NUL bytes is not text.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0) || bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binaer' };
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    text = cp1252.decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') return { ok: false, reason: 'leer' };
  return { ok: true, text, encoding };
}
