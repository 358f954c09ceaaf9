/**
 * A chapter as its readers see it, for the changes page: the text of headings, paragraphs, list items and table
 * cells, one block per paragraph, with every component replaced by what it shows (`<Wert>` → „12,4 %“ from the
 * Fassung's own data; a chart → „[Abbildung: Titel]“). No Markdown or MDX syntax is left. Read from the chapter
 * model (chapters/model.ts).
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { LiteralValue } from '../chapters/literal.ts';
import { componentUses, type JsxElement } from '../chapters/components.ts';
import type { ChapterModel } from '../chapters/model.ts';

export interface ReaderDoc {
  text: string;
  /** Where the headings are in `text`, with their text. */
  headings: { start: number; end: number; text: string }[];
  /** Where component output is in `text`: each compares as one word (`11,7 %` → `11,9 %`). */
  atoms: { start: number; end: number }[];
}

// component output is wrapped in these private-use marks while the blocks are built, then turned into `atoms`
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** What a component shows as text, given its literal props. */
export type ComponentText = (name: string, props: Record<string, LiteralValue>) => string;

export function readerDocument(model: ChapterModel, componentText: ComponentText): ReaderDoc {
  const props = new Map<JsxElement, Record<string, LiteralValue>>(componentUses(model).map((u) => [u.node, u.props]));
  const shown = (node: JsxElement) => `${OPEN}${componentText(node.name ?? '', props.get(node) ?? {})}${CLOSE}`;
  const blocks: { text: string; heading: boolean }[] = [];
  const inline = (node: PhrasingContent | Nodes): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'image':
        return node.alt ?? '';
      case 'html':
      case 'mdxTextExpression':
      case 'footnoteReference':
        return '';
      case 'mdxJsxTextElement':
        if (node.name === 'Begriff' || !/^[A-Z]/.test(node.name ?? '')) return node.children.map(inline).join('');
        return shown(node);
      default:
        return 'children' in node ? (node.children as PhrasingContent[]).map(inline).join('') : '';
    }
  };
  const block = (node: RootContent | Nodes): void => {
    switch (node.type) {
      case 'heading':
        blocks.push({ text: node.children.map(inline).join('').trim(), heading: true });
        return;
      case 'paragraph':
        blocks.push({ text: node.children.map(inline).join('').trim(), heading: false });
        return;
      case 'code':
        blocks.push({ text: node.value, heading: false });
        return;
      case 'table':
        for (const row of node.children) blocks.push({ text: row.children.map((c) => c.children.map(inline).join('').trim()).join(' – '), heading: false });
        return;
      case 'mdxJsxFlowElement':
        if (node.name === 'Begriff' || !/^[A-Z]/.test(node.name ?? '')) break;
        blocks.push({ text: shown(node), heading: false });
        return;
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) block(child);
  };
  if (model.tree) block(model.tree);
  let text = '';
  const headings: ReaderDoc['headings'] = [];
  const atoms: ReaderDoc['atoms'] = [];
  for (const b of blocks.filter((x) => x.text !== '')) {
    if (text) text += '\n\n';
    const start = text.length;
    for (const part of b.text.split(/(\uE000[^\uE001]*\uE001)/)) {
      if (part.startsWith(OPEN)) {
        atoms.push({ start: text.length, end: text.length + part.length - 2 });
        text += part.slice(1, -1);
      } else text += part;
    }
    if (b.heading) headings.push({ start, end: text.length, text: text.slice(start) });
  }
  return { text, headings, atoms };
}

/** Share of words two texts have in common (0…1), to recognise a renamed or moved chapter. */
export function similarity(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(x.size, y.size);
}
