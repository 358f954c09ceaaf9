/**
 * The text of a PDF, page by page, as a reader sees it: poppler's `pdftotext -layout`.
 * `hasPdfToText()` lets tests skip with a clear message where poppler-utils is missing.
 */
import { execFileSync } from 'node:child_process';

export function hasPdfToText(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One string per page (index 0 = page 1). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (text.endsWith('\f')) pages.pop(); // pdftotext ends every page with a form feed
  return pages;
}

/** The non-empty lines of a page, trimmed and with runs of spaces collapsed. */
export function pageLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
