/**
 * Long rows of an export → cells, as if they stood in data/werte: the YAML says which values become which
 * indicator; areas are matched on `schluessel` of data/gebiete (normalised, keys.ts), else on id or exact name.
 * Rows of areas outside the project are counted in one note; problems of one cause are counted (capped.ts).
 */
import { importErrors } from '../../errors/import.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { isCount } from '../confidentiality.ts';
import { decimalEvidence, parseNumber, type NumberStyle } from '../numbers.ts';
import { closest } from '../similar.ts';
import { parseSymbol } from '../symbols.ts';
import type { Cell, Gebiet, Indikator } from '../types.ts';
import { CappedProblems } from '../validate/capped.ts';
import type { QuelleConfig } from './config.ts';
import { normaliseKey } from './keys.ts';
import type { RawValue, ReaderResult } from './types.ts';

/** How an export's area texts find the project's Gebiete. */
export interface GebietIndex {
  byKey: Map<string, string>;
  byId: ReadonlyMap<string, Gebiet>;
  byName: Map<string, string>;
}

export function gebietIndex(gebiete: ReadonlyMap<string, Gebiet>): GebietIndex {
  const byKey = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const g of gebiete.values()) {
    const k = g.schluessel ? normaliseKey(g.schluessel) : null;
    if (k !== null && !byKey.has(k)) byKey.set(k, g.id);
    const n = g.name.trim().toLowerCase();
    if (!byName.has(n)) byName.set(n, g.id);
  }
  return { byKey, byId: gebiete, byName };
}

function findGebiet(v: RawValue, index: GebietIndex): string | null {
  const k = normaliseKey(v.gebiet);
  if (k !== null) return index.byKey.get(k) ?? null;
  if (index.byId.has(v.gebiet)) return v.gebiet;
  return index.byName.get(v.gebiet.toLowerCase()) ?? index.byName.get(v.name.toLowerCase()) ?? null;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function resolveValues(
  yamlFile: string,
  config: QuelleConfig,
  result: ReaderResult,
  index: GebietIndex,
  indikatoren: ReadonlyMap<string, Indikator>,
): { cells: Cell[]; problems: Problem[] } {
  const problems: Problem[] = [...result.problems];
  const capped = new CappedProblems();
  const cells: Cell[] = [];
  const seen = new Map<string, Location>();
  const outside = new Set<string>();
  const outsideRows = new Set<number>();
  const unknownRows = new Set<number>();
  let outsideAt: Location | null = null;
  const { data } = config;
  data.werte.forEach((entry, i) => {
    const ind = indikatoren.get(entry.indikator);
    if (!ind) {
      problems.push(importErrors.indikatorUnknown(config.at(['werte', i, 'indikator']), entry.indikator));
      return;
    }
    const matching = result.values.filter(
      (v) => (entry.spalte === undefined || v.labels.some((l) => same(l, entry.spalte ?? ''))) && (entry.merkmal === undefined || v.dims.some((d) => same(d, entry.merkmal ?? ''))),
    );
    if (matching.length === 0) {
      problems.push(importErrors.spalteNotFound(config.at(['werte', i, entry.spalte === undefined ? 'indikator' : 'spalte']), entry.spalte ?? '(alle)', entry.merkmal ?? null, result.labels));
      return;
    }
    const mine = matching.map((v) => ({ v, gebiet: findGebiet(v, index) }));
    const inside = mine.filter((m) => {
      if (m.gebiet !== null) return true;
      if (normaliseKey(m.v.gebiet) === null) {
        // a name or id that matches nothing is a typo, not an area outside the project (reported once per row)
        if (unknownRows.has(m.v.gebietAt.line)) return false;
        unknownRows.add(m.v.gebietAt.line);
        const suggestion = closest(m.v.gebiet, [...index.byId.keys(), ...[...index.byId.values()].map((g) => g.name)]);
        capped.add(importErrors.gebietUnknown(m.v.gebietAt, m.v.gebiet, suggestion));
        return false;
      }
      if (i === 0) {
        outsideRows.add(m.v.gebietAt.line);
        outsideAt ??= m.v.gebietAt;
        outside.add(m.v.gebiet);
      }
      return false;
    });
    const style = numberStyle(data.dezimalzeichen, result.style, inside.map((m) => m.v.text));
    if (typeof style !== 'string') {
      const first = inside.find((m) => decimalEvidence(m.v.text) === 'mehrdeutig');
      problems.push(importErrors.decimalAmbiguous(first?.v.at ?? config.at([]), first?.v.text ?? '', yamlFile));
      return;
    }
    for (const { v, gebiet } of inside) {
      if (gebiet === null) continue;
      const jahr = v.jahr ?? data.jahr ?? null;
      if (jahr === null) {
        capped.add(importErrors.noYear(v.at, yamlFile));
        continue;
      }
      if (v.text === '') continue;
      const symbol = parseSymbol(v.text);
      let wert: number | null = null;
      if (symbol === null) {
        const n = parseNumber(v.text, style);
        if (!n.ok) {
          capped.add(importErrors.notANumber(v.at, v.text, style));
          continue;
        }
        wert = n.value;
        if (isCount(ind) && (!Number.isInteger(wert) || wert < 0)) {
          capped.add(importErrors.countInvalid(v.at, v.text, ind.id));
          continue;
        }
      }
      const key = `${ind.id}\u0000${gebiet}\u0000${jahr}`;
      const other = seen.get(key);
      if (other) {
        capped.add(importErrors.duplicateInExport(v.at, `Indikator „${ind.id}“, Gebiet „${gebiet}“, Jahr ${jahr}`, other));
        continue;
      }
      seen.set(key, v.at);
      cells.push(Object.freeze({ indikator: ind.id, gebiet, jahr, wert, symbol, hinweis: null, source: v.at }));
    }
  });
  if (outsideRows.size > 0 && outsideAt) problems.push(importErrors.outsideProject(outsideAt, outsideRows.size, outside.size));
  problems.push(...capped.list());
  return { cells, problems };
}

/** The YAML's setting, else the format's, else what the values show; `{ ambiguous }` when only `7.280`-like values decide. */
function numberStyle(setting: 'komma' | 'punkt' | undefined, format: NumberStyle | null, texts: readonly string[]): NumberStyle | { ambiguous: true } {
  if (setting) return setting === 'komma' ? 'de' : 'en';
  if (format) return format;
  let point = 0;
  let comma = 0;
  let ambiguous = 0;
  for (const t of texts) {
    const e = decimalEvidence(t);
    if (e === 'punkt') point++;
    else if (e === 'komma') comma++;
    else if (e === 'mehrdeutig') ambiguous++;
  }
  if (point > comma) return 'en';
  if (comma > 0) return 'de';
  return ambiguous > 0 ? { ambiguous: true } : 'de';
}
