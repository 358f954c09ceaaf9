import { describe, expect, it } from 'vitest';
import { chapterFromSource } from '../../../src/chapters/model.ts';
import { readerDocument, type ComponentText } from '../../../src/versions/reader-text.ts';
import { renderTextDiff } from '../../../src/versions/render-diff.ts';
import { diffReaderDocs, diffText } from '../../../src/versions/text-diff.ts';

// `<Wert>` shows what the Fassung's data says; here a fixed value per year, written by hand
const VALUES: Record<string, string> = { '2023': '12,4 %', '2024': '13,1 %' };
const show: ComponentText = (name, props) => (name === 'Wert' ? (VALUES[String(props['jahr'])] ?? '?') : `[${name}]`);
let n = 0;
const doc = (mdx: string) => readerDocument(chapterFromSource('text-diff-test', `k${n++}.mdx`, mdx), show);
const diffMdx = (a: string, b: string) => diffReaderDocs(doc(a), doc(b));

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('Wortweiser Vergleich des MDX-Texts', () => {
  it('vergleicht, was Leser sehen: eine Komponente als ihr Wert, ohne Markdown', () => {
    const d = diffMdx('## Lage\n\nDie **Quote** lag bei <Wert indikator="alq" gebiet="hw" jahr="2023" />.', '## Lage\n\nDie **Quote** lag bei <Wert indikator="alq" gebiet="hw" jahr="2024" />.');
    expect(d.changes).toEqual([{ kind: 'text', alt: '12,4 %', neu: '13,1 %', abschnitt: 'Lage' }]);
    const html = renderTextDiff(d);
    expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>12,4 %</del>');
    expect(html).toContain('<span class="textdiff__kontext">Lage\n\nDie Quote lag bei </span>');
    for (const syntax of ['##', '**', '&lt;Wert', '<Wert']) expect(html).not.toContain(syntax);
  });

  it('ignoriert Frontmatter und neu umbrochene Zeilen', () => {
    const a = '---\ntitel: Alt\n---\nEin langer Satz,\nder umbrochen ist.\n';
    const b = '---\ntitel: Neu\n---\nEin langer Satz, der umbrochen ist.\n';
    expect(diffMdx(a, b)).toEqual({ changes: [], segments: [] });
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
    const d = diffMdx('## Armut\n\nText eins.\n\n## Wohnen\n\nMiete stieg.', '## Armutsgefährdung\n\nText eins.\n\n## Wohnen\n\nMiete sank.');
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
    const html = renderTextDiff(diffMdx('## Entwicklung der Armut\n\nText.', '## Entwicklung der Armutsgefährdung\n\nText.'));
    expect(html).toContain(
      '"textdiff__kontext">Entwicklung der </span><span class="textdiff__aenderung" id="aenderung-1"><del><span class="visually-hidden">Gelöscht: </span>Armut</del> ' +
        '<ins><span class="visually-hidden">Eingefügt: </span>Armutsgefährdung</ins>\n\n</span>',
    );
  });
});
