/**
 * What vega's `toSVG()` leaves to us:
 * - ids: vega numbers gradients and clip paths per process (`gradient_0`, `clip1`), so two charts on one page
 *   would share ids. Every id and every reference to one is prefixed with the chart's own prefix.
 * - accessibility: `role="img"`, a `<title>` (accessible name) and `<desc>` (description), linked by ARIA.
 * - size: fixed width/height become a viewBox with `width="100%"`, so the chart follows the column width.
 * - hatching: Gebiete without a value are filled with MISSING_FILL, replaced here by a hatch pattern.
 * - identity: a mark described as `gebiet:<id>` (spec-indicator.ts) keeps that as `data-gebiet="<id>"`, so tests and
 *   styles can tell which Gebiet a line, point or bar shows.
 */
import { MISSING_FILL } from './palette.ts';

export interface SvgLabels {
  /** Unique, deterministic per chart (e.g. from the spec hash); letters, digits and `-` only. */
  prefix: string;
  titel: string;
  beschreibung: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Renames every id to `<prefix>-<kind><n>` (kind = vega's name without its number, n counted in this SVG)
 * and every reference with it, inside tags only, so text content is never touched. vega's own numbers run
 * on per process; renumbering makes the same chart come out byte-identical on every build.
 */
export function prefixIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(/<[^>]*\sid="([^"]+)"/g)) {
    const id = m[1]!;
    if (names.has(id)) continue;
    const kind = id.replace(/[_-]?\d+$/, '') || 'id';
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    names.set(id, `${prefix}-${kind}${n}`);
  }
  const rename = (id: string) => names.get(id) ?? `${prefix}-${id}`;
  return svg.replace(/<[^>]+>/g, (tag) =>
    tag
      .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${rename(id)}"`)
      .replace(/url\(\s*(['"]?)#([^)'"]+)\1\s*\)/g, (_, q: string, id: string) => `url(${q}#${rename(id)}${q})`)
      .replace(/(\s(?:xlink:)?href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${rename(id)}"`),
  );
}

function hatchPattern(id: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.6"/>` +
    `</pattern>`
  );
}

/** Replaces the missing-value fill with a hatch pattern (defined once, with an already prefixed id). */
function addHatching(svg: string, prefix: string): string {
  const fill = new RegExp(`fill="${MISSING_FILL}"`, 'gi');
  if (!fill.test(svg)) return svg;
  const id = `${prefix}-schraffur`;
  const out = svg.replace(fill, `fill="url(#${id})"`);
  if (out.includes('<defs>')) return out.replace('<defs>', `<defs>${hatchPattern(id)}`);
  return out.replace(/(<svg[^>]*>)/, `$1<defs>${hatchPattern(id)}</defs>`);
}

/** Rewrites the root element: viewBox, fluid width, role and ARIA references; inserts title and desc. */
function accessibleRoot(svg: string, labels: SvgLabels): string {
  const open = /^<svg([^>]*)>/.exec(svg);
  if (!open) throw new Error('SVG ohne <svg>-Element');
  const attrs = open[1]!;
  const width = Number(/\swidth="([\d.]+)"/.exec(attrs)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(attrs)?.[1] ?? 0);
  const viewBox = /\sviewBox="([^"]+)"/.exec(attrs)?.[1] ?? `0 0 ${width} ${height}`;
  const t = `${labels.prefix}-titel`;
  const d = `${labels.prefix}-beschreibung`;
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"` +
    ` class="diagramm-svg" viewBox="${viewBox}" width="100%" style="max-width:${width}px;height:auto"` +
    ` preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${t}" aria-describedby="${d}">` +
    `<title id="${t}">${escapeXml(labels.titel)}</title><desc id="${d}">${escapeXml(labels.beschreibung)}</desc>`;
  return root + svg.slice(open[0].length);
}

/**
 * vega marks every shape as `graphics-symbol` with its own label. Inside a `role="img"` those are not exposed and
 * checkers flag them; the chart is one image with one name and a description, and its data is in the table beside it.
 */
function flattenInnerRoles(svg: string): string {
  return svg
    .replace(/\saria-label="gebiet:([^"]+)"/g, ' data-gebiet="$1"').replace(/\s(?:role="graphics-[^"]*"|aria-roledescription="[^"]*"|aria-label="[^"]*")/g, '');
}

/** All post-processing steps, in order. */
export function finishSvg(svg: string, labels: SvgLabels): string {
  return accessibleRoot(flattenInnerRoles(addHatching(prefixIds(svg, labels.prefix), labels.prefix)), labels);
}
