// Astro configuration: static site, MDX chapters. The project folder (content/ and data/) is the repository
// itself unless BERICHT_PROJEKT points elsewhere (the tests build small fixture projects that way).
//
// Markdown runs through Astro's default Rust processor (Sätteri): it is several times faster than unified/remark
// on large reports. The few transformations we need are small Sätteri plugins in src/markdown/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { footnotesGerman } from './src/markdown/footnotes-de.ts';
import { feedbackLinks } from './src/markdown/feedback-links.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { tableLabels } from './src/markdown/table-labels.ts';
import { liveProject } from './src/integration/live-project.ts';
import { contentGuard } from './src/integration/content-guard.ts';
import { printPreview } from './src/integration/print-preview.ts';
import { lektoratPage } from './src/integration/lektorat-page.ts';
import { outputDir } from './src/output/location.ts';
import { astroCacheDir } from './src/project-cache.ts';
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
  integrations: [contentGuard(), mdx(), liveProject(), printPreview(), lektoratPage()],
  markdown: { processor: satteri({ hastPlugins: [baseLinks, feedbackLinks, footnotesGerman, tableLabels] }) },
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // The project's own output folder (npm run preview serves it) and its own cache: Astro's content layer keeps
  // chapters by content digest and file path, so a cache shared between projects served one project's chapter
  // file for another's byte-identical one (src/project-cache.ts). BERICHT_ASTRO_CACHE names a cache explicitly
  // (an archived Fassung's build, tests).
  outDir: outputDir(projectPaths()),
  cacheDir: process.env.BERICHT_ASTRO_CACHE ?? astroCacheDir(fileURLToPath(new URL('.', import.meta.url)), projectPaths().root),
  vite: {
    // The planners' project may live outside the tool's folder (BERICHT_PROJEKT): let the dev server read it.
    server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url)), projectPaths().root] } },
    // MDX modules carry Astro's own head-injection directive; the bundler's note about it is noise to planners.
    build: { rolldownOptions: { onwarn: quietDirectives }, rollupOptions: { onwarn: quietDirectives } },
  },
});

function quietDirectives(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  warn(warning);
}
