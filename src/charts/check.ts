/**
 * Check phase for free charts (`<Diagramm daten="frei/…" spec={{…}} />`): every spec written out in the chapter
 * goes through the same checks as on its page (spec-free.ts: no loading, no links, the schema, known fields), so
 * `npm run check` names a bad spec at its `<Diagramm` before anything is built. The spec is read from the chapter
 * model's estree as a literal (chapters/components.ts); nothing is run. Specs that are not plain literals are errors
 * of chapters/content-only.ts, and datasets that do not exist are reported by the data references check.
 */
import { componentUses } from '../chapters/components.ts';
import { chapterModel } from '../chapters/model.ts';
import type { DataStore } from '../data/types.ts';
import { ProblemError, type Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import type { Publication } from '../publication/index.ts';
import { freeSpec } from './spec-free.ts';

export function checkFreeCharts(paths: ProjectPaths, publications: readonly Publication[], store: DataStore): Problem[] {
  const problems: Problem[] = [];
  const files = new Set(publications.flatMap((p) => p.chapters.map((c) => c.file)));
  for (const file of files) {
    let model;
    try {
      model = chapterModel(paths.root, file);
    } catch {
      continue;
    }
    for (const use of componentUses(model, ['Diagramm'])) {
      const daten = use.attrs.get('daten');
      const spec = use.props.spec;
      if (daten?.kind !== 'text' || spec === undefined || spec === null || typeof spec !== 'object' || Array.isArray(spec)) continue;
      const dataset = store.datasets.get(daten.value.trim().replace(/^data\//, '').replace(/\.csv$/i, ''));
      if (!dataset) continue;
      try {
        freeSpec(spec, dataset, { file, ...model.position(use.offset) });
      } catch (e) {
        if (e instanceof ProblemError) problems.push(...e.problems);
        else throw e;
      }
    }
  }
  return problems;
}
