import { contentErrors } from '../errors/content.ts';
import type { Problem } from '../errors/problem.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import { validateYaml } from './validate-yaml.ts';

/** Splits an MDX chapter into its frontmatter text and validates it; locations are lines of the .mdx file. */
export function readChapterFrontmatter(
  text: string,
  file: string,
): { frontmatter: Frontmatter | null; problems: Problem[] } {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { frontmatter: null, problems: [contentErrors.frontmatterMissing({ file, line: 1, column: 1 })] };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return { frontmatter: null, problems: [contentErrors.frontmatterUnclosed({ file, line: 1, column: 1 })] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const { value, problems } = validateYaml(yamlText, file, 1, frontmatterSchema, 'frontmatter');
  return { frontmatter: value, problems };
}

/** The web address of a chapter: its file name without extension and without a leading number. */
export function chapterSlug(fileName: string): string {
  const base = fileName.replace(/\.mdx$/, '');
  return base.replace(/^\d+[-_]/, '') || base;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
