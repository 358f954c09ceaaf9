/**
 * Word-level changes between two versions of a chapter as readers see it (reader-text.ts: no Markdown, components
 * shown as their output).
 *
 *   tokens (text-tokens.ts) → jsdiff diffArrays (whitespace ignored) → changes: runs of deleted/inserted tokens,
 *   merged when only a few unchanged words separate them within one paragraph → segments for display: each change
 *   with ~12 words of context, longer unchanged stretches folded („… 340 unveränderte Wörter …“).
 */
import { diffArrays } from 'diff';
import type { ReaderDoc } from './reader-text.ts';
import { isWord, tokenize, type Token } from './text-tokens.ts';

export type Op = { op: 'gleich' | 'geloescht' | 'eingefuegt'; token: Token };

export interface TextChange {
  /** `ueberschrift` when the change lies in a heading. */
  kind: 'text' | 'ueberschrift';
  /** The passage before (empty when only inserted) and after (empty when only deleted). */
  alt: string;
  neu: string;
  /** The heading of the section the change is in (of the new text), or null before the first heading. */
  abschnitt: string | null;
}

export type Segment =
  | { type: 'kontext'; text: string }
  | { type: 'auslassung'; words: number }
  | { type: 'aenderung'; index: number; ops: Op[] };

export interface TextDiff {
  changes: TextChange[];
  /** The text for display: context, folds and changes in order; empty when nothing changed. */
  segments: Segment[];
}

export interface TextDiffOptions {
  /** Words of context shown around each change. Default 12. */
  context?: number;
  /** Changes separated by at most this many unchanged words (in one paragraph) count as one. Default 3. */
  mergeGap?: number;
}

/** Compares two plain texts (no headings). */
export function diffText(oldText: string, newText: string, options: TextDiffOptions = {}): TextDiff {
  return diffReaderDocs({ text: oldText, headings: [], atoms: [] }, { text: newText, headings: [], atoms: [] }, options);
}

/** Compares two versions of a chapter as readers see them. */
export function diffReaderDocs(oldDoc: ReaderDoc, newDoc: ReaderDoc, options: TextDiffOptions = {}): TextDiff {
  const oldText = oldDoc.text;
  const newText = newDoc.text;
  const context = options.context ?? 12;
  const mergeGap = options.mergeGap ?? 3;
  const parts = diffArrays(tokenize(oldText, oldDoc.atoms), tokenize(newText, newDoc.atoms), { comparator: (a, b) => a.text === b.text });
  const ops: Op[] = parts.flatMap((p) =>
    p.value.map((token) => ({ op: p.added ? 'eingefuegt' : p.removed ? 'geloescht' : 'gleich', token }) as Op),
  );
  const hunks = findHunks(ops, mergeGap, newDoc);
  const changes = hunks.map(([s, e]) => describeHunk(ops.slice(s, e), oldDoc, newDoc, ops, s));
  return { changes, segments: hunks.length ? segmentsOf(ops, hunks, context) : [] };
}

/**
 * [start, end) op ranges of the changes. Two runs of edits are one change when they lie in the same sentence
 * (no sentence end, paragraph break or new Markdown block between them) or only `mergeGap` words apart
 * within one paragraph.
 */
function findHunks(ops: readonly Op[], mergeGap: number, newDoc: ReaderDoc): [number, number][] {
  const hunks: [number, number][] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.op === 'gleich') {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      while (end < ops.length && ops[end]!.op !== 'gleich') end++;
      let j = end;
      let words = 0;
      let paragraph = PARAGRAPH.test(ops[end - 1]!.token.ws);
      let sentence = false;
      while (j < ops.length && ops[j]!.op === 'gleich') {
        const t = ops[j]!.token;
        if (isWord(t)) words++;
        if (PARAGRAPH.test(t.ws)) paragraph = true;
        if (endsSentence(t, newDoc)) sentence = true;
        j++;
      }
      if (j < ops.length && !paragraph && (!sentence || words <= mergeGap)) end = j + 1;
      else break;
    }
    hunks.push([start, end]);
    i = end;
  }
  return hunks;
}

const PARAGRAPH = /\n[ \t]*\n/;

