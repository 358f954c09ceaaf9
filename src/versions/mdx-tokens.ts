/**
 * MDX text → tokens for a word-level diff. Words, punctuation and Markdown markers are tokens as in jsdiff's
 * `diffWords`; in addition an MDX component tag (`<Wert indikator="alq" gebiet="hw" />`), an `{expression}` and an
 * `import`/`export` line are ONE token each, so a changed attribute shows as one replaced component, not as
 * scattered quote marks. Whitespace is kept with the token before it (it does not count when comparing).
 */
export type TokenKind = 'wort' | 'zeichen' | 'komponente' | 'code';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Whitespace after the token, as written. */
  ws: string;
  /** Offset of the token in the text. */
  start: number;
}

const WORD = /[\p{L}\p{N}_]+(?:[-'’.,:/][\p{L}\p{N}_]+)*/uy;
const MARKER_CHARS = '#*_~`|-=>+';

/** The chapter text without its frontmatter block (`---` … `---`), and the line offset where it starts. */
export function mdxBody(text: string): string {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.startsWith('---')) return src;
  const m = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(src);
  return m ? src.slice(m[0].length) : src;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ text: text.slice(i, end), kind, ws: '', start: i });
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const last = tokens.at(-1);
      if (last) last.ws += text.slice(i, j);
      i = j;
      continue;
    }
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart && /^(?:import|export)\s/.test(text.slice(i, i + 7))) {
      const nl = text.indexOf('\n', i);
      push('code', nl < 0 ? text.length : nl);
      continue;
    }
    if (c === '<' && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      const end = scanTag(text, i);
      if (end > 0) {
        push('komponente', end);
        continue;
      }
    }
    if (c === '{') {
      const end = scanBraces(text, i);
      if (end > 0) {
        push('code', end);
        continue;
      }
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      push('wort', i + word[0].length);
      continue;
    }
    let j = i + 1;
    if (MARKER_CHARS.includes(c)) while (text[j] === c) j++;
    push('zeichen', j);
  }
  return tokens;
}

/** End offset (after `>`) of a JSX/HTML tag starting at `start`, honouring quotes and `{…}`; -1 if unclosed. */
function scanTag(text: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let j = start + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '>' && depth === 0) return j + 1;
    else if (ch === '<' && depth === 0) return -1;
  }
  return -1;
}

function scanBraces(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let j = start; j < text.length; j++) {
    const ch = text[j]!;
    if (quote) {
      if (ch === '\\') j++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return j + 1;
  }
  return -1;
}

/** Whether the token counts as a word for „… 340 unveränderte Wörter …“. */
export function isWord(t: Token): boolean {
  return t.kind !== 'zeichen';
}
