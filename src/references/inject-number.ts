/**
 * Puts a figure's number and id into its rendered HTML: `id` and `data-nummer` on the outer `<figure>`, and
 * `Abbildung 3: ` in front of the title (charts: `.diagramm__titel`; tables: the `<caption>`).
 */
import type { NumberedItem } from './figure-numbers.ts';
import { itemId, itemLabel } from './figure-numbers.ts';

const FIGURE = /<figure\b/;
const CHART_TITLE = /(<span class="diagramm__titel"[^>]*>)/;
const CAPTION = /(<caption\b[^>]*>)/;

export function injectNumber(html: string, item: NumberedItem): string {
  const label = `<span class="nummer" data-ohne-trennung>${itemLabel(item)}:</span> `;
  let out = html.replace(
    FIGURE,
    `<figure id="${itemId(item)}" data-nummer="${item.number}" data-art="${item.kind}"`,
  );
  const title = item.kind === 'abbildung' ? CHART_TITLE : CAPTION;
  out = out.replace(title, `$1${label}`);
  return out;
}
