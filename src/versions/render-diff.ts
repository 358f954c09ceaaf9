/**
 * A text diff → HTML for the changes page. Deletions are `<del>` (struck through), insertions `<ins>` (underlined),
 * each starting with visually hidden „Gelöscht:“/„Eingefügt:“ so that screen readers and readers who cannot tell
 * the colours apart get the same information. The text is what readers see (reader-text.ts); paragraph breaks are
 * kept (the container uses `white-space: pre-wrap`).
 */
import type { Token } from './text-tokens.ts';
import type { Op, Segment, TextDiff } from './text-diff.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const words = (n: number) => `${n.toLocaleString('de-DE')} unveränderte${n === 1 ? 's Wort' : ' Wörter'}`;

/** The whole diff as one `<div class="textdiff">`; empty string when nothing changed. */
export function renderTextDiff(diff: TextDiff, idPrefix = 'aenderung'): string {
  if (diff.segments.length === 0) return '';
  const body = diff.segments.map((s) => renderSegment(s, idPrefix)).join('');
  return `<div class="textdiff">${body}</div>`;
}

function renderSegment(s: Segment, idPrefix: string): string {
  switch (s.type) {
    case 'kontext':
      return `<span class="textdiff__kontext">${escapeHtml(s.text)}</span>`;
    case 'auslassung':
      return `<span class="textdiff__auslassung">… ${words(s.words)} …</span>`;
    case 'aenderung':
      return `<span class="textdiff__aenderung" id="${idPrefix}-${s.index + 1}">${renderOps(s.ops)}</span>`;
  }
}

/** Consecutive tokens of one kind become one element; whitespace after the last token stays outside it. */
function renderOps(ops: readonly Op[]): string {
  let html = '';
  let i = 0;
  while (i < ops.length) {
    const kind = ops[i]!.op;
    let j = i;
    while (j < ops.length && ops[j]!.op === kind) j++;
    const tokens = ops.slice(i, j).map((o) => o.token);
    const ws = tokens.at(-1)!.ws;
    const inner = tokens.map((t, k) => renderToken(t) + escapeHtml(k === tokens.length - 1 ? '' : t.ws)).join('');
    if (kind === 'gleich') html += inner;
    else if (kind === 'geloescht') html += `<del><span class="visually-hidden">Gelöscht: </span>${inner}</del>`;
    else html += `<ins><span class="visually-hidden">Eingefügt: </span>${inner}</ins>`;
    // Between a deletion and the insertion replacing it one space: they must not run together („gestiegengesunken“),
    // and the old text's line break after the deletion would tear a changed heading apart.
    html += escapeHtml(kind === 'geloescht' && ops[j]?.op === 'eingefuegt' ? ' ' : ws);
    i = j;
  }
  return html;
}

function renderToken(t: Token): string {
  return escapeHtml(t.text);
}
