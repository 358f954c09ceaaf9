/**
 * A checker for the machine-checkable subset of PDF/UA-1 (Matterhorn Protocol) that our PDFs must pass: it lists
 * every checkpoint with its failures and a few examples, so a test can say which one fails and how often.
 *
 * Structure, catalogue, annotations and fonts are read with pdf-lib; the page content (which painting operator
 * lies inside which marked-content sequence) with pdf.js' operator list (pdf-ua-content.ts) — not with the
 * tokenizer of the post-processing step it checks (src/print/pdf-ua/), so a mistake there cannot hide itself here.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFStream,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { readMarkedContent } from './pdf-ua-content.ts';

export type CheckpointId =
  | 'metadata'
  | 'display-doc-title'
  | 'lang'
  | 'mark-info'
  | 'role-map'
  | 'tagged-content'
  | 'figure-alt'
  | 'figure-table'
  | 'list-structure'
  | 'note-id'
  | 'links'
  | 'headings'
  | 'table-structure'
  | 'fonts'
  | 'tabs'
  | 'parent-tree';

export interface Checkpoint {
  id: CheckpointId;
  /** What is checked, in a few words (Matterhorn checkpoint numbers in brackets). */
  title: string;
  failures: number;
  /** Up to five examples of failures. */
  examples: string[];
}

export interface PdfUaReport {
  checkpoints: Checkpoint[];
  /** Checkpoints with at least one failure. */
  failed: Checkpoint[];
  /** How many structure elements of each type (after the role map), e.g. `{ Note: 18 }`. */
  types: Record<string, number>;
}

const TITLES: Record<CheckpointId, string> = {
  metadata: 'XMP-Metadaten mit pdfuaid:part 1 und dc:title (06-001…06-003)',
  'display-doc-title': 'ViewerPreferences /DisplayDocTitle true (07-001)',
  lang: 'Katalog /Lang (11-006)',
  'mark-info': 'MarkInfo /Marked true und StructTreeRoot (01-002, 01-001)',
  'role-map': 'Nicht-Standard-Strukturtypen in der RoleMap (02-001)',
  'tagged-content': 'Aller Inhalt getaggt oder Artefakt, nie ineinander (01-001, 01-003, 01-004, 01-005)',
  'figure-alt': 'Figure mit /Alt (13-004)',
  'figure-table': 'Keine Tabelle innerhalb einer Figure',
  'list-structure': 'L → LI → Lbl/LBody (16-001…16-003)',
  'note-id': 'Note mit eindeutiger /ID im IDTree (19-003, 19-004)',
  links: 'Link-Annotationen mit /Contents und per OBJR im Strukturbaum (28-004, 28-011)',
  headings: 'Überschriften ohne übersprungene Ebenen (14-003)',
  'table-structure': 'Table → TR → TH/TD (15-001…)',
  fonts: 'Schriften eingebettet und mit ToUnicode (31-001, 31-009)',
  tabs: '/Tabs /S auf Seiten mit Annotationen (28-002)',
  'parent-tree': 'ParentTree führt jede MCID und Annotation zu ihrem Strukturelement (ISO 32000-1, 14.7.4.4)',
};

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4); anything else needs a role map entry. */
export const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl ' +
    'LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu ' +
    'WT WP Figure Formula Form'
  ).split(' '),
);

const MAX_EXAMPLES = 5;

class Tally {
  readonly counts = new Map<CheckpointId, { failures: number; examples: string[] }>();
  readonly types: Record<string, number> = {};
  fail(id: CheckpointId, example: string, count = 1): void {
    const entry = this.counts.get(id) ?? { failures: 0, examples: [] };
    entry.failures += count;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
    this.counts.set(id, entry);
  }
  report(): PdfUaReport {
    const checkpoints = (Object.keys(TITLES) as CheckpointId[]).map((id) => ({
      id,
      title: TITLES[id],
      failures: this.counts.get(id)?.failures ?? 0,
      examples: this.counts.get(id)?.examples ?? [],
    }));
    return { checkpoints, failed: checkpoints.filter((c) => c.failures > 0), types: this.types };
  }
}

