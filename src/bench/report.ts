/**
 * The benchmark's output: a table with German labels and the targets, and the machine-readable last line
 * `bench: key=value …` (the test and CI read it).
 */
import type { Figures } from './run.ts';

interface Row {
  key: string;
  label: string;
  unit: string;
  /** Target as „≤ x“, if the figure has one. */
  max?: number;
}

export const ROWS: readonly Row[] = [
  { key: 'validate_s', label: 'Daten laden und prüfen', unit: 's', max: 1 },
  { key: 'site_cold_s', label: 'Website kalt (leere Zwischenspeicher)', unit: 's' },
  { key: 'site_warm_s', label: 'Website warm (nichts geändert)', unit: 's' },
  { key: 'site_edit_s', label: 'Website nach Änderung eines Kapitels', unit: 's' },
  { key: 'site_floor_s', label: 'Website mit Platzhaltern statt Diagrammen', unit: 's' },
  { key: 'chart_floor_s', label: 'Alle Diagramme direkt mit vega ÷ Kerne', unit: 's' },
  { key: 'pdf_s_per_page_150', label: 'PDF (Paged.js), Publikation mit ~150 Seiten', unit: 's/Seite' },
  { key: 'pdf_s_per_page_300', label: 'PDF (Paged.js), Publikation mit ~300 Seiten', unit: 's/Seite' },
  { key: 'plain_print_s_per_page', label: 'Chromium-Druck ohne Paged.js', unit: 's/Seite' },
  { key: 'pagedjs_cli_s_per_page', label: 'pagedjs-cli', unit: 's/Seite' },
  { key: 'dev_edit_ms', label: 'Vorschau: Speichern bis neue Seite', unit: 'ms', max: 300 },
  { key: 'site_cold_vs_floor', label: 'kalt ÷ (Platzhalter + Diagramme)', unit: '', max: 1.3 },
  { key: 'site_warm_vs_floor', label: 'warm ÷ Platzhalter', unit: '', max: 1.15 },
  { key: 'pdf_vs_plain', label: 'PDF ÷ Chromium-Druck', unit: '', max: 2 },
  { key: 'pdf_vs_pagedjs_cli', label: 'PDF ÷ pagedjs-cli', unit: '', max: 0.6 },
  { key: 'pdf_growth', label: 'PDF s/Seite 300 ÷ 150 Seiten', unit: '', max: 1.15 },
];

const de = (v: number, digits: number) => v.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function table(f: Figures): string {
  const lines = ['', `${'Messgröße'.padEnd(46)} ${'Wert'.padStart(10)}  ${'Einheit'.padEnd(8)} Ziel`];
  for (const row of ROWS) {
    const v = f[row.key];
    if (v === undefined) continue;
    const digits = row.unit === 'ms' ? 0 : row.unit === 's/Seite' ? 3 : 2;
    const target = row.max === undefined ? '' : `≤ ${de(row.max, row.max % 1 ? 2 : 0)} ${Number.isFinite(v) && v <= row.max ? 'erreicht' : 'verfehlt'}`;
    lines.push(`${row.label.padEnd(46)} ${de(v, digits).padStart(10)}  ${row.unit.padEnd(8)} ${target}`);
  }
  return lines.join('\n');
}

/** `bench: validate_s=0.812 site_cold_s=… pdf_growth=1.04` — dot decimals, one line, all figures. */
export function lastLine(f: Figures): string {
  const fmt = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : 'NaN');
  return `bench: ${Object.entries(f).map(([k, v]) => `${k}=${fmt(v)}`).join(' ')}`;
}
