/**
 * Statistical confidentiality. Small counts can identify people in a small Gemeinde, so:
 *
 * 0. Which indicators: those with `geheimhaltung: ja` in the catalogue; without that column or with an empty
 *    cell, those whose einheit is a count (`isCountUnit`: `Anzahl`, `Anzahl …`, `Personen`, `Fälle`,
 *    `Haushalte` …). `geheimhaltung: nein` switches it off for counts that are public anyway. See `suppresses`.
 * 1. Primary suppression: such a value from 1 up to below the publication's `mindestfallzahl` (default 3) is never
 *    published; it is shown as `*`. A zero names nobody and is published. See `belowMinimum`.
 * 2. Secondary suppression: no withheld value may be computable from the published ones either. Children add up to
 *    their parent (Kreis = Σ Gemeinden, Gemeinde = Σ Sozialräume: the cautious assumption when they do not), so the
 *    published values give one equation per parent. We bound every hidden value the way a reader could (see
 *    `readerBounds`): from those equations and from what the handbook says – a hidden value is at least 1, since
 *    zeros are published and a zero is never withheld as a complement. A hidden value is protected when the reader's
 *    interval holds more than one number. While one is not, the smallest non-zero published neighbour (sibling or
 *    child) that protects both it and itself is withheld too; if none does on its own, the smallest one is withheld
 *    and the search goes on; if there is none at all, the parent is withheld. This works across levels
 *    (Kreis → Gemeinde → Sozialraum): a Gemeinde whose Sozialräume are all published is computable and is therefore
 *    never chosen as a complement.
 *
 * "Secret" also covers values delivered as `*` or `.` (which may mean „geheim zu halten“): they are protected in
 * the same way (bounded below by 0, since we do not know them). Other symbols stay as they are and count as 0 in
 * the equations (cautious: the reader's interval is never narrower than ours); `–` is published zero.
 */
import type { Cell, Gebiet, Indikator } from './types.ts';

export const DEFAULT_MINDESTFALLZAHL = 3;

/** How many of the smallest published neighbours are tried as the complement of one weak value (see complementFor). */
const COMPLEMENT_TRIALS = 3;

/** Whether values are shown with the unit `Anzahl` (no unit after the number). Not the confidentiality rule: see `suppresses`. */
export function isCount(indikator: Pick<Indikator, 'einheit'>): boolean {
  return indikator.einheit.trim().toLowerCase() === 'anzahl';
}

/** Words that name what is counted when they stand alone as the einheit (`Personen`, `Fälle (Jahressumme)` …). */
export const COUNT_WORDS = [
  'anzahl',
  'personen',
  'person',
  'menschen',
  'fälle',
  'fall',
  'haushalte',
  'haushalt',
  'familien',
  'kinder',
  'kind',
  'jugendliche',
  'bedarfsgemeinschaften',
  'bedarfsgemeinschaft',
  'leistungsberechtigte',
  'leistungsempfänger',
  'empfänger',
  'empfängerinnen',
  'einwohner',
  'einwohnerinnen',
  'schüler',
  'schülerinnen',
  'arbeitslose',
  'beschäftigte',
  'pflegebedürftige',
  'hilfen',
  'maßnahmen',
  'verfahren',
  'anträge',
] as const;

/** Marks of a rate, share or amount: `je 1.000 Einw.`, `pro Kopf`, `%`, `‰`, `Euro`, `Jahre` … */
const RATE_MARK = /(^|\s)(je|pro)(\s|$)|[%‰/€]|\b(anteil|quote|euro|eur|jahre|tage|durchschnitt|mittelwert|median|index|punkte)\b/iu;

/**
 * Whether an einheit names a count: it starts with `Anzahl`, or its first word is a count word (`Personen`,
 * `Fälle`, `Haushalte`, `Kinder`, `Bedarfsgemeinschaften` … see `COUNT_WORDS`), and it carries no mark of a rate
 * (`je`, `pro`, `%`, `‰`, `/`, `Euro`, `Anteil` …). So `Anzahl`, `Anzahl Fälle`, `Personen`, `Kinder unter 15` are
 * counts; `%`, `je 1.000 Einw.`, `Personen je km²`, `Euro` are not.
 */
