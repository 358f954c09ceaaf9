/**
 * Sätteri hast plugin: while a publication is not `beschlossen` and has a `rueckmeldung` channel, every section
 * (h2) of its chapters gets a link „Rückmeldung zu diesem Abschnitt“ right after the heading — plain HTML,
 * no JavaScript; the print stylesheet hides `.rueckmeldung`, so the PDF never shows it.
 *
 * The link needs the section's anchor before Astro's own heading-ids plugin runs (it runs after user plugins),
 * so this plugin gives every heading its id itself, with the same slugger in the same order (headings that
 * already have an id are left alone, as Astro does); Astro then keeps those ids.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { siteAddress } from '../site/address.ts';
import { feedbackHref, parseChannel, sectionAddress, type FeedbackChannel } from '../process/feedback-link.ts';
import { createSlugger } from '../process/headings.ts';
import { projectPaths } from '../project.ts';
import { getPublications, type Chapter, type Publication } from '../publication/index.ts';
import { formatDateShort } from '../site/dates.ts';
import { versionStamp } from '../versions/stamp.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The publication and chapter of an MDX file, when it is a chapter of this project. */
export function chapterOfFile(file: string, publications: readonly Publication[]): { publication: Publication; chapter: Chapter } | null {
  const rel = path.relative(projectPaths().root, file).split(path.sep).join('/');
  for (const publication of publications) {
    const chapter = publication.chapters.find((c) => c.file === rel);
    if (chapter) return { publication, chapter };
  }
  return null;
}

/** The version for feedback: the build's version label, or the Fassung's date when there is no version. */
function versionLabel(publication: Publication): string {
  const stamp = versionStamp();
  return stamp.hash ? stamp.label : `Stand ${formatDateShort(publication.settings.datum)}`;
}

function pluginFor(publication: Publication, chapter: Chapter, channel: FeedbackChannel) {
  const slugger = createSlugger();
  const version = versionLabel(publication);
  return defineHastPlugin({
    name: 'rueckmeldung-je-abschnitt',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        const text = ctx.textContent(node);
        const slug = slugger.slug(text);
        ctx.setProperty(node, 'id', slug);
        if (node.tagName !== 'h2') return;
        const href = feedbackHref(channel, {
          publikation: publication.settings.titel,
          kapitel: chapter.frontmatter.titel,
          abschnitt: text,
          anker: sectionAddress(publication.settings.webadresse ?? siteAddress().url ?? siteAddress().base, publication.slug, chapter.slug, slug),
          version,
        });
        ctx.insertAfter(node, {
          type: 'element',
          tagName: 'p',
          properties: { className: ['rueckmeldung'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href },
              children: [
                { type: 'text', value: 'Rückmeldung zu diesem Abschnitt' },
                { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `: ${text}` }] },
              ],
            },
          ],
        });
      },
    },
  });
}

/** The plugin entry for astro.config.mjs (`hastPlugins`): a factory, resolved once per document. */
export function feedbackLinks(ctx: PluginFactoryContext) {
  if (!ctx.fileURL || ctx.fileURL.protocol !== 'file:') return null;
  const found = chapterOfFile(fileURLToPath(ctx.fileURL), getPublications());
  if (!found) return null;
  const { publication, chapter } = found;
  if (publication.settings.status === 'beschlossen' || !publication.settings.rueckmeldung) return null;
  const channel = parseChannel(publication.settings.rueckmeldung);
  return channel ? pluginFor(publication, chapter, channel) : null;
}
