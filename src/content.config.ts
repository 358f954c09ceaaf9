/**
 * The chapters of all publications: `content/<publikation>/*.mdx`. Frontmatter is validated by our own
 * schema (the same one `npm run check` uses, which reports German errors with line and column first).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './publication/frontmatter-schema.ts';
import { projectPaths } from './project.ts';

const kapitel = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: projectPaths().content,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: frontmatterSchema,
});

export const collections = { kapitel };
