/**
 * CSV for German Excel: UTF-8 with byte order mark (else Excel reads umlauts wrong), `;` between fields,
 * decimal comma, no thousands separator, CRLF line ends. Fields with `;`, quotes or line breaks are quoted.
 */
import { writeNumber } from '../data/numbers.ts';

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'number' ? writeNumber(v, 'de') : v;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(head: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [head, ...rows].map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
