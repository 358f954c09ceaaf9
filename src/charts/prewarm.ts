/**
 * A cold build starts drawing every chart it finds in the chapters before Astro renders the first page. Astro renders
 * the print pages, which hold every chart of a publication, before the chapter pages; without this, the build stood
 * still there until the drawing threads (pool.ts) had drawn all of them. Now they draw while Astro bundles and
 * renders the pages without charts. The figures land in the shared memo (figure-memo.ts), where the pages find them.
 *
 * Only charts whose props are written out in the source (`indikator="…"`, `jahre="2015-2024"`, `gebiete={[…]}`)
 * are started here; free charts with a `spec={{…}}` and anything computed are left to their page. Nothing here
 * reports errors: a chart that fails is drawn again by its page, which reports it at its place.
 */
import { componentUses, type AttrValue } from '../chapters/components.ts';
import { chapterModel, type ChapterModel } from '../chapters/model.ts';
import type { DataStore } from '../data/types.ts';
import type { Publication } from '../publication/index.ts';
import type { ChartCache } from './cache.ts';
import { indicatorFigure, mapFigure, type FigureContext } from './figure.ts';
import { indicatorChartProps, isFreeChart, mapProps } from './props.ts';

function literal(value: AttrValue): unknown {
  if (value.kind === 'text' || value.kind === 'number') return value.value;
  if (value.kind === 'list') return value.items.map((i) => i.value);
  return undefined;
}

/** Starts every chart of the publications; resolves when all are drawn (or failed) with how many were started. */
export async function prewarmCharts(root: string, publications: readonly Publication[], store: DataStore, cache: ChartCache): Promise<number> {
  const started: Promise<unknown>[] = [];
  for (const publication of publications) {
    for (const chapter of publication.chapters) {
      const at = { file: chapter.file, line: 0, column: 0 };
      const ctx: FigureContext = { store, mindestfallzahl: publication.settings.mindestfallzahl, cache, at };
      let model: ChapterModel;
      try {
        model = chapterModel(root, chapter.file);
      } catch {
        continue;
      }
      for (const use of componentUses(model, ['Diagramm', 'Karte'])) {
        if ([...use.attrs.values()].some((v) => v.kind === 'dynamic')) continue;
        const raw = Object.fromEntries([...use.attrs].map(([k, v]) => [k, literal(v)]));
        try {
          if (use.component === 'Karte') started.push(mapFigure(ctx, mapProps(raw, at)));
          else if (!isFreeChart(raw)) started.push(indicatorFigure(ctx, indicatorChartProps(raw, at)));
        } catch {
          // invalid props: the page reports them
        }
      }
      // let Astro go on between chapters: the selections and specs are computed here, on the main thread
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.allSettled(started);
  return started.length;
}
