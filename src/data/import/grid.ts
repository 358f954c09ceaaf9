/**
 * A raw export → rows of cells, each with its line and column in the original file. Exports are not tidy CSV:
 * metadata lines with one field, header rows with gaps, quoted notes over several lines, rows of any length.
 * So the reader keeps every row as written and leaves their meaning to the format readers.
 */
export interface GridCell {
  /** Unquoted, not trimmed. */
  value: string;
  line: number;
  column: number;
}

export interface Grid {
  /** File path relative to the project, for locations. */
  file: string;
  rows: GridCell[][];
}

/** `;`, `\t` or `,`: whichever occurs most often outside quotes in the first 50 lines. */
export function detectGridDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], ['\t', 0], [',', 0]]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 50; i++) {
    const c = text[i] ?? '';
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') lines++;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ';';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Splits text (LF line ends) into rows of fields; `""` inside quotes is one quote; a quote may span lines. */
export function parseGrid(file: string, text: string, delimiter = detectGridDelimiter(text)): Grid {
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let line = 1;
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i === 1) lineStart = 1;
  while (i <= text.length) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(i);
          i = text.length;
          break;
        }
        const chunk = text.slice(i, q);
        value += chunk;
        for (let n = chunk.indexOf('\n'); n !== -1; n = chunk.indexOf('\n', n + 1)) {
          line++;
          lineStart = i + n + 1;
        }
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // anything up to the delimiter after a closing quote belongs to the field
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n') value += text[i++];
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
      value = text.slice(i, end);
      i = end;
    }
    row.push({ value: value.replace(/\r$/, ''), line: fieldLine, column: fieldColumn });
    if (i >= text.length || text[i] === '\n') {
      if (row.some((c) => c.value.trim() !== '')) rows.push(row);
      row = [];
      if (i >= text.length) break;
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  return { file, rows };
}

/** The trimmed text of cell `k` of a row, '' if absent. */
export function cellText(row: readonly GridCell[] | undefined, k: number): string {
  return row?.[k]?.value.trim() ?? '';
}
