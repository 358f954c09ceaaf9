/**
 * Runs in the print page (passed to page.evaluate) just before Chromium writes the PDF: a chart's SVG
 * (`role="img"`) names itself by its `<title>` and describes itself by its `<desc>` (src/charts/svg-post.ts), but
 * only the accessible name reaches the PDF (as the Figure's /Alt), `aria-describedby` does not. In the print page
 * the name is made of both, so the Figure's /Alt carries the full description. Self-contained; returns how many.
 */
export function labelChartsForPdf(): number {
  let labelled = 0;
  for (const svg of Array.from(document.querySelectorAll('svg[role="img"][aria-labelledby][aria-describedby]'))) {
    const name = svg.getAttribute('aria-labelledby')!;
    const description = svg.getAttribute('aria-describedby')!;
    svg.setAttribute('aria-labelledby', `${name} ${description}`);
    svg.removeAttribute('aria-describedby');
    labelled++;
  }
  return labelled;
}
