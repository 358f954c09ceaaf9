/**
 * The prose of a chapter model as readers see it, block by block (paragraphs, headings, table cells), with the file
 * offset of every character so a finding points at its place in the .mdx file. Code, inline code and component
 * output are left out (a component stands as one object character U+FFFC); the text inside `<Begriff>` counts.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { ChapterModel } from '../chapters/model.ts';

export const OBJECT = '\uFFFC';

export interface ProseBlock {
  kind: 'absatz' | 'ueberschrift' | 'zelle';
  text: string;
  /** File offset of each character of `text`. */
  offsets: number[];
  /** `indikator`, `gebiet` and `jahr` props of the components in the block (for hand-typed values). */
  indikatoren: string[];
  gebiete: string[];
  jahre: number[];
}

function remember(block: ProseBlock, attributes: readonly { type: string; name?: string; value?: unknown }[]): void {
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
    if (attr.name === 'indikator') block.indikatoren.push(attr.value.trim());
    if (attr.name === 'gebiet') block.gebiete.push(attr.value.trim());
    if (attr.name === 'jahr' && /^\d{4}$/.test(attr.value.trim())) block.jahre.push(Number(attr.value.trim()));
  }
}

function collect(node: PhrasingContent | Nodes, block: ProseBlock): void {
  const start = node.position?.start.offset ?? block.offsets.at(-1) ?? 0;
  const push = (text: string, at: number, step: boolean) => {
    for (let i = 0; i < text.length; i++) {
      block.text += text[i];
      block.offsets.push(step ? at + i : at);
    }
  };
  switch (node.type) {
    case 'text':
      push(node.value, start, true);
      return;
    case 'inlineCode':
    case 'break':
    case 'html':
    case 'mdxTextExpression':
      push(' ', start, false);
      return;
    case 'mdxJsxTextElement':
      if (node.name === 'Begriff') break;
      remember(block, node.attributes);
      push(OBJECT, start, false);
      return;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children) collect(child as PhrasingContent, block);
}

/** Every prose block of the chapter in document order. */
export function proseBlocks(model: ChapterModel): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes) => {
    const kind = node.type === 'paragraph' ? 'absatz' : node.type === 'heading' ? 'ueberschrift' : node.type === 'tableCell' ? 'zelle' : null;
    if (kind) {
      const block: ProseBlock = { kind, text: '', offsets: [], indikatoren: [], gebiete: [], jahre: [] };
      for (const child of (node as { children: PhrasingContent[] }).children) collect(child, block);
      blocks.push(block);
      return;
    }
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return;
    if (node.type === 'mdxJsxFlowElement' && node.name !== 'Begriff' && /^[A-Z]/.test(node.name ?? '')) {
      // a flow component (<Tabelle />, <Diagramm />): its indicator belongs to the paragraphs around it
      const previous = blocks.at(-1);
      if (previous) remember(previous, node.attributes);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  if (model.tree) visit(model.tree);
  return blocks;
}
