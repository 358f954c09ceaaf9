import { describe, expect, it } from 'vitest';
import { footnotesToPageNotes } from '../../../src/markdown/footnotes-print.ts';
import { hyphenateHtml } from '../../../src/typography/hyphenate-html.ts';

const shy = (s: string) => s.replace(/\u00AD/g, '|');

describe('hyphenateHtml', () => {
  it('hyphenates German words in text, never headings, code, SVG, numbers, addresses or attributes', () => {
    const html =
      '<h2 id="armutsgefaehrdung">Armutsgefährdung</h2><p title="Armutsgefährdung">Die Armutsgefährdung liegt bei 12,3 %. ' +
      'Siehe <a href="https://www.destatis.de/">www.destatis.de</a> oder sozialplanung@hainwald.example.</p>' +
      '<p><code>Sozialplanung</code> <span class="nummer" data-ohne-trennung>Abbildung 3:</span> Bevölkerung</p><svg><text>Bevölkerungsentwicklung</text></svg>';
    expect(shy(hyphenateHtml(html))).toBe(
      '<h2 id="armutsgefaehrdung">Armutsgefährdung</h2><p title="Armutsgefährdung">Die Ar|muts|ge|fähr|dung liegt bei 12,3 %. ' +
        'Siehe <a href="https://www.destatis.de/">www.destatis.de</a> oder sozialplanung@hainwald.example.</p>' +
        '<p><code>Sozialplanung</code> <span class="nummer" data-ohne-trennung>Abbildung 3:</span> Be|völ|ke|rung</p><svg><text>Bevölkerungsentwicklung</text></svg>',
    );
  });

  it('keeps German quotes and leaves short words alone', () => {
    expect(shy(hyphenateHtml('<p>„Kinder“ und Familien</p>'))).toBe('<p>„Kin|der“ und Fa|mi|li|en</p>');
  });

  it('hyphenates only words of ten letters or more in table cells, so a narrow column keeps its short words whole', () => {
    // „Ergebnis“ has 8 letters, „Kenntnis“ 8, „teilweise“ 9: whole in a cell, hyphenated in running text
    const html =
      '<p>Ergebnis zur Kenntnis</p><table><tr><th scope="col">Ergebnis</th><th>Eingang und Institution</th></tr>' +
      '<tr><td>zur Kenntnis genommen</td><td><time datetime="2026-07-10">10.07.2026</time><br>Polizeiinspektion</td><td>teilweise berücksichtigt</td></tr></table>';
    expect(shy(hyphenateHtml(html))).toBe(
      '<p>Er|geb|nis zur Kennt|nis</p><table><tr><th scope="col">Ergebnis</th><th>Eingang und In|sti|tu|ti|on</th></tr>' +
        '<tr><td>zur Kenntnis genommen</td><td><time datetime="2026-07-10">10.07.2026</time><br>Po|li|zei|in|spek|ti|on</td><td>teilweise be|rück|sich|tigt</td></tr></table>',
    );
  });
});

describe('footnotesToPageNotes', () => {
  it('moves each note to its call and removes the endnote list', () => {
    const html =
      '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup> weiter.</p>' +
      '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Fußnoten</h2>\n<ol>\n' +
      '<li id="user-content-fn-1">\n<p>Quelle: <a href="https://example.org/">Amt</a>, 2025. <a href="#user-content-fnref-1" data-footnote-backref aria-label="Zurück zur Textstelle" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>';
    expect(footnotesToPageNotes(html)).toBe(
      '<p>Text<span class="fussnote" id="user-content-fnref-1">Quelle: <a href="https://example.org/">Amt</a>, 2025.</span> weiter.</p>',
    );
  });

  it('leaves a chapter without notes unchanged', () => {
    expect(footnotesToPageNotes('<p>Ohne</p>')).toBe('<p>Ohne</p>');
  });
});
