/**
 * Errors of the site phase that point into a chapter, as our problems. The bundler collects them in `errors`, each
 * with its location; an MDX syntax error becomes a German problem at file:line:column of the chapter. Anything
 * else is left to the caller (printed as it came).
 */
import { buildErrors } from '../errors/build.ts';
import type { Problem } from '../errors/problem.ts';
import { relativeToProject, type ProjectPaths } from '../project.ts';

interface BundlerError {
  name?: string;
  message?: string;
  loc?: { file?: string; line?: number; column?: number };
}

export function chapterProblems(error: unknown, paths: ProjectPaths): Problem[] {
  const list = (error as { errors?: unknown[] } | null)?.errors ?? [error];
  return list.flatMap((item) => {
    const e = item as BundlerError | null;
    if (e?.name !== 'MDXError' || !e.loc?.file) return [];
    const reason = String(e.message ?? '').replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '');
    return [buildErrors.mdxSyntax({ file: relativeToProject(paths, e.loc.file), line: e.loc.line ?? 0, column: e.loc.column ?? 0 }, reason)];
  });
}
