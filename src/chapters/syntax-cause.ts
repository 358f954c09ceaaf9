/**
 * Where a planner has to look when the MDX parser gives up. micromark often stops where it noticed the problem —
 * the end of the paragraph for an unclosed `{` or tag, the character after a `<` — not where the planner made it.
 * When the cause is unambiguous, this finds the offending `<` or `{` and names it:
 *
 *   `Text {Klammer`               eof in expression     → the `{` with no `}` after it
 *   `Text mit <Wert a="x"`        eof in tag            → the `<` of the tag that never ends
 *   `3 <5 Fälle`                  character before name → the `<` in front of it
 *   `<Wert a="x">` (no `</Wert>`) closing tag expected  → the opening tag (its position is in the parser's reason)
 *   `<Wert a="x"` ⏎⏎ `Weiter.`     attribute after a blank line → the `<` of the tag (a tag never spans paragraphs)
 *   `<Wert gebiet=ms />`          character before value → the value without quotes (where the parser stops)
 *   `<Begriff>b</Wert>`           closing tag mismatch   → the closing tag, naming the open one
 *
 * Anything else keeps the parser's place and reason.
 */
import type { SyntaxFailure } from './parse.ts';

export type SyntaxCause =
  | { kind: 'tag-unclosed'; name: string }
  | { kind: 'tag-unended'; name: string }
  | { kind: 'less-than'; next: string }
  | { kind: 'brace' }
  | { kind: 'unquoted'; attribute: string; value: string }
  | { kind: 'tag-mismatch'; closing: string; open: string; line: number; column: number }
  | { kind: 'other'; family: 'jsx' | 'expression' | 'other'; reason: string };

const NAME_START = /[A-Za-z$_]/;

/** Offset of 1-based line and column in `source`. */
function offsetOf(source: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf('\n', start);
    if (nl === -1) return source.length;
    start = nl + 1;
  }
  return start + column - 1;
}

/** The last `<name` before `end` that no unquoted `>` closes before `end`, or -1. */
function openTagBefore(source: string, end: number): number {
  for (let i = source.lastIndexOf('<', end - 1); i !== -1; i = i === 0 ? -1 : source.lastIndexOf('<', i - 1)) {
    if (source[i - 1] === '\\' || !NAME_START.test(source[i + 1] ?? '')) continue;
    let quote: string | null = null;
    let closed = false;
    for (let j = i + 1; j < end; j++) {
      const c = source[j]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') {
        closed = true;
        break;
      }
    }
    return closed ? -1 : i;
  }
  return -1;
}

/** The last `{` before `end` that no `}` closes before `end` (escaped `\{` and `\}` are text), or -1. */
function openBraceBefore(source: string, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = source[i];
    if ((c !== '{' && c !== '}') || source[i - 1] === '\\') continue;
    if (c === '}') depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return -1;
}

const tagName = (source: string, lt: number) => /^[A-Za-z$_][\w$.:-]*/.exec(source.slice(lt + 1))?.[0] ?? '';

/** The offset of the cause and what it is. */
export function syntaxCause(source: string, failure: SyntaxFailure): { offset: number; cause: SyntaxCause } {
  const { reason, rule } = failure;
  const at = failure.offset > 0 || (failure.line === 1 && failure.column === 1) ? failure.offset : offsetOf(source, failure.line, failure.column);
  const family = failure.source?.includes('jsx') ? 'jsx' : failure.source?.includes('expression') ? 'expression' : 'other';
  const keep = { offset: at, cause: { kind: 'other', family, reason } as SyntaxCause };

  if (rule === 'end-tag-mismatch') {
    const m = /^Expected a closing tag for `<([^`>]*)>` \((\d+):(\d+)-/.exec(reason);
    if (m) return { offset: offsetOf(source, Number(m[2]), Number(m[3])), cause: { kind: 'tag-unclosed', name: m[1]! } };
    const w = /^Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>` \((\d+):(\d+)-/.exec(reason);
    if (w) return { offset: at, cause: { kind: 'tag-mismatch', closing: w[1]!, open: w[2]!, line: Number(w[3]), column: Number(w[4]) } };
    return keep;
  }
  if (family === 'expression' && rule === 'unexpected-eof') {
    const brace = openBraceBefore(source, at);
    return brace === -1 ? keep : { offset: brace, cause: { kind: 'brace' } };
  }
  if (family !== 'jsx') return keep;
  if (rule === 'unexpected-character' && /\bbefore name\b/.test(reason)) {
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const before = source.slice(lineStart, at);
    const m = /<\/?\s*$/.exec(before);
    if (m) return { offset: lineStart + m.index, cause: { kind: 'less-than', next: source[at] ?? '' } };
    return keep;
  }
  if (rule === 'unexpected-character' && /\bbefore attribute value\b/.test(reason)) {
    const attribute = /([\w$:.-]+)\s*=\s*$/.exec(source.slice(source.lastIndexOf('\n', at - 1) + 1, at))?.[1];
    const value = /^[^\s/>]+/.exec(source.slice(at))?.[0];
    if (attribute && value) return { offset: at, cause: { kind: 'unquoted', attribute, value } };
    return keep;
  }
  const lt = openTagBefore(source, at);
  if (lt === -1) return keep;
  if (rule === 'unexpected-eof' || /\n[ \t]*\n/.test(source.slice(lt, at))) {
    return { offset: lt, cause: { kind: 'tag-unended', name: tagName(source, lt) } };
  }
  return keep;
}
