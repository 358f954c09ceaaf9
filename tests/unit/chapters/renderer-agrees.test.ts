/**
 * The chapter model (remark) and the renderer's MDX parser (Sätteri, used by @astrojs/mdx) read every demo chapter
 * alike: the same headings in the same order, and the same component uses with the same props. Checks run on the
 * model, pages on the renderer; if they disagreed, a check could pass for something the page renders differently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { componentUses } from '../../../src/chapters/components.ts';
import { chapterFromSource } from '../../../src/chapters/model.ts';
import { chapterHeadings } from '../../../src/process/headings.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const files = (fs.readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.mdx')).sort();

interface SNode {
  type: string;
  depth?: number;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: SNode[];
}

function text(node: SNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(text).join('');
}

function satteriView(src: string): { headings: string[]; components: string[] } {
  const headings: string[] = [];
  const components: string[] = [];
  const visit = (node: SNode) => {
    if (node.type === 'heading') headings.push(`${node.depth} ${text(node).replace(/\s+/g, ' ').trim()}`);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const names = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => a.name);
      components.push(`${node.name}(${names.join(',')})`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(src) as unknown as SNode);
  return { headings, components };
}

describe('Kapitelmodell und Renderer lesen die Demo-Kapitel gleich', () => {
  it('findet Kapitel', () => expect(files.length).toBe(15));

  for (const file of files) {
    it(file, () => {
      const src = fs.readFileSync(path.join(ROOT, 'content', file), 'utf8');
      const model = chapterFromSource('agree', file, src);
      const ours = {
        headings: chapterHeadings(model).map((h) => `${h.depth} ${h.text}`),
        components: componentUses(model).map((u) => `${u.component}(${[...u.node.attributes].filter((a) => a.type === 'mdxJsxAttribute').map((a) => (a as { name: string }).name).join(',')})`),
      };
      const theirs = satteriView(src);
      expect(ours).toEqual(theirs);
      expect(ours.headings.length).toBeGreaterThan(0);
    });
  }
});