/** After `t` a sentence ends (`.`, `!`, `?`), a line ends, or a heading ends. */
function endsSentence(t: Token, doc: ReaderDoc): boolean {
  if (t.kind === 'zeichen' && /^[.!?]$/.test(t.text) && t.ws !== '') return true;
  if (t.ws.includes('\n')) return true;
  return doc.headings.some((h) => h.end === t.start + t.text.length);
}

function inHeading(doc: ReaderDoc, offset: number): boolean {
  return doc.headings.some((h) => offset >= h.start && offset < h.end);
}

function describeHunk(hunk: readonly Op[], oldDoc: ReaderDoc, newDoc: ReaderDoc, all: readonly Op[], startIndex: number): TextChange {
  const alt = join(hunk.filter((o) => o.op !== 'eingefuegt').map((o) => o.token)).trim();
  const neu = join(hunk.filter((o) => o.op !== 'geloescht').map((o) => o.token)).trim();
  const first = hunk.find((o) => o.op !== 'gleich')!;
  const heading = inHeading(first.op === 'geloescht' ? oldDoc : newDoc, first.token.start);
  // Position in the new text: the first new-side token of the change, else the new-side token before it.
  let at = hunk.find((o) => o.op !== 'geloescht')?.token.start;
  for (let k = startIndex - 1; at === undefined && k >= 0; k--) if (all[k]!.op !== 'geloescht') at = all[k]!.token.start;
  const abschnitt = newDoc.headings.filter((h) => h.start <= (at ?? 0)).at(-1)?.text ?? null;
  return { kind: heading ? 'ueberschrift' : 'text', alt, neu, abschnitt };
}

export function join(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text + t.ws).join('');
}

function segmentsOf(ops: readonly Op[], hunks: readonly [number, number][], context: number): Segment[] {
  const segments: Segment[] = [];
  const tokensOf = (s: number, e: number) => ops.slice(s, e).map((o) => o.token);
  let pos = 0;
  hunks.forEach(([s, e], index) => {
    const gap = tokensOf(pos, s);
    const first = index === 0;
    const words = gap.filter(isWord).length;
    if (!first && words <= 2 * context) pushContext(segments, gap);
    else {
      const head = first ? 0 : cutHead(gap, context);
      const tail = cutTail(gap, context);
      if (!first) pushContext(segments, gap.slice(0, head));
      const folded = gap.slice(head, tail).filter(isWord).length;
      if (folded > 0) segments.push({ type: 'auslassung', words: folded });
      else pushContext(segments, gap.slice(head, tail));
      pushContext(segments, gap.slice(tail));
    }
    segments.push({ type: 'aenderung', index, ops: ops.slice(s, e) });
    pos = e;
  });
  const rest = tokensOf(pos, ops.length);
  const head = cutHead(rest, context);
  pushContext(segments, rest.slice(0, head));
  const folded = rest.slice(head).filter(isWord).length;
  if (folded > 0) segments.push({ type: 'auslassung', words: folded });
  else pushContext(segments, rest.slice(head));
  return segments;
}

function pushContext(segments: Segment[], tokens: readonly Token[]): void {
  if (tokens.length) segments.push({ type: 'kontext', text: join(tokens) });
}

/** Index after the first `n` words, or earlier at the last sentence end among them. */
function cutHead(tokens: readonly Token[], n: number): number {
  let words = 0;
  let i = 0;
  let sentence = -1;
  while (i < tokens.length && (words < n || !isWord(tokens[i]!))) {
    if (isWord(tokens[i]!)) words++;
    if (isBoundary(tokens[i]!)) sentence = i + 1;
    i++;
  }
  return sentence > 0 && i < tokens.length ? sentence : i;
}

/** Index of the start of the last `n` words, or later at the first sentence start among them. */
function cutTail(tokens: readonly Token[], n: number): number {
  let words = 0;
  let i = tokens.length;
  while (i > 0 && words < n) {
    i--;
    if (isWord(tokens[i]!)) words++;
  }
  if (i === 0) return 0;
  for (let k = i; k < tokens.length - 1; k++) if (isBoundary(tokens[k]!)) return k + 1;
  return i;
}

/** A sentence or line ends after this token. */
function isBoundary(t: Token): boolean {
  return (t.kind === 'zeichen' && /^[.!?:]$/.test(t.text) && t.ws !== '') || t.ws.includes('\n');
}
