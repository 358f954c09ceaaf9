/**
 * Cross-file check: every indicator, Gebiet, dataset and year a chapter names in `<Wert>`, `<Tabelle>`,
 * `<Diagramm>` or `<Karte>` must exist in the data. Problems point at the attribute value in the .mdx file
 * (lines counted from the top of the file, frontmatter included).
 */
import { chartErrors } from '../../errors/charts.ts';
import { referenceErrors, type Component } from '../../errors/data.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { componentUses, type AttrValue } from '../../chapters/components.ts';
import { chapterFiles } from '../../chapters/files.ts';
import { chapterModel } from '../../chapters/model.ts';
import type { ProjectPaths } from '../../project.ts';
import { parseYears, PropError, splitIds } from '../format.ts';
import { closest } from '../similar.ts';
import type { DataStore } from '../types.ts';

export const DATA_COMPONENTS: readonly Component[] = ['Wert', 'Tabelle', 'Diagramm', 'Karte'];

/** The ids in a text or list attribute, each with its own offset. */
function ids(v: AttrValue): { id: string; offset: number }[] {
  if (v.kind === 'text') return splitIds(v.value).map((x) => ({ id: x.id, offset: v.offset + x.offset }));
  if (v.kind === 'list') return v.items.map((x) => ({ id: x.value, offset: x.offset }));
  return [];
}

export function checkChapterReferences(paths: ProjectPaths, store: DataStore): Problem[] {
  const problems: Problem[] = [];
  for (const file of chapterFiles(paths)) {
    const model = chapterModel(paths.root, file);
    const at = (offset: number): Location => ({ file, ...model.position(offset) });
    for (const use of componentUses(model, DATA_COMPONENTS)) {
      problems.push(...checkUse(use.component as Component, use.attrs, at(use.offset), at, store));
    }
  }
  return problems;
}

function checkUse(component: Component, attrs: Map<string, AttrValue>, tagAt: Location, at: (o: number) => Location, store: DataStore): Problem[] {
  const problems: Problem[] = [];
  // missing props and years that cannot be read are reported by the component's schema (chapters/props-check.ts)

  let indikator: string | null = null;
  const ind = attrs.get('indikator');
  if (ind?.kind === 'text') {
    const id = ind.value.trim();
    if (store.indikatoren.has(id)) indikator = id;
    else problems.push(referenceErrors.unknown(at(ind.offset), component, 'indikator', id, 'indikator', closest(id, store.indikatoren.keys()), []));
  }

  const gebiete: string[] = [];
  for (const attr of ['gebiet', 'gebiete']) {
    const v = attrs.get(attr);
    if (!v) continue;
    for (const { id, offset } of ids(v)) {
      if (store.gebiete.has(id)) gebiete.push(id);
      else problems.push(referenceErrors.unknown(at(offset), component, attr, id, 'gebiet', closest(id, store.gebiete.keys()), []));
    }
  }

  const daten = attrs.get('daten');
  if (daten?.kind === 'text') {
    const name = daten.value.trim();
    if (!store.datasets.has(name)) {
      const names = [...store.datasets.keys()];
      const stripped = name.replace(/^\.?\/?data\//, '').replace(/\.csv$/i, '');
      const suggestion = store.datasets.has(stripped) ? stripped : closest(name, names);
      problems.push(referenceErrors.unknown(at(daten.offset), component, 'daten', name, 'daten', suggestion, names));
    }
  }

  for (const attr of ['jahr', 'jahre']) {
    const v = attrs.get(attr);
    if (!v || (v.kind !== 'text' && v.kind !== 'number')) continue;
    let years: number[];
    try {
      years = parseYears(v.value);
    } catch (err) {
      if (!(err instanceof PropError)) throw err;
      continue;
    }
    if ((component === 'Wert' || component === 'Karte') && attr === 'jahr' && years.length !== 1) continue;
    if (!indikator) continue;
    const available = store.years(indikator);
    const single = gebiete.length === 1 && attrs.get('gebiet') ? gebiete[0] : undefined;
    if (attr === 'jahr') {
      for (const y of years) {
        const has = single ? store.cell(indikator, single, y) !== undefined : available.includes(y);
        if (!has) {
          const forGebiet = single ? store.series(indikator, single).map((c) => c.jahr) : available;
          problems.push(referenceErrors.yearWithoutValue(at(v.offset), component, indikator, single ?? null, y, forGebiet));
        }
      }
    } else {
      const missing = years.filter((y) => !available.includes(y));
      if (missing.length) problems.push(referenceErrors.yearsWithoutValue(at(v.offset), component, indikator, missing, available));
    }
  }
  if (component === 'Karte' && indikator && !hasOutlineWithValue(store, indikator)) problems.push(chartErrors.noGeometry(tagAt, indikator));
  return problems;
}

/** Whether some Gebiet with an outline in data/geo has a value of the indicator (else the map would be empty). */
function hasOutlineWithValue(store: DataStore, indikator: string): boolean {
  return store.geo.some((f) => store.series(indikator, f.properties.id).some((c) => c.wert !== null && c.wert !== undefined));
}
