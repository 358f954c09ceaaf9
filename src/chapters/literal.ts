/**
 * What a chapter may write between `{…}` in a prop: a literal. Strings, numbers, true/false/null, a minus before a
 * number, and lists `[…]` and objects `{ key: … }` built only of those (a free vega-lite spec is such an object).
 * Anything else — a name, a call, `a.b`, `a + b`, a template `` `…${x}` ``, a function — would run code while the
 * report is built, so it is refused.
 */
import type { Node as EsNode } from 'estree';

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export type LiteralResult = { ok: true; value: LiteralValue } | { ok: false; offset: number; what: string };

/** A German name for the construct a planner wrote, for the message. */
function describe(node: EsNode): string {
  switch (node.type) {
    case 'Identifier':
      return `der Name „${node.name}“`;
    case 'CallExpression':
    case 'NewExpression':
      return 'ein Funktionsaufruf';
    case 'MemberExpression':
      return 'ein Zugriff mit Punkt (a.b)';
    case 'TemplateLiteral':
    case 'TaggedTemplateExpression':
      return 'ein Vorlagentext mit `…`';
    case 'BinaryExpression':
    case 'LogicalExpression':
      return 'eine Rechnung oder Verknüpfung';
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return 'eine Funktion';
    case 'SpreadElement':
      return 'ein Ausbreiten mit „...“';
    default:
      return 'JavaScript-Code';
  }
}

function start(node: EsNode): number {
  return (node as { start?: number }).start ?? node.range?.[0] ?? 0;
}

export function literalValue(node: EsNode): LiteralResult {
  const fail = (n: EsNode): LiteralResult => ({ ok: false, offset: start(n), what: describe(n) });
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return fail(node);
      return { ok: true, value: node.value as string | number | boolean | null };
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return { ok: true, value: -node.argument.value };
      }
      return fail(node);
    case 'ArrayExpression': {
      const out: LiteralValue[] = [];
      for (const el of node.elements) {
        if (!el) return fail(node);
        const r = literalValue(el);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'ObjectExpression': {
      const out: Record<string, LiteralValue> = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init' || prop.method || prop.shorthand) return fail(prop.type === 'Property' ? prop.value : prop);
        const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : null;
        if (key === null) return fail(prop.key);
        const r = literalValue(prop.value);
        if (!r.ok) return r;
        out[key] = r.value;
      }
      return { ok: true, value: out };
    }
    case 'TemplateLiteral':
    default:
      return fail(node);
  }
}