/** Checks a PDF's bytes; never throws for a broken structure, it reports it. */
export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaReport> {
  const tally = new Tally();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const ctx = doc.context;
  const get = <T extends PDFObject>(o: PDFObject | undefined): T | undefined =>
    (o instanceof PDFRef ? ctx.lookup(o) : o) as T | undefined;
  const name = (o: PDFObject | undefined) => {
    const v = get(o);
    return v instanceof PDFName ? v.decodeText() : undefined;
  };
  const text = (o: PDFObject | undefined) => {
    const v = get(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
  };

  checkMetadata(catalog, get, tally);
  const prefs = get<PDFDict>(catalog.get(PDFName.of('ViewerPreferences')));
  if (String(prefs?.get(PDFName.of('DisplayDocTitle'))) !== 'true') tally.fail('display-doc-title', 'DisplayDocTitle fehlt');
  if (!text(catalog.get(PDFName.of('Lang')))?.trim()) tally.fail('lang', 'Katalog ohne /Lang');
  const markInfo = get<PDFDict>(catalog.get(PDFName.of('MarkInfo')));
  if (String(markInfo?.get(PDFName.of('Marked'))) !== 'true') tally.fail('mark-info', 'MarkInfo /Marked fehlt');

  const root = get<PDFDict>(catalog.get(PDFName.of('StructTreeRoot')));
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  /** page index → MCIDs the structure tree references */
  const referenced = pages.map(() => new Set<number>());
  /** page index → MCIDs the tree references inside form XObjects drawn there (MCR with /Stm) */
  const formReferenced = pages.map(() => new Set<number>());
  /** annotations referenced by OBJR, with the element holding the OBJR */
  const objrs = new Map<string, string>();
  /** `page:mcid` (or `stm:<form>:mcid`) → reference of the element that holds the MCID */
  const owners = new Map<string, string>();
  const claim = (key: string, self: string) => {
    const before = owners.get(key);
    if (before !== undefined && before !== self) tally.fail('parent-tree', `MCID ${key} gehört zwei Elementen`);
    owners.set(key, self);
  };
  if (!root) {
    tally.fail('mark-info', 'kein StructTreeRoot');
  } else {
    const roleMap = get<PDFDict>(root.get(PDFName.of('RoleMap')));
    const mapped = (type: string): string => {
      let t = type;
      for (let i = 0; i < 10 && !STANDARD_TYPES.has(t); i++) {
        const next = name(roleMap?.get(PDFName.of(t)));
        if (!next) break;
        t = next;
      }
      return t;
    };
    const missingRoles = new Set<string>();
    const noteIds = new Set<string>();
    const idTree = readNameTree(get<PDFDict>(root.get(PDFName.of('IDTree'))), get, text);
    let lastHeading = 0;
    const kidsOf = (el: PDFDict): PDFObject[] => {
      const k = el.get(PDFName.of('K'));
      if (k === undefined) return [];
      const v = get(k);
      return v instanceof PDFArray ? v.asArray() : [k];
    };
    const typeOf = (o: PDFObject): string | null => {
      const d = get(o);
      if (!(d instanceof PDFDict)) return null; // an MCID
      const type = name(d.get(PDFName.of('Type')));
      if (type === 'MCR' || type === 'OBJR') return null;
      const s = name(d.get(PDFName.of('S')));
      return s ? mapped(s) : null;
    };
    const seen = new Set<PDFDict>();
    const walk = (el: PDFDict, self: string, pageRef: PDFObject | undefined, inFigure: boolean) => {
      if (seen.has(el)) return;
      seen.add(el);
      const raw = name(el.get(PDFName.of('S'))) ?? '?';
      const type = mapped(raw);
      tally.types[type] = (tally.types[type] ?? 0) + 1;
      if (!STANDARD_TYPES.has(type)) missingRoles.add(raw);
      const pg = el.get(PDFName.of('Pg')) ?? pageRef;
      const kids = kidsOf(el);
      const kidTypes = kids.map(typeOf);
      if (type === 'Figure') {
        const alt = text(el.get(PDFName.of('Alt'))) ?? text(el.get(PDFName.of('ActualText')));
        if (!alt?.trim()) tally.fail('figure-alt', `Figure ohne Alt (${describe(el, pageIndex)})`);
      }
      if (type === 'Table' && inFigure) tally.fail('figure-table', `Tabelle in Figure (${describe(el, pageIndex)})`);
      if (type === 'L') {
        const bad = kidTypes.filter((t) => t !== 'LI' && t !== 'Caption');
        if (bad.length > 0) tally.fail('list-structure', `L mit ${bad.map((t) => t ?? 'Inhalt').join(', ')}`, bad.length);
      }
      if (type === 'LI') {
        const bad = kidTypes.filter((t) => t !== 'Lbl' && t !== 'LBody');
        if (bad.length > 0) tally.fail('list-structure', `LI mit ${bad.map((t) => t ?? 'Inhalt').join(', ')}`, bad.length);
      }
      if (type === 'Note') {
        const id = text(el.get(PDFName.of('ID')));
        if (!id) tally.fail('note-id', `Note ohne /ID (${describe(el, pageIndex)})`);
        else if (noteIds.has(id)) tally.fail('note-id', `/ID ${id} doppelt`);
        else if (idTree.get(id) !== self) tally.fail('note-id', `/ID ${id} nicht im IDTree`);
        if (id) noteIds.add(id);
      }
      const heading = /^H([1-6])$/.exec(type);
      if (heading) {
        const level = Number(heading[1]);
        if (level > lastHeading + 1) tally.fail('headings', `H${level} nach H${lastHeading || '–'}`);
        lastHeading = level;
      }
      if (type === 'Table') {
        const bad = kidTypes.filter((t) => !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(t ?? ''));
        if (bad.length > 0) tally.fail('table-structure', `Table mit ${bad.map((t) => t ?? 'Inhalt').join(', ')}`, bad.length);
      }
      if (type === 'THead' || type === 'TBody' || type === 'TFoot') {
        const bad = kidTypes.filter((t) => t !== 'TR');
        if (bad.length > 0) tally.fail('table-structure', `${type} mit ${bad.map((t) => t ?? 'Inhalt').join(', ')}`, bad.length);
      }
      if (type === 'TR') {
        const bad = kidTypes.filter((t) => t !== 'TH' && t !== 'TD');
        if (bad.length > 0) tally.fail('table-structure', `TR mit ${bad.map((t) => t ?? 'Inhalt').join(', ')}`, bad.length);
      }
      for (const kid of kids) {
        const v = get(kid);
        if (v instanceof PDFNumber) {
          const page = pageIndex.get(String(pg));
          if (page !== undefined) referenced[page]!.add(v.asNumber());
          if (page !== undefined) claim(`${page}:${v.asNumber()}`, self);
        } else if (v instanceof PDFDict) {
          const t = name(v.get(PDFName.of('Type')));
          if (t === 'MCR') {
            const page = pageIndex.get(String(v.get(PDFName.of('Pg')) ?? pg));
            const mcid = get(v.get(PDFName.of('MCID')));
            const stm = v.get(PDFName.of('Stm'));
            if (page !== undefined && mcid instanceof PDFNumber && stm instanceof PDFRef) {
              formReferenced[page]!.add(mcid.asNumber());
              claim(`stm:${String(stm)}:${mcid.asNumber()}`, self);
            } else if (page !== undefined && mcid instanceof PDFNumber) {
              referenced[page]!.add(mcid.asNumber());
              claim(`${page}:${mcid.asNumber()}`, self);
            }
          } else if (t === 'OBJR') {
            const obj = v.get(PDFName.of('Obj'));
            if (obj) objrs.set(String(obj), self);
          } else {
            walk(v, kid instanceof PDFRef ? String(kid) : 'direkt', pg, inFigure || type === 'Figure');
          }
        }
      }
    };
    const top = get(root.get(PDFName.of('K')));
    for (const kid of top instanceof PDFArray ? top.asArray() : top ? [top] : []) {
      const el = get(kid);
      if (el instanceof PDFDict) walk(el, kid instanceof PDFRef ? String(kid) : 'direkt', undefined, false);
    }
    for (const raw of missingRoles) tally.fail('role-map', `/${raw} ohne RoleMap-Eintrag`);
    checkParentTree(doc, root, get, owners, objrs, tally);
  }

  // annotations: links and tab order
  pages.forEach((page, i) => {
    const annots = get<PDFArray>(page.node.get(PDFName.of('Annots')));
    if (!annots || annots.size() === 0) return;
    if (name(page.node.get(PDFName.of('Tabs'))) !== 'S') tally.fail('tabs', `Seite ${i + 1} ohne /Tabs /S`);
    for (const ref of annots.asArray()) {
      const annot = get<PDFDict>(ref);
      if (!annot || name(annot.get(PDFName.of('Subtype'))) !== 'Link') continue;
      if (!text(annot.get(PDFName.of('Contents')))?.trim()) tally.fail('links', `Link ohne /Contents auf Seite ${i + 1}`);
      if (!objrs.has(String(ref))) tally.fail('links', `Link nicht im Strukturbaum auf Seite ${i + 1}`);
    }
  });

  checkFonts(doc, get, name, tally);
  for (const p of await readMarkedContent(bytes, referenced, formReferenced)) {
    const n = p.page;
    if (p.untagged > 0) tally.fail('tagged-content', `Seite ${n}: ${p.untagged} Zeichenoperatoren weder getaggt noch Artefakt`, p.untagged);
    if (p.unreferenced > 0) tally.fail('tagged-content', `Seite ${n}: ${p.unreferenced} MCIDs nicht im Strukturbaum`, p.unreferenced);
    if (p.mixed > 0) tally.fail('tagged-content', `Seite ${n}: ${p.mixed}-mal Artefakt und getaggter Inhalt ineinander`, p.mixed);
  }
  return tally.report();
}

/** A name tree's keys and the references they map to (as text, `12 0 R`). */
function readNameTree(node: PDFDict | undefined, get: Getter, text: (o: PDFObject | undefined) => string | undefined, out = new Map<string, string>()): Map<string, string> {
  if (!node) return out;
  const names = get<PDFArray>(node.get(PDFName.of('Names')));
  for (let i = 0; names && i + 1 < names.size(); i += 2) {
    const key = text(names.get(i));
    if (key !== undefined) out.set(key, String(names.get(i + 1)));
  }
  for (const kid of get<PDFArray>(node.get(PDFName.of('Kids')))?.asArray() ?? []) readNameTree(get<PDFDict>(kid), get, text, out);
  return out;
}

/** The ParentTree (a number tree) maps each page's MCIDs and each annotation back to the element holding them. */
function checkParentTree(doc: PDFDocument, root: PDFDict, get: Getter, owners: Map<string, string>, objrs: Map<string, string>, tally: Tally): void {
  const entries = new Map<number, PDFObject>();
  const collect = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = get<PDFArray>(node.get(PDFName.of('Nums')));
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = get<PDFNumber>(nums.get(i));
      if (key instanceof PDFNumber) entries.set(key.asNumber(), nums.get(i + 1));
    }
    for (const kid of get<PDFArray>(node.get(PDFName.of('Kids')))?.asArray() ?? []) collect(get<PDFDict>(kid));
  };
  collect(get<PDFDict>(root.get(PDFName.of('ParentTree'))));
  const pages = doc.getPages();
  /** per content stream (a page's, or a form's `stm:<ref>`): its MCIDs and their owners */
  const byStream = new Map<string, [number, string][]>();
  for (const [key, owner] of owners) {
    const at = key.lastIndexOf(':');
    const stream = key.slice(0, at);
    byStream.set(stream, [...(byStream.get(stream) ?? []), [Number(key.slice(at + 1)), owner]]);
  }
  const refOf = (text: string) => PDFRef.of(Number(text.split(' ')[0]), Number(text.split(' ')[1]));
  for (const [stream, list] of byStream) {
    const holder = stream.startsWith('stm:') ? get<PDFStream>(refOf(stream.slice(4)))?.dict : pages[Number(stream)]!.node;
    const sp = get<PDFNumber>(holder?.get(PDFName.of('StructParents')));
    const arr = sp instanceof PDFNumber ? get<PDFArray>(entries.get(sp.asNumber())) : undefined;
    let wrong = 0;
    for (const [mcid, owner] of list) if (String(arr instanceof PDFArray && mcid < arr.size() ? arr.get(mcid) : undefined) !== owner) wrong++;
    const where = stream.startsWith('stm:') ? `Form ${stream.slice(4)}` : `Seite ${Number(stream) + 1}`;
    if (wrong > 0) tally.fail('parent-tree', `${where}: ${wrong} MCIDs im ParentTree falsch oder fehlend`, wrong);
  }
  for (const [annotRef, owner] of objrs) {
    const annot = get<PDFDict>(refOf(annotRef));
    const sp = get<PDFNumber>(annot?.get(PDFName.of('StructParent')));
    if (!(sp instanceof PDFNumber) || String(entries.get(sp.asNumber())) !== owner) tally.fail('parent-tree', `Annotation ${annotRef} ohne richtigen ParentTree-Eintrag`);
  }
}

