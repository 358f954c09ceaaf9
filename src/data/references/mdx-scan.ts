/**
 * Finds uses of the data components (`<Wert …>`, `<Tabelle …>` …) in MDX source, with the offset of every
 * attribute value. A small tokenizer, not an MDX parser: it understands `attr="…"`, `attr='…'`, `attr={2024}`,
 * `attr={"…"}` and `attr={["a", "b"]}`, and skips frontmatter, code fences, inline code and `{/* … *\/}` comments.
 */

export type AttrValue =
  | { kind: 'text'; value: string; offset: number }
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'list'; items: { value: string; offset: number }[]; offset: number }
  /** `{someVariable}`, a boolean attribute, or anything else not known before rendering. */
  | { kind: 'dynamic'; offset: number };

export interface ComponentUse {
  component: string;
  /** Offset of the `<`. */
  offset: number;
  attrs: Map<string, AttrValue>;
}

type Range = [start: number, end: number];

function skippedRanges(src: string): Range[] {
  const ranges: Range[] = [];
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  if (fm) ranges.push([0, fm[0].length]);
  const fence = /^ {0,3}(`{3,}|~{3,})/;
  let open: { char: string; len: number; start: number } | null = null;
  let lineStart = 0;
  while (lineStart <= src.length) {
    const nl = src.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? src.length : nl;
    const m = fence.exec(src.slice(lineStart, lineEnd));
    if (m?.[1] && lineStart >= (fm?.[0].length ?? 0)) {
      if (!open) open = { char: m[1][0] ?? '`', len: m[1].length, start: lineStart };
      else if (m[1][0] === open.char && m[1].length >= open.len) {
        ranges.push([open.start, lineEnd]);
        open = null;
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (open) ranges.push([open.start, src.length]);
  const inside = (i: number) => ranges.some(([a, b]) => i >= a && i < b);
  for (const re of [/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, /`[^`\n]+`/g]) {
    for (const m of src.matchAll(re)) if (!inside(m.index)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** End of a `{…}` expression starting at `i` (the `{`), skipping strings; -1 if unbalanced. */
function braceEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') {
      const close = src.indexOf(c, j + 1);
      if (close === -1) return -1;
      j = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j;
  }
  return -1;
}

const STRING = /^(["'`])([^"'`]*)\1$/;

function expressionValue(src: string, start: number, end: number): AttrValue {
  const raw = src.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const inner = raw.trim();
  const at = start + lead;
  if (/^-?\d+(?:\.\d+)?$/.test(inner)) return { kind: 'number', value: Number(inner), offset: at };
  const s = STRING.exec(inner);
  if (s && !(s[1] === '`' && inner.includes('${'))) return { kind: 'text', value: s[2] ?? '', offset: at + 1 };
  if (inner.startsWith('[') && inner.endsWith(']')) {
    const items: { value: string; offset: number }[] = [];
    const re = /(["'])([^"']*)\1|(-?\d+)/g;
    for (const m of inner.slice(1, -1).matchAll(re)) {
      const value = m[2] ?? m[3] ?? '';
      items.push({ value, offset: at + 1 + m.index + (m[2] !== undefined ? 1 : 0) });
    }
    return { kind: 'list', items, offset: at };
  }
  return { kind: 'dynamic', offset: at };
}

/** Attributes from `i` (just after the component name) to the end of the tag. */
function readAttributes(src: string, i: number): Map<string, AttrValue> {
  const attrs = new Map<string, AttrValue>();
  const name = /[A-Za-z_$][\w$:.-]*/y;
  while (i < src.length) {
    while (/\s/.test(src[i] ?? '')) i++;
    const c = src[i];
    if (c === undefined || c === '>' || (c === '/' && src[i + 1] === '>')) break;
    if (c === '{') {
      const end = braceEnd(src, i);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    name.lastIndex = i;
    const m = name.exec(src);
    if (!m) break;
    i += m[0].length;
    while (/\s/.test(src[i] ?? '')) i++;
    if (src[i] !== '=') {
      attrs.set(m[0], { kind: 'dynamic', offset: i });
      continue;
    }
    i++;
    while (/\s/.test(src[i] ?? '')) i++;
    const q = src[i];
    if (q === '"' || q === "'") {
      const close = src.indexOf(q, i + 1);
      if (close === -1) break;
      attrs.set(m[0], { kind: 'text', value: src.slice(i + 1, close), offset: i + 1 });
      i = close + 1;
    } else if (q === '{') {
      const end = braceEnd(src, i);
      if (end === -1) break;
      attrs.set(m[0], expressionValue(src, i + 1, end));
      i = end + 1;
    } else break;
  }
  return attrs;
}

export function scanComponents(src: string, components: readonly string[]): ComponentUse[] {
  const skipped = skippedRanges(src);
  const tag = new RegExp(`<(${components.join('|')})(?=[\\s/>])`, 'g');
  const uses: ComponentUse[] = [];
  for (const m of src.matchAll(tag)) {
    if (skipped.some(([a, b]) => m.index >= a && m.index < b)) continue;
    uses.push({ component: m[1] ?? '', offset: m.index, attrs: readAttributes(src, m.index + m[0].length) });
  }
  return uses;
}
