import type { ChapterModel } from '../chapters/model.ts';
import { contentErrors } from '../errors/content.ts';
import type { Problem } from '../errors/problem.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import { validateYaml } from './validate-yaml.ts';

/**
 * The frontmatter block of a chapter (the `yaml` node the parser found at its top), validated; locations are lines
 * of the .mdx file. A chapter that cannot be parsed has no frontmatter here; its syntax error is reported by the
 * chapter check (chapters/content-only.ts).
 */
export function chapterFrontmatter(model: ChapterModel): { frontmatter: Frontmatter | null; problems: Problem[] } {
  const file = model.file;
  if (!model.tree) return { frontmatter: null, problems: [] };
  const first = model.tree.children[0];
  if (first?.type === 'yaml') {
    const { value, problems } = validateYaml(first.value, file, first.position?.start.line ?? 1, frontmatterSchema, 'frontmatter');
    return { frontmatter: value, problems };
  }
  // `---` on the first line without a closing `---` is read as a horizontal rule
  const at = { file, line: 1, column: 1 };
  if (first?.type === 'thematicBreak' && first.position?.start.line === 1) return { frontmatter: null, problems: [contentErrors.frontmatterUnclosed(at)] };
  return { frontmatter: null, problems: [contentErrors.frontmatterMissing(at)] };
}

/** The web address of a chapter: its file name without extension and without a leading number. */
export function chapterSlug(fileName: string): string {
  const base = fileName.replace(/\.mdx$/, '');
  return base.replace(/^\d+[-_]/, '') || base;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
