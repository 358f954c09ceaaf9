/**
 * The print page is loaded with its content hidden: Paged.js takes the body's HTML and lays it out into pages, so
 * the browser's own layout of the unpaginated page (text shaped at screen width, 150,000 chart elements) is wasted
 * work: 0.7 of 1.1 s for the benchmark's 165-page publication. The local print server adds a hiding style to the
 * page when asked with `?vor-satz`; it is removed in the same step that hands the content to Paged.js (print-tab.ts),
 * and Paged.js ignores it.
 */

export const HIDDEN_LOAD_QUERY = 'vor-satz';

const STYLE_ID = 'bericht-vor-satz';

/** Server side: the HTML with a style that hides the body's content. */
export function hideContent(html: string): string {
  const style = `<style id="${STYLE_ID}" data-pagedjs-ignore>body > * { display: none !important; }</style>`;
  const head = html.indexOf('</head>');
  return head < 0 ? style + html : html.slice(0, head) + style + html.slice(head);
}

export const HIDDEN_LOAD_STYLE_ID = STYLE_ID;
