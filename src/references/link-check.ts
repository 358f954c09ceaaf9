/**
 * Check phase for link targets planners write: Markdown links, images and link definitions, and the address
 * attributes (`href`, `src` …) of elements in MDX chapters; the `URL` fields of literatur.json. A target with a
 * scheme other than http(s), mailto and tel (link-scheme.ts) is an error at the target's file:line:column.
 * Elements that run code (`<script>`, `<iframe>` …, `on…=` attributes) are errors too. Chapters come as their one
 * parsed model (chapters/model.ts), so positions are those of the real document.
 *
 * Targets computed by an expression (`href={base + pfad}`) cannot be known here; the renderer drops them if they
 * turn out forbidden (html/safe-links.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { attributeValueOffset } from '../chapters/components.ts';
import type { ChapterModel } from '../chapters/model.ts';
import { lineIndex } from '../data/read/positions.ts';
import { linkErrors } from '../errors/links.ts';
import type { Location, Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import { isAllowedLink, linkScheme } from '../site/link-scheme.ts';

/** Attributes whose value a browser opens as an address. */
const URL_ATTRS = new Set(['href', 'xlink:href', 'xlinkHref', 'src', 'action', 'formAction', 'formaction', 'poster', 'cite', 'data', 'background', 'srcSet', 'srcset']);
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link']);

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { offset?: number } } }[];
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A string literal expression (`{"…"}`, `{'…'}`, a template without `${`), or null. */
function literal(expression: string): string | null {
  const e = expression.trim();
  const m = /^(["'`])([\s\S]*)\1$/.exec(e);
  if (!m || m[2]!.includes(m[1]!) || (m[1] === '`' && m[2]!.includes('${'))) return null;
  try {
    return m[1] === '`' ? m[2]! : (JSON.parse(m[1] === '"' ? e : `"${m[2]!.replace(/"/g, '\\"')}"`) as string);
  } catch {
    return m[2]!;
  }
}

/** Offset of the target in `[text](target)`, `![alt](target)` or `[label]: target`, within the node's source. */
function targetOffset(src: string, node: Node): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? src.length;
  const raw = src.slice(start, end);
  let i = node.type === 'definition' ? raw.indexOf(']:') + 2 : raw.lastIndexOf('](') + 2;
  if (i < 2) return start;
  while (/\s/.test(raw[i] ?? '')) i++;
  if (raw[i] === '<') i++;
  return start + i;
}

/** Every forbidden link target and active element in one chapter's MDX source. */
export function checkChapterLinks(model: ChapterModel): Problem[] {
  if (!model.tree) return []; // a syntax error: content-only.ts reports it with its position
  const tree = model.tree as unknown as Node;
  const src = model.source;
  const at = (offset: number): Location => ({ file: model.file, ...model.position(offset) });
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    const start = node.position?.start.offset ?? 0;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      if (!isAllowedLink(node.url)) {
        const where = node.type === 'image' ? 'Bild' : node.type === 'definition' ? 'Linkdefinition' : 'Markdown-Link';
        problems.push(linkErrors.forbiddenScheme(at(targetOffset(src, node)), where, node.url, linkScheme(node.url)!));
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (ACTIVE_ELEMENTS.has(node.name)) problems.push(linkErrors.activeContent(at(start), `<${node.name}>`));
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
        if (/^on/i.test(attr.name)) {
          problems.push(linkErrors.activeContent(at(attributeValueOffset(src, attr, start)), `Das Attribut „${attr.name}“ von <${node.name}>`));
          continue;
        }
        if (!URL_ATTRS.has(attr.name)) continue;
        const v = attr.value;
        const value =
          typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v && typeof v.value === 'string' ? literal(v.value) : null;
        if (value === null) continue;
        const candidates = attr.name.toLowerCase() === 'srcset' ? value.split(',').map((p) => p.trim().split(/\s+/)[0] ?? '') : [value];
        const bad = candidates.find((c) => !isAllowedLink(c));
        if (bad !== undefined) {
          problems.push(linkErrors.forbiddenScheme(at(attributeValueOffset(src, attr, start)), `${attr.name} von <${node.name}>`, bad, linkScheme(bad)!));
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

// `"URL": "…"` in JSON, with the string's escapes
const URL_FIELD = /"URL"\s*:\s*("(?:[^"\\]|\\.)*")/g;

/** Every forbidden `URL` in a CSL-JSON text (literatur.json), at the value. */
export function checkBibliographyLinks(text: string, file: string): Problem[] {
  const pos = lineIndex(text);
  const problems: Problem[] = [];
  for (const m of text.matchAll(URL_FIELD)) {
    let value: string;
    try {
      value = JSON.parse(m[1]!) as string;
    } catch {
      continue;
    }
    if (isAllowedLink(value)) continue;
    const offset = m.index + m[0].length - m[1]!.length + 1;
    problems.push(linkErrors.forbiddenScheme({ file, ...pos(offset) }, 'Feld „URL“ im Literaturverzeichnis', value, linkScheme(value)!));
  }
  return problems;
}

/** Every literatur.json below content/ (the chapters are checked by chapters/check.ts). */
export function checkLinks(paths: ProjectPaths): Problem[] {
  if (!fs.existsSync(paths.content)) return [];
  const problems: Problem[] = [];
  const files = fs
    .readdirSync(paths.content, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(paths.content, f))
    .sort();
  for (const abs of files) {
    const rel = path.relative(paths.root, abs).split(path.sep).join('/');
    if (path.basename(abs) === 'literatur.json') problems.push(...checkBibliographyLinks(fs.readFileSync(abs, 'utf8'), rel));
  }
  return problems;
}
