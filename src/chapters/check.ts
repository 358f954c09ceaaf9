/**
 * Check phase for the chapters themselves: each `.mdx` below content/ is read once into its model (model.ts) and
 * checked for syntax and for code (content-only.ts), forbidden links (references/link-check.ts) and component props
 * against their schemas (props-check.ts).
 */
import type { Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import { checkChapterLinks } from '../references/link-check.ts';
import { contentOnlyProblems } from './content-only.ts';
import { chapterFiles } from './files.ts';
import { chapterModel } from './model.ts';
import { checkComponentProps } from './props-check.ts';

export function checkChapters(paths: ProjectPaths): Problem[] {
  const problems: Problem[] = [];
  for (const file of chapterFiles(paths)) {
    const model = chapterModel(paths.root, file);
    problems.push(...contentOnlyProblems(model));
    problems.push(...checkChapterLinks(model));
    problems.push(...checkComponentProps(model));
  }
  return problems;
}
