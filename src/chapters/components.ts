/**
 * The component uses of a chapter model (`<Wert …/>`, `<Diagramm …/>` …), with every prop's value and the offset
 * of that value in the file, for checks that point at the offending value. Values come from the mdast (strings)
 * and its estree (`{2024}`, `{["a", "b"]}`, `{{ mark: "bar" }}`); nothing is evaluated.
 */
import type { Expression } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { literalValue, type LiteralValue } from './literal.ts';
import type { ChapterModel } from './model.ts';

export type AttrValue =
  | { kind: 'text'; value: string; offset: number }
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'list'; items: { value: string; offset: number }[]; offset: number }
  /** A boolean attribute, an object `{{…}}`, or code (an error of content-only.ts). */
  | { kind: 'dynamic'; offset: number };

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface ComponentUse {
  component: string;
  /** Offset of the `<`. */
  offset: number;
  attrs: Map<string, AttrValue>;
  /** Every prop as its literal value (`true` for a bare attribute); props with code are left out. */
  props: Record<string, LiteralValue>;
  node: JsxElement;
}

/** Offset of an attribute's value: after `name=` and an opening quote or `{` (and spaces), within its own source. */
export function attributeValueOffset(source: string, attr: { name?: string; position?: { start: { offset?: number } } }, fallback: number): number {
  const start = attr.position?.start.offset;
  if (start === undefined) return fallback;
  let i = start + (attr.name?.length ?? 0);
  while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n' || source[i] === '\r' || source[i] === '=') i++;
  if (source[i] === '{') i++;
  while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n' || source[i] === '\r') i++;
  if (source[i] === '"' || source[i] === "'") i++;
  return i;
}

function esStart(node: { start?: number; range?: [number, number] }): number {
  return node.start ?? node.range?.[0] ?? 0;
}

function attrValue(source: string, attr: MdxJsxAttribute, fallback: number): AttrValue {
  const offset = attributeValueOffset(source, attr, fallback);
  const v = attr.value;
  if (typeof v === 'string') return { kind: 'text', value: v, offset };
  if (!v) return { kind: 'dynamic', offset };
  const stmt = v.data?.estree?.body[0];
  const expr = stmt?.type === 'ExpressionStatement' ? (stmt.expression as Expression) : null;
  if (!expr) return { kind: 'dynamic', offset };
  if (expr.type === 'Literal' && typeof expr.value === 'number') return { kind: 'number', value: expr.value, offset: esStart(expr) };
  if (expr.type === 'Literal' && typeof expr.value === 'string') return { kind: 'text', value: expr.value, offset: esStart(expr) + 1 };
  if (expr.type === 'ArrayExpression') {
    const items: { value: string; offset: number }[] = [];
    for (const el of expr.elements) {
      if (el?.type !== 'Literal' || (typeof el.value !== 'string' && typeof el.value !== 'number')) return { kind: 'dynamic', offset };
      items.push({ value: String(el.value), offset: esStart(el) + (typeof el.value === 'string' ? 1 : 0) });
    }
    return { kind: 'list', items, offset: esStart(expr) };
  }
  return { kind: 'dynamic', offset: esStart(expr) };
}

function propValue(attr: MdxJsxAttribute): LiteralValue | undefined {
  const v = attr.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v;
  const stmt = v.data?.estree?.body[0];
  if (stmt?.type !== 'ExpressionStatement') return undefined;
  const r = literalValue(stmt.expression);
  return r.ok ? r.value : undefined;
}

/** Every JSX element of the tree in document order (components and HTML elements alike). */
export function jsxElements(tree: Root | null): JsxElement[] {
  const out: JsxElement[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') out.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  if (tree) visit(tree);
  return out;
}

/** The uses of the named components (all capitalised components when `names` is omitted), in document order. */
export function componentUses(model: ChapterModel, names?: readonly string[]): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const node of jsxElements(model.tree)) {
    const name = node.name;
    if (!name || (names ? !names.includes(name) : !/^[A-Z]/.test(name))) continue;
    const offset = node.position?.start.offset ?? 0;
    const attrs = new Map<string, AttrValue>();
    const props: Record<string, LiteralValue> = {};
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute') continue;
      attrs.set(attr.name, attrValue(model.source, attr, offset));
      const value = propValue(attr);
      if (value !== undefined) props[attr.name] = value;
    }
    uses.push({ component: name, offset, attrs, props, node });
  }
  return uses;
}
