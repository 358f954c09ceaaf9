/**
 * Which kind of export a file is, from its first rows alone (no configuration):
 *
 *   GENESIS-Tabelle: 12411-01-01-4 …          genesis-tabelle   (Regionaldatenbank, GENESIS-Online, Landesämter)
 *   statistics_code;statistics_label;…        genesis-flach     (ffcsv of GENESIS-Online, Regionaldatenbank, Zensus 2022)
 *   Kennziffer;Raumeinheit;Aggregat;…         inkar             (INKAR of the BBSR)
 *   a row with two or more years as headers   breit             (a planner's own table, Gebiete as rows)
 */
import { cellText, parseGrid, type Grid } from './grid.ts';
import { looksLikeKey } from './keys.ts';
import { yearOf, type ImportFormat } from './types.ts';

export function detectFormat(grid: Grid): ImportFormat | null {
  const rows = grid.rows.slice(0, 40);
  const first = cellText(rows[0], 0);
  if (/^GENESIS[- ]?(Tabelle|table)\b/i.test(first) || /^Tabelle:\s*\d{5}-/i.test(first)) return 'genesis-tabelle';
  if (rows[0]?.some((c) => c.value.trim().toLowerCase() === 'statistics_code')) return 'genesis-flach';
  if (/^kennziffer$/i.test(first) && /^raumeinheit$/i.test(cellText(rows[0], 1))) return 'inkar';
  if (genesisLike(rows)) return 'genesis-tabelle';
  if (rows.some((r) => r.filter((c) => yearOf(c.value) !== null && /^\s*\d{4}\s*$/.test(c.value)).length >= 2)) return 'breit';
  return null;
}

/** Metadata lines with one field, then rows that start with official keys: a table export without its title line. */
function genesisLike(rows: Grid['rows']): boolean {
  const lead = rows.findIndex((r) => looksLikeKey(cellText(r, 0)) || looksLikeKey(cellText(r, 1)));
  if (lead < 2) return false;
  return rows.slice(0, lead).filter((r) => r.filter((c) => c.value.trim() !== '').length === 1).length >= 2;
}

/**
 * Whether the start of a file in data/werte is an official export (then it belongs in data/quellen). A file whose
 * first line names the columns of data/werte never is; otherwise its first rows decide as above.
 */
export function looksLikeExport(text: string): ImportFormat | null {
  const head = text.slice(0, 8000).replace(/^\uFEFF/, '');
  const firstLine = (head.split('\n')[0] ?? '').toLowerCase();
  if (['indikator', 'gebiet', 'jahr', 'wert'].every((c) => firstLine.includes(c))) return null;
  const lines = head.split('\n');
  const complete = lines.length > 1 ? lines.slice(0, -1).join('\n') : head;
  return detectFormat(parseGrid('', complete));
}