function describe(el: PDFDict, pageIndex: Map<string, number>): string {
  const page = pageIndex.get(String(el.get(PDFName.of('Pg'))));
  return page === undefined ? 'ohne Seite' : `Seite ${page + 1}`;
}

type Getter = <T extends PDFObject>(o: PDFObject | undefined) => T | undefined;

function checkMetadata(catalog: PDFDict, get: Getter, tally: Tally): void {
  const stream = get<PDFStream>(catalog.get(PDFName.of('Metadata')));
  if (!(stream instanceof PDFStream)) {
    tally.fail('metadata', 'kein XMP-Metadatenstrom', 3);
    return;
  }
  const xmp = new TextDecoder().decode(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents());
  if (!/pdfuaid:part(?:>\s*1\s*<|\s*=\s*["']1["'])/.test(xmp)) tally.fail('metadata', 'pdfuaid:part 1 fehlt');
  const title = /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]+)<\/rdf:li>/.exec(xmp)?.[1];
  if (!title?.trim()) tally.fail('metadata', 'dc:title fehlt');
}

function checkFonts(doc: PDFDocument, get: Getter, name: (o: PDFObject | undefined) => string | undefined, tally: Tally): void {
  const seen = new Set<PDFDict>();
  const visitResources = (res: PDFDict | undefined, where: string) => {
    if (!res || seen.has(res)) return;
    seen.add(res);
    const fonts = get<PDFDict>(res.get(PDFName.of('Font')));
    for (const [key, ref] of fonts?.entries() ?? []) {
      const font = get<PDFDict>(ref);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      const subtype = name(font.get(PDFName.of('Subtype')));
      const label = `${name(font.get(PDFName.of('BaseFont'))) ?? key.decodeText()} (${where})`;
      if (!font.get(PDFName.of('ToUnicode'))) tally.fail('fonts', `${label} ohne ToUnicode`);
      if (subtype === 'Type3') {
        visitResources(get<PDFDict>(font.get(PDFName.of('Resources'))), where);
        continue;
      }
      const descendant = subtype === 'Type0' ? get<PDFDict>(get<PDFArray>(font.get(PDFName.of('DescendantFonts')))?.get(0)) : font;
      const descriptor = get<PDFDict>(descendant?.get(PDFName.of('FontDescriptor')));
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(PDFName.of(k)));
      if (!embedded) tally.fail('fonts', `${label} nicht eingebettet`);
    }
    const xobjects = get<PDFDict>(res.get(PDFName.of('XObject')));
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = get<PDFStream>(ref);
      if (x instanceof PDFStream) visitResources(get<PDFDict>(x.dict.get(PDFName.of('Resources'))), where);
    }
  };
  doc.getPages().forEach((page, i) => visitResources(get<PDFDict>(page.node.get(PDFName.of('Resources'))), `Seite ${i + 1}`));
}

/** One line per checkpoint, for messages: `tagged-content: 3 (Seite 2: …)`. */
export function formatReport(report: PdfUaReport): string {
  return report.checkpoints.map((c) => `${c.failures === 0 ? 'ok  ' : 'FAIL'} ${c.id}: ${c.failures}${c.examples.length ? ` (${c.examples.join('; ')})` : ''}`).join('\n');
}
