/**
 * Print only: turns the endnotes of a chapter (as the Markdown processor writes them: a call
 * `<sup><a data-footnote-ref href="#user-content-fn-1">1</a></sup>` and a list `<section data-footnotes>`) into
 * page footnotes. Each note's text moves to its call site as `<span class="fussnote">…</span>`; the print
 * stylesheet floats it to the foot of the page (`float: footnote`, Paged.js) and numbers call and note.
 * The website keeps its endnotes.
 */

const SECTION = /<section\b[^>]*\bdata-footnotes\b[^>]*>([\s\S]*?)<\/section>/;
const ITEM = /<li\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g;
const CALL = /<sup>\s*<a\b([^>]*\bdata-footnote-ref\b[^>]*)>[\s\S]*?<\/a>\s*<\/sup>/g;
const BACKREF = /\s*<a\b[^>]*\bdata-footnote-backref\b[^>]*>[\s\S]*?<\/a>/g;

/** The note texts by id, as inline HTML (paragraphs joined by a line break). */
function noteTexts(list: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of list.matchAll(ITEM)) {
    const body = m[2]!
      .replace(BACKREF, '')
      .trim()
      .replace(/^<p>/, '')
      .replace(/<\/p>$/, '')
      .replace(/<\/p>\s*<p>/g, '<br>')
      .trim();
    notes.set(m[1]!, body);
  }
  return notes;
}

export function footnotesToPageNotes(html: string): string {
  const section = SECTION.exec(html);
  if (!section) return html;
  const notes = noteTexts(section[1]!);
  const withoutList = html.slice(0, section.index) + html.slice(section.index + section[0].length);
  return withoutList.replace(CALL, (all, attrs: string) => {
    const href = /\bhref="#([^"]+)"/.exec(attrs)?.[1];
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    const text = href ? notes.get(decodeURIComponent(href)) : undefined;
    if (text === undefined) return all;
    return `<span class="fussnote"${id ? ` id="${id}"` : ''}>${text}</span>`;
  });
}
