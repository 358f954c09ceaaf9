/**
 * Runs in the print page (passed to page.evaluate) once the pages are final (after page numbers are filled), right
 * before printing: the text that Chromium writes into the PDF becomes the text a reader sees on the page.
 *
 * The build puts a soft hyphen (U+00AD) at every hyphenation point so that Paged.js and Chromium can break words.
 * Chromium writes every one of them into the PDF's text (7,315 in the demo Sozialbericht), so text extraction,
 * search and screen readers met „Land­kreis“ instead of „Landkreis“. And where a line ends between two words,
 * Chromium drops the space, so the words of a paragraph ran together („im SinneDer Chancengleichheit“).
 *
 * Here, measured on the laid-out pages:
 *   a soft hyphen where the line does not break      → removed
 *   a soft hyphen where the line breaks               → a real hyphen „-“ and a line break (`<br>`)
 *   Paged.js' hyphen (U+2011) where a page ends       → a real hyphen „-“
 *   spaces where the line breaks between words       → one space that is kept and painted (white-space: pre-wrap,
 *                                                       it hangs in the margin like the dropped one) and a `<br>`
 *   text of one paragraph, heading, item or cell     → a kept space between them
 *   meeting at a `<br>` or a box boundary unspaced
 * The pages do not change: the forced breaks keep every line where it was; the hyphen takes no room on its line
 * (negative letter-spacing), because Chromium lets the hyphen of a soft hyphen overhang the line by a fraction of a
 * pixel; every table keeps its column widths (table-layout: fixed), which whole words would otherwise change.
 *
 * Line breaks are read from the boxes of the letters: inside a text node, the letters that begin a line are found
 * by halving (the first letter whose box is no longer on the line of the line's first letter); at the ends of a
 * node, the letters on either side are compared. Chromium reports the letter after a soft line break on both
 * lines; its last box is the true one. Everything is measured before anything changes.
 */

export interface LineEndCounts {
  /** Soft hyphens removed where no line breaks. */
  softHyphensRemoved: number;
  /** Soft hyphens turned into a hyphen and a line break. */
  hyphens: number;
  /** Line ends between words that got their space. */
  spaces: number;
}

