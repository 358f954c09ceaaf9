import { describe, expect, it } from 'vitest';
import { chapterLinkResolver, prefixIds } from '../../../src/print/anchors.ts';

describe('prefixIds', () => {
  it('prefixes headings and footnotes and the links to them', () => {
    const html =
      '<h2 id="methodik">Methodik</h2><p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p>' +
      '<section class="footnotes"><h2 id="footnote-label">Fußnoten</h2><ol><li id="user-content-fn-1">Quelle <a href="#user-content-fnref-1">↩</a></li></ol></section>';
    const out = prefixIds(html, 'einkommen');
    expect(out).toContain('<h2 id="kapitel-einkommen--methodik">');
    expect(out).toContain('<a href="#kapitel-einkommen--user-content-fn-1" id="kapitel-einkommen--user-content-fnref-1" aria-describedby="kapitel-einkommen--footnote-label">');
    expect(out).toContain('<li id="kapitel-einkommen--user-content-fn-1">');
    expect(out).toContain('<a href="#kapitel-einkommen--user-content-fnref-1">');
    expect(out).not.toMatch(/id="(methodik|user-content)/);
  });

  it('rewrites id lists, labels and SVG url(#…) references, but only to ids of this chapter', () => {
    const html =
      '<label for="feld">A</label><input id="feld">' +
      '<svg aria-labelledby="t d extern"><title id="t">T</title><desc id="d">D</desc>' +
      '<clipPath id="clip0"><rect/></clipPath><g clip-path="url(#clip0)" style="fill:url(&quot;#clip0&quot;)"><use xlink:href="#clip0"/></g></svg>' +
      '<a href="#anderswo">weg</a><a href="https://example.org/#clip0">fremd</a>';
    const out = prefixIds(html, 'k');
    expect(out).toContain('<label for="kapitel-k--feld">');
    expect(out).toContain('aria-labelledby="kapitel-k--t kapitel-k--d extern"');
    expect(out).toContain('clip-path="url(#kapitel-k--clip0)"');
    expect(out).toContain('style="fill:url(&quot;#kapitel-k--clip0&quot;)"');
    expect(out).toContain('xlink:href="#kapitel-k--clip0"');
    expect(out).toContain('<a href="#anderswo">');
    expect(out).toContain('href="https://example.org/#clip0"');
  });

  it('leaves text, comments and scripts alone and handles umlauts in ids', () => {
    const html =
      '<p>Schreiben Sie id="x" in den Text.</p><!-- <b id="x"> --><script>const s = \'<i id="x">\';</script>' +
      '<h2 id="armutsgefährdung">A</h2><a href="#armutsgef%C3%A4hrdung">A</a><b id="x">x</b>';
    const out = prefixIds(html, 'k');
    expect(out).toContain('<p>Schreiben Sie id="x" in den Text.</p><!-- <b id="x"> --><script>const s = \'<i id="x">\';</script>');
    expect(out).toContain('<h2 id="kapitel-k--armutsgefährdung">');
    expect(out).toContain('<a href="#kapitel-k--armutsgefährdung">');
    expect(out).toContain('<b id="kapitel-k--x">');
  });
});

describe('chapterLinkResolver', () => {
  const resolve = chapterLinkResolver('bericht', 'einleitung', ['einleitung', 'einkommen']);

  it('turns links to other chapters into anchors on the print page', () => {
    expect(resolve('../einkommen/#methodik')).toBe('#kapitel-einkommen--methodik');
    expect(resolve('/bericht/einkommen/')).toBe('#kapitel-einkommen');
    expect(resolve('/bericht/einkommen')).toBe('#kapitel-einkommen');
    expect(resolve('./#aufbau')).toBe('#kapitel-einleitung--aufbau');
  });

  it('leaves other links alone', () => {
    expect(resolve('https://www.statistik.example/tabelle')).toBeUndefined();
    expect(resolve('../unbekannt/')).toBeUndefined();
    expect(resolve('/anderer-bericht/einkommen/')).toBeUndefined();
    expect(resolve('mailto:sozialplanung@kreis.example')).toBeUndefined();
  });
});

describe('prefixIds on real charts', () => {
  it('prefixes every id of a drawn map and every reference to one, in the figure and in the chart', async () => {
    const { renderSvg } = await import('../../../src/charts/render.ts');
    const { selectIndicatorData } = await import('../../../src/charts/indicator-data.ts');
    const { mapSpec } = await import('../../../src/charts/spec-map.ts');
    const { fakeStore } = await import('../charts/fake-store.ts');
    const { svgIds, svgRefs } = await import('../charts/svg-helpers.ts');
    const store = fakeStore();
    const at = { file: 'content/demo/01-test.mdx', line: 0, column: 0 };
    const indikator = [...store.indikatoren.keys()][0]!;
    const sel = selectIndicatorData(store, { indikator, art: 'karte', mindestfallzahl: 3, at });
    const svg = await renderSvg({ spec: mapSpec(sel, store.geo), titel: 'Karte', beschreibung: 'Eine Karte.' });
    const descId = /<desc id="([^"]+)"/.exec(svg)![1]!;
    const html = `<figure id="karte" aria-describedby="${descId}"><p>Zur <a href="#karte">Karte</a></p>${svg}</figure>`;
    const out = prefixIds(html, 'k');
    const ids = svgIds(out);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.filter((id) => !id.startsWith('kapitel-k--'))).toEqual([]);
    const labelled = [...out.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
    const refs = [...svgRefs(out), ...labelled];
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    // nothing else in the chart changed
    expect(out.replace(/kapitel-k--/g, '')).toBe(html);
  });
});
