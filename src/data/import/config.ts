/** The YAML beside an export (src/data/schemas/quelle.ts) → its settings and where each key stands, or a located problem. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { importErrors } from '../../errors/import.ts';
import type { Location, Problem } from '../../errors/problem.ts';
import { decode } from '../read/decode.ts';
import { quelle, type Quelle } from '../schemas/quelle.ts';

export interface QuelleConfig {
  data: Quelle;
  /** Where a key stands, e.g. `['werte', 0, 'spalte']`; the file's start if absent. */
  at: (path: readonly (string | number)[]) => Location;
}

export function readQuelleConfig(file: string, bytes: Uint8Array): { config: QuelleConfig | null; problems: Problem[] } {
  const first = { file, line: 1, column: 1 };
  const decoded = decode(bytes);
  if (!decoded.ok) return { config: null, problems: [importErrors.yamlInvalid(first, 'die Datei ist leer oder kein Text')] };
  const lines = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    return { config: null, problems: [importErrors.yamlInvalid({ file, line: pos.line, column: pos.col }, error.message.split('\n')[0] ?? '')] };
  }
  const at = locate(file, doc, lines);
  const parsed = quelle.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = path.join('.') || '(Datei)';
      const detail = issue.code === 'unrecognized_keys' ? `unbekannte Angabe ${issue.keys.map((k) => `„${k}“`).join(', ')}` : `„${key}“: ${issue.code === 'invalid_type' && issue.input === undefined ? 'fehlt' : 'ungültig'}`;
      return importErrors.yamlInvalid(at(path), detail);
    });
    return { config: null, problems };
  }
  return { config: { data: parsed.data, at }, problems: [] };
}

function locate(file: string, doc: Document, lines: LineCounter): QuelleConfig['at'] {
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const pos = lines.linePos(node.range[0]);
        return { file, line: pos.line, column: pos.col };
      }
    }
    return { file, line: 1, column: 1 };
  };
}
