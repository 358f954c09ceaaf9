/**
 * Numbers and cells as readers see them (de-DE), and the parsers for component props that planners type
 * (`jahre="2015-2024"`, `gebiete="hw, hw-nord"`).
 *
 * Unit rules:
 * - `%` follows the number after a NARROW NO-BREAK SPACE (U+202F): `18,3 %` (DIN 5008 asks for a space;
 *   the narrow one keeps number and sign together and looks right in tables; Source Sans 3 has the glyph).
 * - `Anzahl` shows no unit: `1.234`.
 * - any other unit follows after a NO-BREAK SPACE (U+00A0): `1.234 Euro`, `12,4 je 1.000 Einw.`.
 */
import { bindMessages } from '../errors/data.ts';
import { isCount } from './confidentiality.ts';
import type { Cell, Indikator } from './types.ts';

export const PERCENT_SPACE = '\u202f';
export const UNIT_SPACE = '\u00a0';

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * `1234` → `1.234`, `(18.25, 1)` → `18,3`: half away from zero on the number as written (`1.005` → `1,01`,
 * formatted from its shortest decimal string, not the binary double); `-0` shows as `0`.
 */
export function formatNumber(n: number, nachkommastellen = 0): string {
  let f = formatters.get(nachkommastellen);
  if (!f) {
    f = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: nachkommastellen,
      maximumFractionDigits: nachkommastellen,
      signDisplay: 'negative',
    });
    formatters.set(nachkommastellen, f);
  }
  return f.format(String(n) as `${number}`);
}

/** The number with its unit after it, following the unit rules above. */
export function withUnit(number: string, einheit: string): string {
  const unit = einheit.trim();
  if (unit === '' || isCount({ einheit: unit })) return number;
  return unit === '%' ? `${number}${PERCENT_SPACE}%` : `${number}${UNIT_SPACE}${unit}`;
}

/** `18,3 %`, `1.234`, `2.310 Euro`, or the cell's symbol (`*`, `–` …). */
export function formatCell(cell: Pick<Cell, 'wert' | 'symbol'>, indikator: Pick<Indikator, 'einheit' | 'nachkommastellen'>): string {
  if (cell.wert === null) return cell.symbol ?? '.';
  return withUnit(formatNumber(cell.wert, indikator.nachkommastellen), indikator.einheit);
}

/** Text after the number in a table caption: `in %`, `Anzahl`, `in Euro`. */
export function unitLabel(einheit: string): string {
  const unit = einheit.trim();
  if (isCount({ einheit: unit })) return 'Anzahl';
  return unit.startsWith('je ') ? unit : `in ${unit}`;
}

/** A prop a planner typed cannot be used. `detail` is the reason alone, for messages that name the prop themselves. */
export class PropError extends Error {
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.name = 'PropError';
    this.detail = detail;
  }
}

const yearsError = (whole: string, detail: string) => new PropError(bindMessages.yearsInvalid(whole, detail), detail);
const idsError = (whole: string, detail: string) => new PropError(bindMessages.idsInvalid(whole, detail), detail);

const YEAR = /^\d{4}$/;

function year(text: string, whole: string): number {
  const n = Number(text);
  if (!YEAR.test(text) || n < 1900 || n > 2100) {
    throw yearsError(whole, text === '' ? 'Ein Jahr fehlt.' : `„${text}“ ist kein Jahr (vierstellig, 1900–2100).`);
  }
  return n;
}

/**
 * `2024` → [2024]; `"2015-2024"` (or with `–`) → every year from 2015 to 2024; `"2019, 2024"` → [2019, 2024].
 * Parts may be combined: `"2010, 2015-2024"`. Result ascending, without repeats. Throws a PropError in German.
 */
export function parseYears(value: string | number): number[] {
  const whole = String(value).trim();
  if (whole === '') throw yearsError(whole, 'Die Angabe ist leer.');
  const years = new Set<number>();
  for (const part of whole.split(',')) {
    const p = part.trim();
    const range = /^(\S*)\s*[-–]\s*(\S*)$/.exec(p);
    if (range) {
      const from = year(range[1] ?? '', whole);
      const to = year(range[2] ?? '', whole);
      if (to < from) throw yearsError(whole, `Der Bereich ${from}–${to} läuft rückwärts; schreiben Sie ${to}-${from}.`);
      for (let y = from; y <= to; y++) years.add(y);
    } else {
      years.add(year(p, whole));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** Ids in a list prop with their offsets in the text: `"hw, nord"` → hw@0, nord@4. */
export function splitIds(text: string): { id: string; offset: number }[] {
  const out: { id: string; offset: number }[] = [];
  const re = /[^,;]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const id = m[0].trim();
    if (id) out.push({ id, offset: m.index + lead });
  }
  return out;
}

/** `"th, hw"` → ['th', 'hw'] (also `;`-separated, or an array). Throws a PropError in German when empty or repeated. */
export function parseIds(value: string | readonly string[]): string[] {
  const whole = typeof value === 'string' ? value : value.join(', ');
  const ids = typeof value === 'string' ? splitIds(value).map((x) => x.id) : value.map((v) => String(v).trim()).filter(Boolean);
  if (ids.length === 0) throw idsError(whole, 'Die Liste ist leer.');
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw idsError(whole, `„${twice}“ steht zweimal in der Liste.`);
  return ids;
}
