import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/versions/mdx-tokens.ts';
import { renderTextDiff } from '../../../src/versions/render-diff.ts';
import { diffChapterText, diffText } from '../../../src/versions/text-diff.ts';

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('Wortweiser Vergleich des MDX-Texts', () => {
  it('behandelt eine Komponente mit ihren Attributen als ein Wort', () => {
    expect(tokenize('Die Quote <Wert indikator="alq" gebiet={"hw"} jahr={2024} /> stieg.').map((t) => t.text)).toEqual([
      'Die',
      'Quote',
      '<Wert indikator="alq" gebiet={"hw"} jahr={2024} />',
      'stieg',
      '.',
    ]);
    const d = diffText('Die Quote <Wert indikator="alq" jahr="2023" /> stieg.', 'Die Quote <Wert indikator="alq" jahr="2024" /> stieg.');
    expect(d.changes).toEqual([
      { kind: 'text', alt: '<Wert indikator="alq" jahr="2023" />', neu: '<Wert indikator="alq" jahr="2024" />', abschnitt: null },
    ]);
    expect(renderTextDiff(d)).toContain('<del><span class="visually-hidden">Gelöscht: </span><code>&lt;Wert indikator=&quot;alq&quot; jahr=&quot;2023&quot; /&gt;</code></del>');
  });

  it('ignoriert Frontmatter und neu umbrochene Zeilen', () => {
    const a = '---\ntitel: Alt\n---\nEin langer Satz,\nder umbrochen ist.\n';
    const b = '---\ntitel: Neu\n---\nEin langer Satz, der umbrochen ist.\n';
    expect(diffChapterText(a, b)).toEqual({ changes: [], segments: [] });
  });

  it('zählt Änderungen in einem Satz als eine, in verschiedenen Sätzen als mehrere', () => {
    const one = diffText('Die Quote stieg 2023 im Kreis und in allen Gemeinden deutlich.', 'Die Quote sank 2023 im Kreis und in allen Gemeinden leicht.');
    expect(one.changes.map((c) => [c.alt, c.neu])).toEqual([['stieg 2023 im Kreis und in allen Gemeinden deutlich', 'sank 2023 im Kreis und in allen Gemeinden leicht']]);
    const two = diffText(`Die Quote stieg. ${words(10)}. Der Anteil fiel.`, `Die Quote sank. ${words(10)}. Der Anteil wuchs.`);
    expect(two.changes.map((c) => [c.alt, c.neu])).toEqual([
      ['stieg', 'sank'],
      ['fiel', 'wuchs'],
    ]);
  });

  it('erkennt geänderte Überschriften und nennt den Abschnitt jeder Änderung', () => {
    const d = diffText('## Armut\n\nText eins.\n\n## Wohnen\n\nMiete stieg.', '## Armutsgefährdung\n\nText eins.\n\n## Wohnen\n\nMiete sank.');
    expect(d.changes).toEqual([
      { kind: 'ueberschrift', alt: 'Armut', neu: 'Armutsgefährdung', abschnitt: 'Armutsgefährdung' },
      { kind: 'text', alt: 'stieg', neu: 'sank', abschnitt: 'Wohnen' },
    ]);
  });

  it('zeigt eingefügte und gelöschte Absätze und faltet unveränderten Text mit Wortzahl', () => {
    const before = `${words(40)}\n\nAlter Absatz wird gestrichen.\n\n${words(40, 'v')}`;
    const after = `${words(40)}\n\n${words(40, 'v')}\n\nEin neuer Absatz.`;
    const d = diffText(before, after);
    expect(d.changes.map((c) => [c.alt, c.neu])).toEqual([
      ['Alter Absatz wird gestrichen.', ''],
      ['', 'Ein neuer Absatz.'],
    ]);
    const html = renderTextDiff(d);
    expect(html.match(/<span class="textdiff__auslassung">[^<]*<\/span>/g)).toEqual([
      '<span class="textdiff__auslassung">… 28 unveränderte Wörter …</span>',
      '<span class="textdiff__auslassung">… 16 unveränderte Wörter …</span>',
    ]);
    expect(html).toContain('<ins><span class="visually-hidden">Eingefügt: </span>Ein neuer Absatz.</ins>');
  });

  it('maskiert HTML im Text', () => {
    const html = renderTextDiff(diffText('a < b & c', 'a < b & d'));
    expect(html).toContain('<span class="textdiff__kontext">a &lt; b &amp; </span>');
    expect(html).not.toContain('<b');
  });
});

describe('Darstellung', () => {
  it('hält eine geänderte Überschrift auf einer Zeile', () => {
    const html = renderTextDiff(diffText('## Entwicklung der Armut\n\nText.', '## Entwicklung der Armutsgefährdung\n\nText.'));
    expect(html).toContain(
      '## Entwicklung der </span><span class="textdiff__aenderung" id="aenderung-1"><del><span class="visually-hidden">Gelöscht: </span>Armut</del> ' +
        '<ins><span class="visually-hidden">Eingefügt: </span>Armutsgefährdung</ins>\n\n</span>',
    );
  });
});
