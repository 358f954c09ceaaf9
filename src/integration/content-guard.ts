/**
 * Build and dev server: before the MDX compiler sees a chapter, its model is checked for code (chapters/
 * content-only.ts). A chapter with `import`, `export` or a `{…}` expression is never compiled, so it can neither
 * read the build machine's files nor run anything; the build stops and the dev server shows the message instead
 * of the page. `npm run check` reports the same problems first; this guard holds when check was skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentOnlyProblems } from '../chapters/content-only.ts';
import { chapterFromSource } from '../chapters/model.ts';
import { formatProblem, hasErrors } from '../errors/problem.ts';
import { projectPaths } from '../project.ts';

/** The problems that forbid compiling the chapter at `id` (a module id, maybe with `?query`), or [] if none. */
export function guardChapter(id: string): string[] {
  const file = id.split('?')[0]!;
  if (!file.endsWith('.mdx') || !fs.existsSync(file)) return [];
  const { root } = projectPaths();
  const rel = path.relative(root, file).split(path.sep).join('/');
  const problems = contentOnlyProblems(chapterFromSource(root, rel, fs.readFileSync(file, 'utf8')));
  return hasErrors(problems) ? problems.filter((p) => p.severity === 'fehler').map(formatProblem) : [];
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'sozialbericht-kapitel-nur-inhalt',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sozialbericht-kapitel-nur-inhalt',
                enforce: 'pre',
                transform(_code: string, id: string) {
                  const errors = guardChapter(id);
                  if (errors.length > 0) this.error(`Kapitel mit Programmcode werden nicht übersetzt:\n${errors.join('\n')}`);
                  return null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
