/** Reading rendered SVG strings in tests, without a DOM. */

/** Texts of all `<text>` elements (vega draws one per tick label, legend label, title line). */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

export function svgIds(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** Every `url(#…)` and `href="#…"` target. */
export function svgRefs(svg: string): string[] {
  return [
    ...[...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!),
    ...[...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!),
  ];
}

/** Bounding box of an SVG path's absolute coordinates (vega writes M/L/Z paths for geoshapes). */
export function pathBox(d: string): { x0: number; y0: number; x1: number; y1: number; w: number; h: number } {
  const nums = [...d.matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  return { x0, y0, x1, y1, w: x1 - x0, h: y1 - y0 };
}

/** `d` of the paths vega drew for geoshape marks. */
export function geoshapePaths(svg: string): string[] {
  const group = /<g class="mark-shape role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1]!);
}

export function viewBoxSize(svg: string): { w: number; h: number } {
  const [, , w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 0 0').split(/\s+/).map(Number);
  return { w: w!, h: h! };
}