export function settleLineEnds(rootSelector: string): LineEndCounts {
  const SHY = '\u00AD';
  const PAGED_HYPHEN = '\u2011';
  const RUN = /[ \t\n\r\f\u00AD]+/g;
  const counts: LineEndCounts = { softHyphensRemoved: 0, hyphens: 0, spaces: 0 };
  const root = document.querySelector(rootSelector) ?? document.body;
  const range = document.createRange();

  const blockOf = new Map<Element, Element>();
  const preserved = new Map<Element, boolean>();
  const block = (node: Node): Element => {
    const parent = node.parentElement!;
    let found = blockOf.get(parent);
    if (!found) {
      let el: Element = parent;
      while (el.parentElement && el !== root && /^(inline|contents|ruby|ruby-text)$/.test(getComputedStyle(el).display)) el = el.parentElement;
      found = el;
      blockOf.set(parent, found);
    }
    return found;
  };
  const keepsSpaces = (node: Node): boolean => {
    const parent = node.parentElement!;
    let p = preserved.get(parent);
    if (p === undefined) {
      p = /^(pre|pre-wrap|break-spaces|pre-line)$/.test(getComputedStyle(parent).whiteSpace);
      preserved.set(parent, p);
    }
    return p;
  };
  /** The box of one character where it is drawn (the last box: see above), or null when it has none. */
  const box = (node: Text, i: number): DOMRect | null => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rects = range.getClientRects();
    return rects.length > 0 ? rects[rects.length - 1]! : null;
  };

  // A table's columns are sized by its contents: whole words instead of syllables, or a forced break, would
  // share the columns out anew and move lines. Each table keeps the column widths it has now.
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.rows);
    const columns = Math.max(0, ...rows.map((r) => r.cells.length));
    const row = rows.find((r) => r.cells.length === columns && Array.from(r.cells).every((c) => c.colSpan === 1));
    if (!row || table.querySelector(':scope > colgroup')) continue;
    const widths = Array.from(row.cells).map((c) => c.getBoundingClientRect().width);
    const colgroup = document.createElement('colgroup');
    for (const w of widths) {
      const col = document.createElement('col');
      col.style.width = `${w}px`;
      colgroup.appendChild(col);
    }
    table.insertBefore(colgroup, table.firstChild);
    table.style.tableLayout = 'fixed';
  }

  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => ((n.parentElement?.closest('svg, script, style') ?? null) === null ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const index = new Map(texts.map((t, i) => [t, i] as const));

  /** The nearest letter (not a space, not a soft hyphen) before `at` in `t` or the text nodes before it, same block. */
  const letterBefore = (t: Text, at: number): DOMRect | null => {
    const home = block(t);
    for (let k = index.get(t)!, i = at - 1; k >= 0; k--) {
      const node = texts[k]!;
      if (node !== t && block(node) !== home) return null;
      const data = node.data;
      for (i = node === t ? i : data.length - 1; i >= 0; i--) if (!/[\s\u00AD]/.test(data[i]!)) return box(node, i);
    }
    return null;
  };
  const letterAfter = (t: Text, at: number): DOMRect | null => {
    const home = block(t);
    for (let k = index.get(t)!, i = at; k < texts.length; k++) {
      const node = texts[k]!;
      if (node !== t && block(node) !== home) return null;
      const data = node.data;
      for (i = node === t ? i : 0; i < data.length; i++) if (!/[\s\u00AD]/.test(data[i]!)) return box(node, i);
    }
    return null;
  };
  /**
   * The letters (offsets into `t`) that begin a line, but the first: for each line, the first letter not on the line of
   * its first letter, found by halving (once a letter has left a line, every later one has).
   */
  const lineStartsOf = (t: Text, letters: readonly number[]): Set<number> => {
    const starts = new Set<number>();
    let s = 0;
    while (s < letters.length) {
      const base = box(t, letters[s]!);
      if (!base) {
        s++;
        continue;
      }
      const leaves = (k: number) => {
        const b = box(t, letters[k]!);
        // (lines may overlap by a fraction of their height: their middles are a line apart)
        return b !== null && (Math.abs(b.top + b.bottom - base.top - base.bottom) / 2 > base.height / 2 || b.left < base.left - 0.5);
      };
      let lo = s + 1;
      let hi = letters.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (leaves(mid)) hi = mid;
        else lo = mid + 1;
      }
      if (lo < letters.length) starts.add(letters[lo]!);
      s = lo;
    }
    return starts;
  };
  /** Whether the line breaks between two letters: the one after does not continue the line of the one before. */
  const breaksBetween = (before: DOMRect | null, after: DOMRect | null): boolean =>
    before !== null && after !== null && !(after.top < before.bottom && after.bottom > before.top && after.left >= before.right - 1);

  // measure everything first, then change: every change would lay the pages out again
  // pieces of the new text; private-use characters stand for a line break, a kept space and a hyphen
  const BR = '\uE000';
  const SPACE = '\uE001';
  const HYPHEN = '\uE002';
  type Piece = string;
  const edits = new Map<Text, Piece[]>();
  for (const t of texts) {
    const data = t.data;
    if ((!/[\s\u00AD]/.test(data) && !data.endsWith(PAGED_HYPHEN)) || keepsSpaces(t)) continue;
    range.selectNodeContents(t);
    const oneLine = range.getClientRects().length <= 1;
    if (oneLine && !data.includes(SHY) && !/^\s|\s$/.test(data) && !data.endsWith(PAGED_HYPHEN)) continue;
    // where lines begin inside this node: found by halving, a few boxes per line rather than two per word
    const letters: number[] = [];
    for (let i = 0; i < data.length; i++) if (!/[\s\u00AD]/.test(data[i]!)) letters.push(i);
    const lineStarts = oneLine ? new Set<number>() : lineStartsOf(t, letters);
    const isBroken = (start: number, end: number): boolean => {
      const next = letters.findIndex((i) => i >= end);
      // a run at either end of the node: the letters on its other side are in the text before or after
      if (next <= 0 || letters[next - 1]! >= start) return breaksBetween(letterBefore(t, start), letterAfter(t, end));
      return lineStarts.has(letters[next]!);
    };
    const pieces: Piece[] = [];
    let last = 0;
    let changed = false;
    for (const m of data.matchAll(RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const hasSpace = /\s/.test(m[0]);
      const shys = m[0].length - m[0].replaceAll(SHY, '').length;
      pieces.push(data.slice(last, start));
      last = end;
      if (!hasSpace && data[end] === PAGED_HYPHEN && end === data.length - 1) {
        // Paged.js split the word at the end of a page and added its hyphen
        pieces.push(HYPHEN);
        last = end + 1;
        counts.softHyphensRemoved += shys;
        changed = true;
        continue;
      }
      const broken = isBroken(start, end);
      if (hasSpace) {
        const kept = m[0].replaceAll(SHY, '');
        counts.softHyphensRemoved += shys;
        if (broken) {
          pieces.push(SPACE, BR);
          counts.spaces++;
          changed = true;
        } else {
          pieces.push(kept);
          changed ||= shys > 0;
        }
      } else if (broken) {
        pieces.push(HYPHEN, BR);
        counts.hyphens++;
        counts.softHyphensRemoved += shys - 1;
        changed = true;
      } else {
        counts.softHyphensRemoved += shys;
        changed = true;
      }
    }
    let rest = data.slice(last);
    if (rest.endsWith(PAGED_HYPHEN) && t.parentElement?.classList.contains('pagedjs_hyphen')) {
      pieces.push(rest.slice(0, -1), HYPHEN);
      rest = '';
      changed = true;
    }
    if (!changed) continue;
    pieces.push(rest);
    edits.set(t, pieces);
  }

  // Text of one paragraph, heading, list item or cell that meets across a box boundary or a forced line break with
  // no space between („Sozialplanung<br>Am Markt“, „1“ and „Einleitung“ as flex items of a contents entry): one
  // structure element in the PDF, read as one word. A kept space at the end of the first piece.
  const GROUP = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, caption, figcaption, blockquote, summary, address';
  const groupOf = (n: Text) => n.parentElement!.closest(GROUP);
  const outOfFlow = (el: Element) => /^(absolute|fixed)$/.test(getComputedStyle(el).position);
  const inked = texts.filter((n) => /[^\s\u00AD]/.test(n.data));
  for (let k = 0; k + 1 < inked.length; k++) {
    const a = inked[k]!;
    const b = inked[k + 1]!;
    const group = groupOf(a);
    if (!group || groupOf(b) !== group || keepsSpaces(a) || keepsSpaces(b)) continue;
    const sameBlock = block(a) === block(b);
    // text taken out of the flow (visually hidden labels for screen readers) is left alone: a space there would move
    // the centred symbol before it
    if (!sameBlock && (outOfFlow(block(a)) || outOfFlow(block(b)))) continue;
    const between = texts.slice(index.get(a)! + 1, index.get(b)!);
    // an ordinary space between them is handled above
    if (sameBlock && (/\s$/.test(a.data) || /^\s/.test(b.data) || between.length > 0)) continue;
    const end = a.data.search(/[^\s\u00AD][\s\u00AD]*$/);
    const start = b.data.search(/[^\s\u00AD]/);
    if (end < 0 || start < 0 || a.data[end] === '-' || a.data[end] === PAGED_HYPHEN) continue;
    if (sameBlock && !breaksBetween(box(a, end), box(b, start))) continue;
    const pieces = edits.get(a) ?? [a.data];
    // the piece's own white space at its end is not drawn (it ends a box or a line): the kept space replaces it
    const last = pieces.length - 1;
    pieces[last] = pieces[last]!.replace(/[\s\u00AD]+$/, '');
    pieces.push(SPACE);
    edits.set(a, pieces);
    counts.spaces++;
  }

  for (const [t, pieces] of edits) {
    if (!pieces.some((p) => p === BR || p === HYPHEN || p === SPACE)) {
      t.data = pieces.join('');
      continue;
    }
    const fragment = document.createDocumentFragment();
    let text = '';
    const flush = () => {
      if (text !== '') fragment.appendChild(document.createTextNode(text));
      text = '';
    };
    for (const piece of pieces) {
      if (piece === BR) {
        flush();
        fragment.appendChild(document.createElement('br'));
      } else if (piece === HYPHEN) {
        flush();
        const span = document.createElement('span');
        span.style.letterSpacing = '-0.5em';
        span.textContent = '-';
        fragment.appendChild(span);
      } else if (piece === SPACE) {
        flush();
        const span = document.createElement('span');
        span.style.whiteSpace = 'pre-wrap';
        span.textContent = ' ';
        fragment.appendChild(span);
      } else text += piece;
    }
    flush();
    t.replaceWith(fragment);
  }
  return counts;
}
