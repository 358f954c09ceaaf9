/**
 * The headings of a chapter file and their anchors, as the website gives them: the Markdown processor names
 * headings with github-slugger in document order (`## Familie` → `familie`, a second one → `familie-1`).
 * Used to check `abschnitt` of Stellungnahmen and by the feedback-link plugin, which sets the same ids.
 */
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** Inline Markdown → the text a reader sees (good enough for headings: emphasis, code, links, components). */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** Headings of an MDX source (frontmatter and fenced code skipped). */
export function mdxHeadings(source: string): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  const lines = source.split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]?.trim() !== '---') i++;
    i++;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]!.slice(0, 3);
      else if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (fence) continue;
    const h = /^\s{0,3}(#{1,6})\s+(.+)$/.exec(line);
    if (!h) continue;
    const text = headingText(h[2]!);
    out.push({ depth: h[1]!.length, text, slug: slugger.slug(text) });
  }
  return out;
}

/** A fresh slugger for one document. */
export function createSlugger(): { slug(text: string): string } {
  return new GithubSlugger();
}
