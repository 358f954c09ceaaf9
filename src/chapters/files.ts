/** The chapter files of a project: every `.mdx` below `content/`, relative to the root, sorted. */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectPaths } from '../project.ts';

export function chapterFiles(paths: ProjectPaths): string[] {
  if (!fs.existsSync(paths.content)) return [];
  return fs
    .readdirSync(paths.content, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.relative(paths.root, path.join(paths.content, f)).split(path.sep).join('/'))
    .sort();
}
