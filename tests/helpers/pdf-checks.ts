/**
 * What a typesetter checks on the printed pages, as findings (empty = all well), computed from the PDF's layout
 * (pdf-layout.ts): every numbered figure drawn and every numbered table shown below its caption, footnote calls
 * raised, no page ending with a heading, blank pages only before a section that must start on a right-hand page.
 */
import { isHeadingRun, linesOf, type Line, type PageLayout, type Run } from './pdf-layout.ts';

/** Running head and footer lie outside this band (points from the bottom of an A4 page; the margins are 24 mm). */
const CONTENT_BOTTOM = 60;
const CONTENT_TOP = 780;

const isSans = (r: Run) => /SourceSans3/.test(r.font);
const isBodyLine = (l: Line) => l.runs.some((r) => !isSans(r) && r.size >= 10);
const contentRuns = (page: PageLayout) => page.runs.filter((r) => r.upright && r.y > CONTENT_BOTTOM && r.y < CONTENT_TOP);

/** The page (1-based) and line of a caption „<kind> <n>:“ (list entries have no colon, cross-references none). */
function findCaption(pages: readonly PageLayout[], kind: string, n: number): { page: number; lines: Line[]; index: number } | null {
  for (let p = 0; p < pages.length; p++) {
    const lines = linesOf(contentRuns(pages[p]!));
    const index = lines.findIndex((l) => l.text.startsWith(`${kind} ${n}:`));
    if (index >= 0) return { page: p + 1, lines, index };
  }
  return null;
}

/**
 * Each figure („Abbildung n:“) must have its drawing below the caption on the same page: at least `minPaths`
 * painted paths between the caption and the next line of body text (or the foot of the page), in the text column.
 */
export function undrawnFigures(pages: readonly PageLayout[], numbers: readonly number[], minPaths = 5): string[] {
  const findings: string[] = [];
  for (const n of numbers) {
    const found = findCaption(pages, 'Abbildung', n);
    if (!found) {
      findings.push(`Abbildung ${n}: Beschriftung nicht gefunden`);
      continue;
    }
    const { page, lines, index } = found;
    const layout = pages[page - 1]!;
    const caption = lines[index]!;
    const next = lines.slice(index + 1).find(isBodyLine);
    const bottom = next ? next.y : CONTENT_BOTTOM;
    const left = Math.min(...caption.runs.map((r) => r.x)) - 2;
    const drawn = layout.paths.filter((b) => {
      const x = (b[0] + b[2]) / 2;
      const y = (b[1] + b[3]) / 2;
      const area = (b[2] - b[0]) * (b[3] - b[1]);
      return x >= left && x <= layout.width - 40 && y > bottom && y < caption.y && area < layout.width * layout.height * 0.5;
    });
    if (drawn.length < minPaths) findings.push(`Abbildung ${n} (Seite ${page}): unter der Beschriftung ${drawn.length} gezeichnete Pfade`);
  }
  return findings;
}

/** Each table („Tabelle n:“) must show its header row and at least one row below the caption on the same page. */
export function tablesWithoutRows(pages: readonly PageLayout[], numbers: readonly number[]): string[] {
  const findings: string[] = [];
  for (const n of numbers) {
    const found = findCaption(pages, 'Tabelle', n);
    if (!found) {
      findings.push(`Tabelle ${n}: Beschriftung nicht gefunden`);
      continue;
    }
    const { page, lines, index } = found;
    const rows: Line[] = [];
    for (const l of lines.slice(index + 1)) {
      if (isBodyLine(l)) break;
      if (l.runs.every((r) => isSans(r) && r.size < 10)) rows.push(l);
    }
    if (rows.length < 2) findings.push(`Tabelle ${n} (Seite ${page}): unter der Beschriftung ${rows.length} Tabellenzeilen`);
  }
  return findings;
}

/**
 * The footnote calls in the running text, in reading order: digits set smaller than the body text they follow
 * and raised above its baseline, right after a word. (Notes inside tables, also raised, are not counted.)
 */
export function raisedCalls(pages: readonly PageLayout[]): number[] {
  const calls: number[] = [];
  for (const page of pages) {
    const runs = contentRuns(page);
    const found = runs.filter(
      (c) =>
        /^\d+$/.test(c.str) &&
        runs.some((t) => !isSans(t) && t.size >= 10 && c.size <= t.size * 0.8 && c.y - t.y >= 1 && c.y - t.y <= 6 && Math.abs(t.x + t.width - c.x) < 3),
    );
    found.sort((p, q) => q.y - p.y || p.x - q.x);
    calls.push(...found.map((c) => Number(c.str)));
  }
  return calls;
}

/** Pages (1-based) whose last line of text above the footnotes is a heading. */
export function pagesEndingWithHeading(pages: readonly PageLayout[]): string[] {
  const findings: string[] = [];
  pages.forEach((page, i) => {
    // footnotes are smaller than 9 pt
    const last = linesOf(contentRuns(page).filter((r) => r.size >= 9)).at(-1);
    if (last?.runs.every(isHeadingRun)) findings.push(`Seite ${i + 1} endet mit der Überschrift „${last.text}“`);
  });
  return findings;
}

/** Pages (1-based) without any text or drawing between running head and footer. */
export function blankPages(pages: readonly PageLayout[]): number[] {
  return pages.flatMap((page, i) => {
    const drawn = page.paths.some((b) => b[0] > 60 && (b[1] + b[3]) / 2 > CONTENT_BOTTOM && (b[1] + b[3]) / 2 < CONTENT_TOP && (b[2] - b[0]) * (b[3] - b[1]) < page.width * page.height * 0.5);
    return contentRuns(page).length === 0 && !drawn ? [i + 1] : [];
  });
}

/** Whether a page begins a chapter, appendix or list: it holds a title of at least 20 pt (h1). */
export function startsSection(page: PageLayout): boolean {
  return contentRuns(page).some((r) => r.size >= 20);
}
