/**
 * Check phase for free charts (`<Diagramm daten="frei/…" spec={{…}} />`): every spec written out in the chapter
 * source goes through the same checks as on its page (spec-free.ts: no loading, no links, the schema, known
 * fields), so `npm run check` names a bad spec at its `<Diagramm` before anything is built. Specs that are not plain
 * literals, and datasets that do not exist (reported by the data references check), are left to the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lineIndex } from '../data/read/positions.ts';
import { scanComponents } from '../data/references/mdx-scan.ts';
import type { DataStore } from '../data/types.ts';
import { ProblemError, type Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/index.ts';
import { freeSpec } from './spec-free.ts';
import { readLiteralAt } from './spec-literal.ts';

export function checkFreeCharts(paths: ProjectPaths, publications: readonly Publication[], store: DataStore): Problem[] {
  const problems: Problem[] = [];
  const files = new Set(publications.flatMap((p) => p.chapters.map((c) => c.file)));
  for (const file of files) {
    let src: string;
    try {
      src = fs.readFileSync(path.join(paths.root, file), 'utf8');
    } catch {
      continue;
    }
    const pos = lineIndex(src);
    for (const use of scanComponents(src, ['Diagramm'])) {
      const daten = use.attrs.get('daten');
      const spec = use.attrs.get('spec');
      if (daten?.kind !== 'text' || spec?.kind !== 'dynamic') continue;
      const dataset = store.datasets.get(daten.value.trim().replace(/^data\//, '').replace(/\.csv$/i, ''));
      const value = readLiteralAt(src, spec.offset);
      if (!dataset || value === undefined) continue;
      try {
        freeSpec(value, dataset, { file, ...pos(use.offset) });
      } catch (e) {
        if (e instanceof ProblemError) problems.push(...e.problems);
        else throw e;
      }
    }
  }
  return problems;
}
