/**
 * The reader's text (reader-text.ts) → tokens for a word-level diff, as jsdiff's `diffWords`: words and punctuation
 * marks are tokens; whitespace is kept with the token before it (it does not count when comparing).
 */
export type TokenKind = 'wort' | 'zeichen';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Whitespace after the token, as written. */
  ws: string;
  /** Offset of the token in the text. */
  start: number;
}

const WORD = /[\p{L}\p{N}_]+(?:[-'’.,:/%][\p{L}\p{N}_]+)*/uy;

/** Tokens of `text`; each of `atoms` (component output) is one token. */
export function tokenize(text: string, atoms: readonly { start: number; end: number }[] = []): Token[] {
  const tokens: Token[] = [];
  const atomAt = new Map(atoms.map((a) => [a.start, a.end]));
  let i = 0;
  while (i < text.length) {
    const atomEnd = atomAt.get(i);
    if (atomEnd !== undefined && atomEnd > i) {
      tokens.push({ text: text.slice(i, atomEnd), kind: 'wort', ws: '', start: i });
      i = atomEnd;
      continue;
    }
    const c = text[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const last = tokens.at(-1);
      if (last) last.ws += text.slice(i, j);
      i = j;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    const end = word ? i + word[0].length : i + 1;
    tokens.push({ text: text.slice(i, end), kind: word ? 'wort' : 'zeichen', ws: '', start: i });
    i = end;
  }
  return tokens;
}

/** Whether the token counts as a word for „… 340 unveränderte Wörter …“. */
export function isWord(t: Token): boolean {
  return t.kind !== 'zeichen';
}
