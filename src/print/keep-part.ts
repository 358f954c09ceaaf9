/**
 * Runs in the print page (passed to page.evaluate) of one part of a publication laid out in parts (print-parts.ts),
 * before Paged.js: keeps the part's sections (and, in the first part, the front matter before them), and the ENTWURF
 * mark that every page carries (in a later part moved into its first section).
 *
 * A part that is not the last ends with a marker that must begin on a right-hand page, like the next part's first
 * section would: Paged.js then adds the blank left-hand page the whole publication would have there. The page
 * holding the marker is dropped after layout (dropPartEnd).
 */
export interface KeptPart {
  from: number;
  to: number;
  first: boolean;
  last: boolean;
  /** The attribute of the sections a part may begin with (PART_ATTRIBUTE). */
  attribute: string;
}

export function keepPart(part: KeptPart): number {
  const children = Array.from(document.body.children);
  const sections = children.filter((el) => el.hasAttribute(part.attribute)).length;
  let index = 0;
  let kept = 0;
  for (const el of children) {
    const isSection = el.hasAttribute(part.attribute);
    // the front matter goes with the first part, anything after the last section with the last part
    const keep = isSection
      ? index >= part.from && index < part.to
      : el.classList.contains('entwurf-marke') || (part.first && index === 0) || (part.last && index === sections);
    if (isSection) index++;
    if (keep) kept++;
    else el.remove();
  }
  // Before the part's first section the mark would count as content of a page of its own; inside it, it is only
  // the source of the running element, as at the top of the whole publication.
  const mark = document.body.querySelector(':scope > .entwurf-marke');
  const firstSection = document.body.querySelector(`:scope > [${part.attribute}]`);
  if (!part.first && mark && firstSection) firstSection.prepend(mark);
  if (!part.last) {
    const end = document.createElement('div');
    end.className = 'druckteil-ende';
    // Paged.js reads breaks from its own attribute, not from inline styles
    end.dataset['breakBefore'] = 'right';
    end.style.height = '1px';
    document.body.appendChild(end);
  }
  return kept;
}

/** After Paged.js, all pages back in the document: removes the page that holds the end marker; returns the pages. */
export function dropPartEnd(): number {
  const area = document.querySelector('.pagedjs_pages');
  if (!area) return 0;
  const last = area.lastElementChild;
  if (last?.querySelector('.druckteil-ende')) last.remove();
  return area.childElementCount;
}
