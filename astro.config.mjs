// Astro configuration: static site, MDX chapters. The project folder (content/ and data/) is the repository
// itself unless BERICHT_PROJEKT points elsewhere (the tests build small fixture projects that way).
//
// Markdown runs through Astro's default Rust processor (Sätteri): it is several times faster than unified/remark
// on large reports. The few transformations we need are small Sätteri plugins in src/markdown/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { footnotesGerman } from './src/markdown/footnotes-de.ts';

export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: satteri({ hastPlugins: [footnotesGerman] }) },
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  outDir: process.env.BERICHT_AUSGABE ?? './dist',
  vite: {
    // MDX modules carry Astro's own head-injection directive; the bundler's note about it is noise to planners.
    build: { rolldownOptions: { onwarn: quietDirectives }, rollupOptions: { onwarn: quietDirectives } },
  },
});

function quietDirectives(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  warn(warning);
}
