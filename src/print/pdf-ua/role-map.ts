/**
 * Chromium writes structure types that PDF 1.7 does not know (`Strong`, `Em`, …) without a role map (Matterhorn
 * 02-001). Each gets an entry mapping it to the nearest standard type.
 */
import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { elements, type StructTree } from './struct-tree.ts';

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl ' +
    'LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu ' +
    'WT WP Figure Formula Form'
  ).split(' '),
);

/** Known non-standard types (PDF 2.0 and HTML-like names) and their PDF 1.7 equivalent; others become Span. */
const KNOWN: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Sup: 'Span',
  Mark: 'Span',
  Title: 'P',
  Aside: 'Div',
  FENote: 'Note',
  DocumentFragment: 'Part',
};

export function addRoleMap(doc: PDFDocument, tree: StructTree): string[] {
  const used = new Set<string>();
  for (const e of elements(tree)) if (!STANDARD_TYPES.has(e.type)) used.add(e.type);
  if (used.size === 0) return [];
  const map = tree.root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const type of used) if (!map.get(PDFName.of(type))) map.set(PDFName.of(type), PDFName.of(KNOWN[type] ?? 'Span'));
  tree.root.set(PDFName.of('RoleMap'), map);
  return [...used];
}
