/**
 * A chapter's rendered HTML as it goes onto the print page: endnotes become page footnotes, every id gets the
 * chapter's prefix (anchors.ts), and German words get soft hyphens (the browser has no German dictionary).
 */
import { footnotesToPageNotes } from '../markdown/footnotes-print.ts';
import { hyphenateHtml } from '../typography/hyphenate-html.ts';
import { prefixIds, type PrefixOptions } from './anchors.ts';

export function printChapterHtml(html: string, chapterSlug: string, options: PrefixOptions = {}): string {
  return hyphenateHtml(prefixIds(footnotesToPageNotes(html), chapterSlug, options));
}
