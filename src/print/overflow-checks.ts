/**
 * Runs in the print page (passed to page.evaluate) before Paged.js starts: it checks a page for overflow less often.
 *
 * Paged.js copies content into a page and, every `maxChars` characters, lays the page out to see whether it is
 * full (each check is a full layout of the page). It sets `maxChars` to the average length of the last pages, so a
 * page that holds a little more than average was checked twice, the second time with two pages' worth of content.
 * Starting the checks later costs nothing in the result (Paged.js breaks before the first node that overflows, however
 * much follows it) and saved an eighth of the layout time of the benchmark's 165-page publication.
 */
export function checkOverflowLessOften(factor: number): boolean {
  const chunker = (window as unknown as { PagedPolyfill?: { chunker?: { maxChars?: number } } }).PagedPolyfill?.chunker;
  if (!chunker) return false;
  let average = chunker.maxChars;
  Object.defineProperty(chunker, 'maxChars', {
    get: () => (average ? average * factor : average),
    set: (value: number) => {
      average = value;
    },
    configurable: true,
  });
  return true;
}

/** How many average pages of characters Paged.js copies before its first check (the benchmark: 1.5 to 2.5 alike). */
export const OVERFLOW_CHECK_FACTOR = 2;
