/**
 * Chapters are content, not code: known components with literal props, and Markdown — nothing else. `import`,
 * `export` and `{…}` expressions in text or props would run on the build machine (read its files, publish the
 * build time) and are errors. `{/* Kommentar *\/}` is allowed. Called by `npm run check` and by the MDX guard
 * (integration/content-guard.ts), so neither the build nor the dev server ever compiles such a chapter.
 */
import type { Program } from 'estree';
import type { Nodes } from 'mdast';
import { chapterErrors } from '../errors/chapters.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { literalValue } from './literal.ts';
import type { ChapterModel } from './model.ts';
import { syntaxCause } from './syntax-cause.ts';

/** The JavaScript tree remark-mdx attached to an ESM or expression node (typed loosely: the augmentation that adds
 * `estree` to their `data` is not visible in every compilation). */
function estreeOf(node: { data?: unknown }): Program | null {
  return (node.data as { estree?: Program | null } | undefined)?.estree ?? null;
}

export function syntaxProblem(model: ChapterModel): Problem | null {
  const s = model.syntax;
  if (!s) return null;
  const { offset, cause } = syntaxCause(model.source, s);
  return chapterErrors.syntax({ file: model.file, ...model.position(offset) }, cause);
}

export function contentOnlyProblems(model: ChapterModel): Problem[] {
  const syntax = syntaxProblem(model);
  if (syntax || !model.tree) return syntax ? [syntax] : [];
  const at = (offset: number): Location => ({ file: model.file, ...model.position(offset) });
  const problems: Problem[] = [];
  const visit = (node: Nodes) => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'mdxjsEsm') {
      const first = estreeOf(node)?.body[0];
      problems.push(chapterErrors.importExport(at(offset), first?.type.startsWith('Export') ? 'export' : 'import'));
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const body = estreeOf(node)?.body ?? [];
      const first = body[0];
      if (first) {
        const expr = first.type === 'ExpressionStatement' ? first.expression : first;
        const r = literalValue(expr as never);
        problems.push(chapterErrors.expression(at(r.ok ? offset : r.offset), r.ok ? 'ein Ausdruck' : r.what));
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxExpressionAttribute') {
          problems.push(chapterErrors.spread(at(attr.position?.start.offset ?? offset), node.name ?? ''));
          continue;
        }
        if (!attr.value || typeof attr.value === 'string') continue;
        const stmt = estreeOf(attr.value)?.body[0];
        if (!stmt || stmt.type !== 'ExpressionStatement') {
          problems.push(chapterErrors.expression(at(attr.position?.start.offset ?? offset), 'JavaScript-Code'));
          continue;
        }
        const r = literalValue(stmt.expression);
        if (!r.ok) problems.push(chapterErrors.expression(at(r.offset), r.what));
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(model.tree);
  return problems;
}