export function isCountUnit(einheit: string): boolean {
  const unit = einheit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (unit === '' || RATE_MARK.test(unit)) return false;
  if (unit.startsWith('anzahl')) return true;
  const first = unit.split(/[\s(,;:]/)[0] ?? '';
  return (COUNT_WORDS as readonly string[]).includes(first);
}

/** Whether small values of this indicator are withheld: the catalogue's `geheimhaltung`, else whether it is a count. */
export function suppresses(indikator: Pick<Indikator, 'einheit' | 'geheimhaltung'>): boolean {
  return indikator.geheimhaltung ?? isCountUnit(indikator.einheit);
}

/**
 * The primary rule, in one place. Counts from 1 up to below the threshold are withheld. A zero names nobody and is
 * published, as the Statistik der Bundesagentur für Arbeit does (it withholds 1 and 2).
 */
export function belowMinimum(wert: number, mindestfallzahl: number): boolean {
  return wert > 0 && wert < mindestfallzahl;
}

export interface SuppressionOptions {
  /** Apply the primary rule (false for an indicator with `geheimhaltung: nein`). Default true. */
  primary?: boolean;
  /** Gebiete to withhold in any case (the changes page: what the other Fassung withholds). */
  also?: ReadonlySet<string>;
}

/** One parent and its children, all with a cell for this indicator and year. */
interface Family {
  parent: string;
  kids: string[];
}

/**
 * The Gebiete whose value of one indicator in one year must be shown as `*`.
 * @param cells the year's cells by Gebiet id
 * @param order position of a Gebiet in the files, to break ties between equal values
 */
export function suppressedGebiete(
  cells: ReadonlyMap<string, Cell>,
  gebiete: ReadonlyMap<string, Gebiet>,
  mindestfallzahl: number,
  order: (id: string) => number,
  options: SuppressionOptions = {},
): Set<string> {
  const suppressed = new Set<string>();
  let delivered = false;
  for (const [id, c] of cells) {
    if (c.wert !== null && (options.primary ?? true) && belowMinimum(c.wert, mindestfallzahl)) suppressed.add(id);
    if (c.wert !== null && options.also?.has(id)) suppressed.add(id);
    if (isDeliveredSecret(c)) delivered = true;
  }
  if (suppressed.size === 0 && !delivered) return suppressed;

  const families = familiesOf(cells, gebiete);
  const byMember = new Map<string, Family[]>();
  for (const f of families) {
    for (const id of [f.parent, ...f.kids]) byMember.set(id, [...(byMember.get(id) ?? []), f]);
  }
  const protectedIds = (): string[] =>
    [...cells.keys()].filter((id) => suppressed.has(id) || isDeliveredSecret(cells.get(id)!)).sort((a, b) => order(a) - order(b));
  // No equation holds a value without bounds, so nothing can be computed about it.
  const safe = (id: string, bounds: Map<string, Bounds>): boolean => {
    const b = bounds.get(id);
    return b === undefined || b.lo < b.hi;
  };
  const candidate = (id: string): boolean => {
    const w = cells.get(id)?.wert;
    return w != null && w > 0 && !suppressed.has(id);
  };
  const byValue = (a: string, b: string): number => (cells.get(a)!.wert ?? 0) - (cells.get(b)!.wert ?? 0) || order(a) - order(b);
  /** The families linked to `start` through hidden values: the only equations a change at `start` can matter to. */
  const componentOf = (start: readonly string[], hidden: ReadonlySet<string>): Family[] => {
    const seen = new Set<Family>();
    const visited = new Set(start);
    const queue = [...start];
    while (queue.length > 0) {
      for (const f of byMember.get(queue.pop()!) ?? []) {
        if (seen.has(f)) continue;
        seen.add(f);
        for (const m of [f.parent, ...f.kids]) {
          if (!visited.has(m) && (hidden.has(m) || isDeliveredSecret(cells.get(m)!))) {
            visited.add(m);
            queue.push(m);
          }
        }
      }
    }
    return [...seen];
  };

  /** The smallest non-zero published sibling or child of `weak` that protects both; else the smallest one. */
  const complementFor = (weak: string): string | undefined => {
    const own = byMember.get(weak) ?? [];
    const neighbours = [...new Set(own.flatMap((f) => (f.parent === weak ? f.kids : f.kids.filter((k) => k !== weak))))].filter(candidate).sort(byValue);
    // Trying a complement costs a bound computation over its component; the few smallest are tried, and if none
    // protects both on its own the smallest is taken: the loop below checks again and adds more while any hidden
    // value is still computable, so this bounds the work (large projects), not the protection.
    const fits = neighbours.slice(0, COMPLEMENT_TRIALS).find((c) => {
      const hidden = new Set([...suppressed, c]);
      const trial = readerBounds(cells, componentOf([weak, c], hidden), hidden);
      return safe(weak, trial) && safe(c, trial);
    });
    return fits ?? neighbours[0];
  };

  const unfixable = new Set<string>();
  for (let guard = 2 * cells.size + 2; guard > 0; guard--) {
    const bounds = readerBounds(cells, families, suppressed);
    const weak = protectedIds().filter((id) => !unfixable.has(id) && !safe(id, bounds));
    if (weak.length === 0) break;
    // One complement per weak value, in file order; a value whose equations a complement of this round touched
    // waits for the next round (it may be protected already).
    const touched = new Set<Family>();
    let added = false;
    for (const id of weak) {
      if ((byMember.get(id) ?? []).some((f) => touched.has(f))) continue;
      const next = complementFor(id);
      if (next === undefined) continue;
      suppressed.add(next);
      added = true;
      for (const f of componentOf([id, next], suppressed)) touched.add(f);
    }
    if (added) continue;
    // No weak value has a published non-zero neighbour left: withhold its parent (the sum that gives it away).
    const parent = (byMember.get(weak[0]!) ?? []).map((f) => f.parent).find((p) => p !== weak[0] && candidate(p));
    if (parent === undefined) unfixable.add(weak[0]!);
    else suppressed.add(parent);
  }
  return suppressed;
}

function isDeliveredSecret(c: Cell): boolean {
  return c.symbol === '*' || c.symbol === '.';
}

function familiesOf(cells: ReadonlyMap<string, Cell>, gebiete: ReadonlyMap<string, Gebiet>): Family[] {
  const kids = new Map<string, string[]>();
  for (const id of cells.keys()) {
    const parent = gebiete.get(id)?.eltern;
    if (parent && cells.has(parent)) kids.set(parent, [...(kids.get(parent) ?? []), id]);
  }
  return [...kids].map(([parent, k]) => ({ parent, kids: k })).filter((f) => addsUp(cells, f));
}

/**
 * Whether a family's delivered values really add up (parent = Σ children), or cannot be told because a value was
 * delivered as a secret. Only such equations let a reader compute a hidden value; where the data do not add up
 * (other areas in the total, rounding, different sources) the equation gives nothing away, and treating it as one
 * withheld every value of a count whose totals differ from their parts.
 */
function addsUp(cells: ReadonlyMap<string, Cell>, f: Family): boolean {
  const members = [f.parent, ...f.kids].map((id) => cells.get(id)!);
  const value = (c: Cell): number => c.wert ?? 0;
  const sum = f.kids.reduce((n, id) => n + value(cells.get(id)!), 0);
  const tolerance = 1e-9 * Math.max(1, Math.abs(sum));
  // a value delivered as a secret is unknown to us too: the equation can hold if the known parts leave room for it
  if (isDeliveredSecret(members[0]!)) return true;
  if (members.some(isDeliveredSecret)) return sum <= value(members[0]!) + tolerance;
  return Math.abs(value(members[0]!) - sum) <= tolerance;
}

interface Bounds {
  lo: number;
  hi: number;
}

/**
 * What a reader can know about each hidden value: the interval [lo, hi] left by the published values and the
 * equations parent = Σ children, starting from lo = 1 for values we withhold (a withheld value is never 0) and
 * lo = 0 for delivered secrets. Bounds are tightened equation by equation until nothing changes. Gebiete form a
 * tree, so this gives the exact interval of every hidden value (for a tree of such equations, tightening each one
 * on its own reaches the true projection). Known values: published numbers; other symbols count as 0. Only the
 * members of `families` get bounds (a value in no equation cannot be computed).
 */
export function readerBounds(cells: ReadonlyMap<string, Cell>, families: readonly Family[], hidden: ReadonlySet<string>): Map<string, Bounds> {
  const bounds = new Map<string, Bounds>();
  for (const f of families) {
    for (const id of [f.parent, ...f.kids]) {
      if (hidden.has(id)) bounds.set(id, { lo: 1, hi: Infinity });
      else if (isDeliveredSecret(cells.get(id)!)) bounds.set(id, { lo: 0, hi: Infinity });
    }
  }
  const known = (id: string): number => cells.get(id)?.wert ?? 0;
  // parent − Σ kids = 0, as terms (id, coefficient).
  const equations = families
    .map((f) => [{ id: f.parent, a: 1 }, ...f.kids.map((id) => ({ id, a: -1 }))])
    .filter((terms) => terms.some((t) => bounds.has(t.id)));
  /** A term's contribution −a·y to the right-hand side of a·x = −Σ others, as an interval. */
  const contribution = (y: { id: string; a: number }): [number, number] => {
    const by = bounds.get(y.id);
    if (!by) return [-y.a * known(y.id), -y.a * known(y.id)];
    return y.a > 0 ? [-by.hi, -by.lo] : [by.lo, by.hi];
  };
  for (let pass = 0; pass < 100; pass++) {
    let changed = false;
    for (const terms of equations) {
      // The sum of all contributions once (finite parts and the number of infinite ones), then each term's own
      // taken out: linear in the size of a family.
      let loSum = 0;
      let hiSum = 0;
      let loInf = 0;
      let hiInf = 0;
      const parts = terms.map(contribution);
      for (const [l, h] of parts) {
        if (l === -Infinity) loInf++;
        else loSum += l;
        if (h === Infinity) hiInf++;
        else hiSum += h;
      }
      terms.forEach((x, i) => {
        const bx = bounds.get(x.id);
        if (!bx) return;
        const [l, h] = parts[i]!;
        const lo = loInf - (l === -Infinity ? 1 : 0) > 0 ? -Infinity : loSum - (l === -Infinity ? 0 : l);
        const hi = hiInf - (h === Infinity ? 1 : 0) > 0 ? Infinity : hiSum - (h === Infinity ? 0 : h);
        const [nlo, nhi] = x.a > 0 ? [lo, hi] : [-hi, -lo];
        if (nlo > bx.lo) {
          bx.lo = nlo;
          changed = true;
        }
        if (nhi < bx.hi) {
          bx.hi = nhi;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  return bounds;
}
