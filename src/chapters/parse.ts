/**
 * MDX text → mdast with positions, the way every phase reads a chapter: remark-parse with MDX (JSX, expressions,
 * import/export), YAML frontmatter and GitHub tables/footnotes. Pure; the owner that caches trees is model.ts.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Where and why the MDX parser stopped. */
export interface SyntaxFailure {
  offset: number;
  line: number;
  column: number;
  /** The parser's English reason, for the details line. */
  reason: string;
  /** micromark's rule, e.g. `unexpected-eof` or `unexpected-character`. */
  rule: string | null;
  /** The extension that failed, e.g. `micromark-extension-mdx-jsx` (a tag) or `…-mdx-expression` (a `{`). */
  source: string | null;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseMdx(source: string): { tree: Root; error: null } | { tree: null; error: SyntaxFailure } {
  try {
    return { tree: processor.parse(source), error: null };
  } catch (err) {
    const e = err as { line?: number; column?: number; place?: { offset?: number; line?: number; column?: number }; reason?: string; message?: string; ruleId?: string; source?: string };
    const line = e.line ?? e.place?.line ?? 1;
    const column = e.column ?? e.place?.column ?? 1;
    return {
      tree: null,
      error: { offset: e.place?.offset ?? 0, line, column, reason: e.reason ?? e.message ?? String(err), rule: e.ruleId ?? null, source: e.source ?? null },
    };
  }
}
