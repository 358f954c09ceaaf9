/**
 * Runs in the print page (passed to page.evaluate) before page.pdf(): ids that Paged.js makes from random numbers
 * (a footnote's `note-<uuid>`) become numbered in document order (`note-1`, `note-2` …), and the links to them
 * follow. Chromium writes these ids into the PDF (named destinations, the Notes' /ID), so without this every build
 * of the same Fassung would differ in its bytes. Self-contained; returns how many ids were renamed.
 */
export function stabilizeIds(): number {
  const random = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[id]'))) {
    const id = el.id;
    const m = random.exec(id);
    if (!m) continue;
    let next = renamed.get(id);
    if (!next) {
      const prefix = id.slice(0, m.index).replace(/-$/, '') || 'id';
      const n = (counts.get(prefix) ?? 0) + 1;
      counts.set(prefix, n);
      next = `${prefix}-${n}`;
      renamed.set(id, next);
    }
    el.id = next;
  }
  if (renamed.size === 0) return 0;
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))) {
    const target = decodeURIComponent(a.getAttribute('href')!.slice(1));
    const next = renamed.get(target);
    if (next) a.setAttribute('href', `#${next}`);
  }
  return renamed.size;
}
