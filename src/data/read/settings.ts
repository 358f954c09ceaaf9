/** A CSV file's settings file (src/data/schemas/einstellungen.ts) → the decimal style it fixes, or a located problem. */
import { LineCounter, parseDocument } from 'yaml';
import { dataErrors } from '../../errors/data.ts';
import type { Problem } from '../../errors/problem.ts';
import type { NumberStyle } from '../numbers.ts';
import { einstellungen } from '../schemas/einstellungen.ts';
import { decode } from './decode.ts';

export function readSettings(file: string, bytes: Uint8Array): { decimal: NumberStyle | null; problems: Problem[] } {
  const first = { file, line: 1, column: 1 };
  const decoded = decode(bytes);
  if (!decoded.ok) return { decimal: null, problems: [dataErrors.settingsInvalid(decoded.at ? { file, line: decoded.at.line, column: decoded.at.column } : first, 'die Datei ist leer oder kein Text')] };
  const lines = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    return { decimal: null, problems: [dataErrors.settingsInvalid({ file, line: pos.line, column: pos.col }, error.message.split('\n')[0] ?? '')] };
  }
  const parsed = einstellungen.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0];
    const node = typeof key === 'string' ? doc.get(key, true) : undefined;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const pos = range ? lines.linePos(range[0]) : { line: 1, col: 1 };
    const detail = key === undefined || issue?.code === 'unrecognized_keys'
      ? 'erwartet wird genau die Angabe „dezimalzeichen“'
      : `„${String(key)}“ muss „komma“ oder „punkt“ sein`;
    return { decimal: null, problems: [dataErrors.settingsInvalid({ file, line: pos.line, column: pos.col }, detail)] };
  }
  return { decimal: parsed.data.dezimalzeichen === 'komma' ? 'de' : 'en', problems: [] };
}
