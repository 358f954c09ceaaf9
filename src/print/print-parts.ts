/**
 * Parallel pagination, the plan: a long publication is laid out in parts, each in its own browser tab (its own
 * process, so on its own core), and the pages are joined afterwards (join-pages.ts).
 *
 * A part is a run of consecutive top-level sections of the print page (`data-druckteil`: chapters and appendices).
 * Every such section starts on a right-hand page, so a part's pages are exactly the pages the whole would have
 * there; the front matter (cover, contents, lists) belongs to the first part. The parts are balanced by an estimate
 * of their length from the HTML: text outside charts, plus a fixed share of a page per chart, image and table row.
 */
import { splitSvg } from '../html/svg-segments.ts';

/** Attribute that marks a section of the print page where a part may begin. */
export const PART_ATTRIBUTE = 'data-druckteil';

/** Estimated pages per character of text, per chart or image, per table row (10.5 pt serif on A4). */
const CHARS_PER_PAGE = 3200;
const PAGES_PER_FIGURE = 0.45;
const PAGES_PER_ROW = 0.025;

/**
 * The first part does more than its pages show: Paged.js reads the style sheets and the whole content first, and the
 * lists of figures and tables are only filled in the browser (figure-lists.ts), a line per numbered figure or table.
 */
const FIRST_PART_EXTRA_PAGES = 10;
const LIST_PAGES_PER_ITEM = 0.035;
/**
 * Measured on the benchmark's publications: the first tab needed about a quarter more time per page than the others
 * (it holds the front matter and starts the work), so it gets less to do.
 */
const FIRST_PART_WEIGHT = 1.25;

/** A part is only worth its own tab (a second load of the print page, the join) from this many pages on. */
export const MIN_PAGES_PER_PART = 30;

export interface PartRange {
  /** Index of the first `data-druckteil` section of the part (the first part also holds what precedes it). */
  from: number;
  /** Index after the last section of the part. */
  to: number;
}

export interface PartPlan {
  /** Estimated pages of the whole publication. */
  pages: number;
  parts: PartRange[];
}

const SECTION_START = new RegExp(`<section\\b[^>]*\\s${PART_ATTRIBUTE}[\\s=>]`, 'g');

/** Estimated pages of a piece of the print page's HTML. */
export function estimatePages(html: string): number {
  const segments = splitSvg(html);
  const charts = segments.filter((s) => s.svg).length;
  const markup = segments.filter((s) => !s.svg).map((s) => s.text).join('');
  const figures = charts + (markup.match(/<img\b/g)?.length ?? 0);
  const rows = markup.match(/<tr\b/g)?.length ?? 0;
  const text = markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').length;
  return text / CHARS_PER_PAGE + figures * PAGES_PER_FIGURE + rows * PAGES_PER_ROW;
}

/**
 * Splits the print page into at most `maxParts` parts of similar length, each of at least `minPagesPerPart`
 * estimated pages; one part when the page has no sections to split at.
 */
export function planParts(html: string, maxParts: number, minPagesPerPart = MIN_PAGES_PER_PART): PartPlan {
  const starts = [...html.matchAll(SECTION_START)].map((m) => m.index);
  const end = html.lastIndexOf('</body>');
  if (starts.length === 0) return { pages: estimatePages(html), parts: [{ from: 0, to: 0 }] };
  const numbered = html.match(/<figure\b[^>]*\sdata-art=/g)?.length ?? 0;
  const front = estimatePages(html.slice(0, starts[0])) + FIRST_PART_EXTRA_PAGES + numbered * LIST_PAGES_PER_ITEM;
  const sections = starts.map((start, i) => estimatePages(html.slice(start, starts[i + 1] ?? (end > start ? end : html.length))));
  const pages = front + sections.reduce((a, b) => a + b, 0);
  const count = Math.max(1, Math.min(maxParts, sections.length, Math.floor(pages / minPagesPerPart)));
  // cumulative[i]: estimated pages before section i (the front matter counts for the first part)
  const cumulative = [front];
  for (const s of sections) cumulative.push(cumulative[cumulative.length - 1]! + s);
  const closest = (from: number, to: number, cost: (i: number) => number) => {
    let best = from;
    for (let i = from; i <= to; i++) if (Math.abs(cost(i)) < Math.abs(cost(best))) best = i;
    return best;
  };
  // the first part's pages take longer to lay out: it ends where its weighted length meets the average of the rest
  const cuts = [0];
  if (count > 1) {
    cuts.push(closest(1, sections.length - count + 1, (i) => cumulative[i]! * FIRST_PART_WEIGHT - (pages - cumulative[i]!) / (count - 1)));
  }
  for (let k = 2; k < count; k++) {
    const start = cumulative[cuts[1]!]!;
    const target = start + ((pages - start) * (k - 1)) / (count - 1);
    cuts.push(closest(cuts[k - 1]! + 1, sections.length - count + k, (i) => cumulative[i]! - target));
  }
  cuts.push(sections.length);
  const parts = cuts.slice(1).map((to, k) => ({ from: cuts[k]!, to }));
  return { pages, parts };
}
