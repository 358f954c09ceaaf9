/**
 * Everything painted that belongs to no structure element becomes an artifact (PDF/UA-1 7.1; Matterhorn 01-005):
 * Chromium leaves the running heads, page numbers, the ENTWURF mark, the dotted leaders of the contents and
 * borders outside any marked content. Such runs of painting operators are wrapped in `/Artifact BMC … EMC`; a
 * marked-content sequence whose MCID the structure tree no longer references (decoration taken out of the tree by
 * the other steps) is re-labelled `/Artifact`.
 *
 * Marked content may not cut a text object in two (ISO 32000-1, 14.6): a wrapped run starts and ends on the same
 * side of BT/ET.
 */
import { mcidOf, operatorText, tokenize, type Operator } from './content-stream.ts';

const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
const OTHER_PAINT = new Set(['Do', 'sh', 'BI']);
const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const MARKED = new Set(['BDC', 'BMC', 'EMC', 'MP', 'DP']);

export interface PageContent {
  bytes: Uint8Array;
  ops: Operator[];
}

export function readContent(bytes: Uint8Array): PageContent {
  return { bytes, ops: tokenize(bytes) };
}

/** MCIDs whose marked content paints text (the others are borders, backgrounds, empty boxes). */
export function mcidsWithText(content: PageContent): Set<number> {
  const result = new Set<number>();
  const stack: (number | null)[] = [];
  for (const op of content.ops) {
    if (op.name === 'BDC') stack.push(mcidOf(content.bytes, op));
    else if (op.name === 'BMC') stack.push(null);
    else if (op.name === 'EMC') stack.pop();
    else if (TEXT_SHOW.has(op.name)) for (const m of stack) if (m !== null) result.add(m);
  }
  return result;
}

/**
 * The content with orphan painting wrapped as artifacts and every MCID not in `keep` re-labelled as artifact.
 * `taggedForms` are the resource names of form XObjects with marked content of their own (/StructParents): drawing
 * one is left as it is, its content is tagged inside. Returns null when nothing changed.
 */
export function markArtifacts(content: PageContent, keep: Set<number>, taggedForms: ReadonlySet<string> = new Set()): Uint8Array | null {
  const { bytes, ops } = content;
  const depth: number[] = [];
  const inText: boolean[] = [];
  const relabel = new Set<number>();
  let d = 0;
  let t = false;
  ops.forEach((op, i) => {
    depth.push(d);
    inText.push(t);
    if (op.name === 'BDC') {
      const mcid = mcidOf(bytes, op);
      if (mcid !== null && !keep.has(mcid)) relabel.add(i);
      d++;
    } else if (op.name === 'BMC') d++;
    else if (op.name === 'EMC') d = Math.max(0, d - 1);
    else if (op.name === 'BT') t = true;
    else if (op.name === 'ET') t = false;
  });

  // runs of operators [from, to] to wrap, merged where nothing tagged lies between
  const runs: [number, number][] = [];
  /** Whether BT/ET stay balanced from `from` to `to` (the run so far is balanced). */
  const balanced = (from: number, to: number) => {
    let level = 0;
    for (let i = from; i <= to; i++) {
      if (ops[i]!.name === 'BT') level++;
      else if (ops[i]!.name === 'ET' && --level < 0) return false;
    }
    return level === 0;
  };
  const markedBetween = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (MARKED.has(ops[i]!.name)) return true;
    return false;
  };
  for (let i = 0; i < ops.length; i++) {
    const name = ops[i]!.name;
    if (depth[i] !== 0 || !(PATH_PAINT.has(name) || TEXT_SHOW.has(name) || OTHER_PAINT.has(name))) continue;
    if (name === 'Do' && taggedForms.has(/\/([^\s/]+)\s*Do$/.exec(operatorText(bytes, ops[i]!))?.[1] ?? '')) continue;
    let from = i;
    let to = i;
    if (PATH_PAINT.has(name)) {
      while (from > 0 && PATH_BUILD.has(ops[from - 1]!.name)) from--;
    } else if (TEXT_SHOW.has(name) && inText[i]) {
      let bt = i - 1;
      while (bt >= 0 && ops[bt]!.name !== 'BT' && !MARKED.has(ops[bt]!.name)) bt--;
      if (bt >= 0 && ops[bt]!.name === 'BT') from = bt;
      let et = i + 1;
      while (et < ops.length && ops[et]!.name !== 'ET' && !MARKED.has(ops[et]!.name)) et++;
      if (et < ops.length && ops[et]!.name === 'ET' && from === bt) to = et;
    }
    const last = runs[runs.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (last && !markedBetween(last[1] + 1, from) && balanced(last[1] + 1, to)) last[1] = to;
    else runs.push([from, to]);
  }
  if (runs.length === 0 && relabel.size === 0) return null;

  const encoder = new TextEncoder();
  const open = encoder.encode('/Artifact BMC\n');
  const close = encoder.encode('\nEMC\n');
  const parts: Uint8Array[] = [];
  let pos = 0;
  const copyTo = (end: number) => {
    if (end > pos) parts.push(bytes.subarray(pos, end));
    pos = Math.max(pos, end);
  };
  let r = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (r < runs.length && runs[r]![0] === i) {
      copyTo(op.start);
      parts.push(open);
    }
    if (relabel.has(i)) {
      copyTo(op.start);
      parts.push(encoder.encode('/Artifact BMC'));
      pos = op.end;
    }
    if (r < runs.length && runs[r]![1] === i) {
      copyTo(op.end);
      parts.push(close);
      r++;
    }
  }
  copyTo(bytes.length);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Whether `after` paints exactly what `before` painted: the same operators with the same operands, in the same order,
 * once the marked-content operators (BDC, BMC, EMC, MP, DP) are left out. The completeness check reads the PDF as
 * Chromium wrote it while this post-processing runs (render-publication.ts); this proves that what it checked is what
 * the written file paints.
 */
export function paintsTheSame(before: PageContent, after: Uint8Array): boolean {
  const a = before.ops;
  const b = tokenize(after);
  const x = before.bytes;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && MARKED.has(a[i]!.name)) i++;
    while (j < b.length && MARKED.has(b[j]!.name)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const p = a[i++]!;
    const q = b[j++]!;
    // byte for byte, without decoding: the post-processing copies every operator it keeps verbatim
    const n = p.end - p.start;
    if (n !== q.end - q.start) return false;
    for (let k = 0; k < n; k++) if (x[p.start + k] !== after[q.start + k]) return false;
  }
}
