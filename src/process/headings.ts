/**
 * The headings of a chapter and their anchors, as the website gives them: the Markdown processor names headings
 * with github-slugger in document order (`## Familie` → `familie`, a second one → `familie-1`). Read from the
 * chapter model (chapters/model.ts). Used to check `abschnitt` of Stellungnahmen and by the feedback-link plugin,
 * which sets the same ids.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ChapterModel } from '../chapters/model.ts';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
  /** Offset of the heading in the chapter file. */
  offset: number;
}

/** Headings of a chapter, in document order, with the text a reader sees (emphasis, code, links resolved). */
export function chapterHeadings(model: ChapterModel): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      out.push({ depth: node.depth, text, slug: slugger.slug(text), offset: node.position?.start.offset ?? 0 });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  if (model.tree) visit(model.tree);
  return out;
}

/** A fresh slugger for one document. */
export function createSlugger(): { slug(text: string): string } {
  return new GithubSlugger();
}
