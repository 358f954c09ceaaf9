/**
 * PDF/UA-1 post-processing of the PDF Chromium writes (page.pdf with `tagged: true`), in place: the structure tree
 * and everything else stay; what Chromium leaves out is added, what it gets wrong is rearranged.
 *
 *   load → page contents read, which MCIDs paint text
 *   → structure: footnotes become Notes behind their paragraph (notes.ts), chart and table wrappers are no
 *     Figures (figures.ts), table boxes out of the tree (tables.ts), L → LI → Lbl/LBody (lists.ts), role map for
 *     Strong/Em (role-map.ts), Chromium's node ids renumbered in tree order (stable-ids.ts); ParentTree rebuilt
 *     (struct-tree.ts)
 *   → contents: whatever no structure element holds becomes an artifact (artifacts.ts); every page is proven to
 *     paint exactly what it painted before (the completeness check reads Chromium's file meanwhile)
 *   → link descriptions (links.ts), tab order, XMP metadata, title, language (metadata.ts) → objects nothing
 *     refers to left out (unreferenced.ts) → save
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFPage } from 'pdf-lib';
import { printErrors } from '../../errors/print.ts';
import { formatProblem } from '../../errors/problem.ts';
import type { Logger } from '../../log.ts';
import { markArtifacts, mcidsWithText, paintsTheSame, readContent, type PageContent } from './artifacts.ts';
import { unwrapFigures } from './figures.ts';
import { describeLinks } from './links.ts';
import { fixLists } from './lists.ts';
import { makeNotes, type FootnoteFacts } from './notes.ts';
import type { PdfMeta } from './meta.ts';
import { setDocumentMetadata } from './metadata.ts';
import { readPageContent, writePageContent } from './page-content.ts';
import { renumberNodeIds } from './stable-ids.ts';
import { dropUnreferenced } from './unreferenced.ts';
import { addRoleMap } from './role-map.ts';
import { readStructTree, referencedMcids, writeStructTree, lookup, type Kid } from './struct-tree.ts';
import { dropTableDecoration } from './tables.ts';

/** Resource names of the page's form XObjects that have marked content of their own (/StructParents). */
function taggedForms(page: PDFPage): Set<string> {
  const ctx = page.doc.context;
  const xobjects = lookup<PDFDict>(ctx, lookup<PDFDict>(ctx, page.node.get(PDFName.of('Resources')))?.get(PDFName.of('XObject')));
  const names = new Set<string>();
  for (const [name, ref] of xobjects?.entries() ?? []) {
    const x = lookup<PDFStream>(ctx, ref);
    if (x instanceof PDFStream && x.dict.get(PDFName.of('StructParents')) !== undefined) names.add(name.decodeText());
  }
  return names;
}

export type { PdfMeta } from './meta.ts';
export { pdfMetaFromSettings, type PdfSettings } from './meta.ts';

export interface PrintFacts {
  /** From the print page (footnote-calls.ts); without them a page's footnote calls are matched in order. */
  footnotes?: FootnoteFacts;
}

export async function makeAccessible(pdfBytes: Uint8Array, meta: PdfMeta, facts: PrintFacts = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false, parseSpeed: Infinity });
  const ctx = doc.context;
  const pages = doc.getPages();
  const contents = new Map<string, PageContent>(pages.map((p) => [p.ref.toString(), readContent(readPageContent(p))]));
  const withText = new Map([...contents].map(([key, c]) => [key, mcidsWithText(c)]));
  // marked content inside a form XObject (MCR with /Stm) is kept as it is
  const hasText = (kid: Kid) => kid.kind !== 'mcid' || kid.stm !== undefined || (withText.get(kid.page.toString())?.has(kid.mcid) ?? false);

  const tree = readStructTree(doc);
  if (tree) {
    makeNotes(doc, tree, facts.footnotes ?? null);
    unwrapFigures(tree);
    dropTableDecoration(tree, hasText);
    fixLists(ctx, tree, hasText);
    addRoleMap(doc, tree);
    renumberNodeIds(ctx, tree);
    writeStructTree(doc, tree);
  }
  const referenced = tree ? referencedMcids(tree) : new Map<string, Set<number>>();
  for (const page of pages) {
    const key = page.ref.toString();
    const content = contents.get(key)!;
    const changed = markArtifacts(content, referenced.get(key) ?? new Set(), taggedForms(page));
    if (changed && !paintsTheSame(content, changed)) throw new Error(`Seite ${pages.indexOf(page) + 1}: die Nachbearbeitung hätte Gezeichnetes verändert`);
    if (changed) writePageContent(page, changed);
    const annots = lookup<PDFArray>(ctx, page.node.get(PDFName.of('Annots')));
    if (annots && annots.size() > 0) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  }
  describeLinks(doc);
  setDocumentMetadata(doc, meta);
  // replaced objects (the old IDTree, metadata) left out: the same Fassung gives the same bytes (unreferenced.ts)
  dropUnreferenced(ctx);
  // no object streams: every object stays readable as text, as in Chromium's file (tests and tools grep for them)
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/**
 * The PDF made accessible; if that fails, the PDF as Chromium wrote it, with a warning: its pages and numbers are
 * complete, only the accessibility is not, so the build goes on.
 */
export async function accessibleOrAsPrinted(
  pdfBytes: Uint8Array,
  meta: PdfMeta,
  facts: PrintFacts,
  report: { slug: string; file: string; logger: Logger },
): Promise<Uint8Array> {
  try {
    return await makeAccessible(pdfBytes, meta, facts);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    report.logger.warn(formatProblem(printErrors.accessibleFailed(report.slug, report.file, detail)));
    return pdfBytes;
  }
}
