// Astro configuration: static site, MDX chapters. The project folder (content/ and data/) is the repository
// itself unless BERICHT_PROJEKT points elsewhere (the tests build small fixture projects that way).
//
// Markdown runs through Astro's default Rust processor (Sätteri): it is several times faster than unified/remark
// on large reports. The few transformations we need are small Sätteri plugins in src/markdown/.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { footnotesGerman } from './src/markdown/footnotes-de.ts';
import { feedbackLinks } from './src/markdown/feedback-links.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { liveProject } from './src/integration/live-project.ts';
import { projectPaths } from './src/project.ts';
import { siteAddress } from './src/site/address.ts';

// Where the tool lives, for code that runs from Astro's bundle and needs a file of the tool (the chart workers).
process.env.BERICHT_WERKZEUG ??= fileURLToPath(new URL('.', import.meta.url));

// Where the site is published (content/website.yaml `adresse`, BERICHT_ADRESSE, or GitLab/GitHub Pages): Astro
// puts the base path in front of its own stylesheets, fonts and scripts; our links add it via src/site/links.ts.
const address = siteAddress();

export default defineConfig({
  ...(address.url ? { site: address.url } : {}),
  base: address.base,
  integrations: [mdx(), liveProject()],
  markdown: { processor: satteri({ hastPlugins: [baseLinks, feedbackLinks, footnotesGerman] }) },
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  outDir: process.env.BERICHT_AUSGABE ?? './dist',
  // Astro's content-layer data store remembers every chapter it has seen. Another project (`--projekt`, an archived
  // Fassung) keeps its own, or the next build of this one finds that project's chapters — and fails once they are
  // gone. The demo in the tool's folder keeps Astro's default place.
  ...projectCache(),
  vite: {
    // The planners' project may live outside the tool's folder (BERICHT_PROJEKT): let the dev server read it.
    server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url)), projectPaths().root] } },
    // MDX modules carry Astro's own head-injection directive; the bundler's note about it is noise to planners.
    build: { rolldownOptions: { onwarn: quietDirectives }, rollupOptions: { onwarn: quietDirectives } },
  },
});

function projectCache() {
  if (process.env.BERICHT_ASTRO_CACHE) return { cacheDir: process.env.BERICHT_ASTRO_CACHE };
  const tool = fileURLToPath(new URL('.', import.meta.url));
  const project = projectPaths().root;
  if (path.resolve(project) === path.resolve(tool)) return {};
  const key = createHash('sha256').update(project).digest('hex').slice(0, 16);
  return { cacheDir: path.join(tool, 'node_modules', '.astro', 'projekte', key) };
}

function quietDirectives(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  warn(warning);
}
