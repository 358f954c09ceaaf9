import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';

/** A YAML text with the means to map a key path back to `line:column` in its file. */
export interface YamlSource {
  data: unknown;
  /** Syntax errors of the YAML itself, located. */
  syntaxErrors: { line: number; column: number; message: string }[];
  /** Location of the value at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Location of the key at `path`, for unknown keys. */
  locateKey(path: readonly PropertyKey[], key: string): { line: number; column: number };
}

/**
 * Parses YAML that starts at `lineOffset` lines into its file (frontmatter starts below the `---` line).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const nodeAt = (path: readonly PropertyKey[]): Node | null => {
    let node: unknown = doc.contents;
    let last: Node | null = (doc.contents as Node | null) ?? null;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
      else break;
    }
    return last;
  };
  return {
    data: doc.toJS(),
    syntaxErrors: doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
    locate(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
    locateKey(path, key) {
      const parent = nodeAt(path);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return parent?.range ? at(parent.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}
