/**
 * Where a chart component stands in the planner's files, for its messages: the chapter file with the line and
 * column of its `<Diagramm` or `<Karte`. Found from the page address and the component's props among the numbered
 * items of the publication (references/registry.ts, which reads each chapter source once). Looked up only when a
 * message asks for it; when nothing matches, the chapter file (or publication folder) without a line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lineIndex } from '../data/read/positions.ts';
import type { Location } from '../errors/problem.ts';
import { projectPaths } from '../project.ts';
import { propsSignature } from '../references/figure-numbers.ts';
import { pageScope, publicationItems } from '../references/registry.ts';

export interface ComponentUse {
  component: 'Diagramm' | 'Karte';
  /** The props as the component received them (the numbering wrapper has taken `marke` away). */
  props: Record<string, unknown>;
}

/** The source signature without its `marke` (the inner component never sees it). */
const withoutMarke = (signature: string) => signature.replace(/\|marke=[^;]*;?/, '|');

function locate(url: URL, use: ComponentUse, fallback: Location): Location {
  const { publication, chapterSlug } = pageScope(url);
  if (!publication) return fallback;
  const root = projectPaths().root;
  const wanted = propsSignature(use.component, use.props);
  const item = publicationItems(publication, root).find(
    (i) => i.component === use.component && (!chapterSlug || i.chapterSlug === chapterSlug) && (i.signature === wanted || withoutMarke(i.signature) === wanted),
  );
  if (!item) return fallback;
  try {
    return { file: item.file, ...lineIndex(fs.readFileSync(path.join(root, item.file), 'utf8'))(item.offset) };
  } catch {
    return { file: item.file, line: 0, column: 0 };
  }
}

/** The location of `use` on the page at `url`, computed on first read of any of its fields. */
export function componentLocation(url: URL, use: ComponentUse, fallback: Location): Location {
  let found: Location | undefined;
  const get = () => (found ??= locate(url, use, fallback));
  return {
    get file() {
      return get().file;
    },
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}
