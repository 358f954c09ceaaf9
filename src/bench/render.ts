/**
 * Rendering the chapters' MDX two ways, for the 10 % rule of issue 17 (scripts/bench-render.ts):
 *
 *   satteri   what the site build does: @astrojs/mdx hands each chapter (frontmatter cut off) to the Sätteri
 *             processor of astro.config.mjs, with our hast plugins and Astro's defaults (Shiki, GFM, smartypants),
 *             which compiles it to a JavaScript module (Rust parser, JS plugins). Components stay calls in that
 *             module; Astro renders them later, in either case alike, so they are not part of this figure.
 *   remark    the chapter model's unified processor (remark-parse + remark-mdx + remark-frontmatter + remark-gfm,
 *             src/chapters/parse.ts) → mdast-util-to-hast → hast-util-to-html, which is what remark-rehype and
 *             rehype-stringify do (those two wrappers are not installed; the utilities they call are, via shiki).
 *             Components become empty placeholder elements (`<span data-komponente="Diagramm">`), `<Begriff>`
 *             keeps its text. A real switch would need @mdx-js/mdx to compile to a module like Sätteri does (recma
 *             on top), so this figure is a lower bound of what the remark route costs.
 *   remark ohne Parsen   only mdast → hast → HTML, for trees the build has parsed anyway (the content guard and the
 *             checks read every chapter's model once per build).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import type { Root } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { parseMdx } from '../chapters/parse.ts';
import { baseLinks } from '../markdown/base-links.ts';
import { feedbackLinks } from '../markdown/feedback-links.ts';
import { footnotesGerman } from '../markdown/footnotes-de.ts';
import { tableLabels } from '../markdown/table-labels.ts';

export interface RenderInput {
  file: string;
  source: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

export function readChapters(files: readonly string[]): RenderInput[] {
  return files.map((file) => ({ file, source: fs.readFileSync(file, 'utf8') }));
}

/** Seconds to compile every chapter with a fresh Sätteri MDX renderer configured as in astro.config.mjs. */
export async function renderWithSatteri(chapters: readonly RenderInput[], srcDir: string): Promise<number> {
  const start = performance.now();
  const processor = satteri({ hastPlugins: [baseLinks, feedbackLinks, footnotesGerman, tableLabels] });
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: markdownConfigDefaults.syntaxHighlight, shikiConfig: markdownConfigDefaults.shikiConfig, gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(srcDir), sourcemap: false },
  );
  for (const c of chapters) {
    const result = await renderer.process(c.source.replace(FRONTMATTER, ''), c.file, {});
    if (!result.code) throw new Error(`Sätteri lieferte nichts für ${c.file}`);
  }
  return (performance.now() - start) / 1000;
}

const placeholder: Handler = (state, node) => {
  const name = (node as { name?: string | null }).name ?? '';
  const children = name === 'Begriff' ? state.all(node as never) : [];
  return { type: 'element', tagName: 'span', properties: { dataKomponente: name }, children };
};
const nothing: Handler = () => undefined;
const HANDLERS = { mdxJsxFlowElement: placeholder, mdxJsxTextElement: placeholder, mdxjsEsm: nothing, mdxFlowExpression: nothing, mdxTextExpression: nothing, yaml: nothing };

function toHtmlString(tree: Root): string {
  return toHtml(toHast(tree, { handlers: HANDLERS, allowDangerousHtml: true }), { allowDangerousHtml: true });
}

/** Seconds to parse (not from the model cache) and render every chapter with remark → hast → HTML. */
export function renderWithRemark(chapters: readonly RenderInput[]): number {
  const start = performance.now();
  for (const c of chapters) {
    const parsed = parseMdx(c.source);
    if (!parsed.tree) throw new Error(`MDX-Fehler in ${c.file}: ${parsed.error.reason}`);
    if (!toHtmlString(parsed.tree)) throw new Error(`leeres HTML für ${c.file}`);
  }
  return (performance.now() - start) / 1000;
}

/** Seconds for mdast → hast → HTML alone, on trees parsed beforehand. */
export function renderParsedWithRemark(chapters: readonly RenderInput[]): number {
  const trees = chapters.map((c) => parseMdx(c.source).tree!);
  const start = performance.now();
  for (const tree of trees) toHtmlString(tree);
  return (performance.now() - start) / 1000;
}
