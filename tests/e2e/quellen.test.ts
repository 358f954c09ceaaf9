/**
 * Exports as downloaded (tests/fixtures/quellen/data/quellen/): a Regionaldatenbank table in Windows-1252 with
 * metadata, header rows and footer notes; Zensus flat files in German and English decimals; an INKAR table; a
 * planner's wide table; a BA workbook. The numbers a reader sees on the page are the export's, written by hand here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.ts';
import { projectPaths } from '../../src/project.ts';
import { pageHtml, readerText as text, useBuiltFixture } from '../helpers/fixture-site.ts';

const fixture = useBuiltFixture('quellen');

describe('Werte aus amtlichen Exporten auf der Website', () => {
  const page = () => text(pageHtml(fixture(), 'bericht/werte'));

  it('GENESIS-Tabelle: <Wert> und Tabelle zeigen die Zahlen des Exports', () => {
    const t = page();
    expect(t).toContain('Im Landkreis lebten 2018 61.234 Menschen, davon 31.233 Frauen.');
    expect(t).toMatch(/Eichenau\s*12\.345/);
    expect(t).toMatch(/Talbrück\s*–/);
  });

  it('Zensus-Flatfile deutsch (123,4) und englisch (112.75 → 112,8)', () => {
    expect(page()).toMatch(/in Eichenau bei 123,4\s*Einw\. je km², im Landkreis bei 112,8\s*Einw\. je km²/);
  });

  it('INKAR, breite Tabelle und Excel-Arbeitsmappe', () => {
    expect(page()).toContain('Die Schuldnerquote lag 2022 bei 11,8 %, die Arbeitslosenquote 2023 bei 6,1 % (Eichenau 2022: 5,9 %).');
  });
});

/**
 * Imported indicators like any other: a line chart, a map from UTM 32N boundaries with ARS keys (drawn from
 * data/geo/gemeinden.geojson: four 3-km squares around Rudolstadt, NW Eichenau, NE Talbrück, SW Wiesental, SE
 * Auheim), the Gebietsprofil, the catalogue, and confidentiality of an imported count (hilfen.csv: Eichenau 2).
 */
const armut = () => pageHtml(fixture(), 'bericht/armut');
const svgs = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
const numbers = (s: string) => [...s.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
/** Legend label → colour, as a reader matches them. */
function legend(svg: string): Map<string, string> {
  const entries = [...svg.matchAll(/role-legend-symbol"[^>]*>\s*<path[^>]*?fill="([^"]+)"[\s\S]*?role-legend-label"[^>]*>\s*<text[^>]*>([^<]+)<\/text>/g)];
  return new Map(entries.map((m) => [m[2]!, m[1]!]));
}
/** The CSV downloads of a chapter page's figures, whether inline (data: URI) or a file in the site. */
const downloads = (html: string, page = path.join('bericht', 'armut')) =>
  [...html.matchAll(/class="diagramm__download" href="([^"]+)"/g)].map((m) => {
    const href = m[1]!.replace(/&amp;/g, '&');
    const inline = /^data:text\/csv[^,]*,(.*)$/.exec(href);
    if (inline) return decodeURIComponent(inline[1]!).replace(/^\uFEFF/, '');
    const file = href.startsWith('/') ? path.join(fixture().dist, decodeURIComponent(href)) : path.join(fixture().dist, page, decodeURIComponent(href));
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  });

describe('Importierte Indikatoren in Diagramm, Karte, Gebietsprofil und Katalog', () => {
  it('Liniendiagramm: die Linien liegen auf den Werten des Flatfiles, Tabelle und CSV haben sie', () => {
    const svg = svgs(armut())[0]!;
    // the y of each line's points, read from the lines drawn (not from the axis, legend or description)
    const lines = [...svg.matchAll(/class="mark-line role-mark[^"]*"[^>]*>\s*<path[^>]*\bd="(M[^"]+)"/g)].map((m) => numbers(m[1]!).filter((_, i) => i % 2 === 1));
    expect(lines).toHaveLength(3);
    for (const ys of lines) expect(ys).toHaveLength(3);
    // the export's values, 2021–2023: Kreis, Eichenau, Talbrück
    const series = [[7.4, 7.9, 8.3], [9.1, 9.6, 10.2], [5.2, 5.5, 5.8]];
    // some assignment of series to lines puts all nine points on one linear scale y = a + b·v (b < 0: up is more)
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const worst = orders.map((order) => {
      const points = order.flatMap((s, l) => series[s]!.map((v, i) => [v, lines[l]![i]!] as const));
      const n = points.length;
      const mv = points.reduce((a, [v]) => a + v, 0) / n;
      const my = points.reduce((a, [, y]) => a + y, 0) / n;
      const b = points.reduce((a, [v, y]) => a + (v - mv) * (y - my), 0) / points.reduce((a, [v]) => a + (v - mv) ** 2, 0);
      const residual = Math.max(...points.map(([v, y]) => Math.abs(my + b * (v - mv) - y)));
      return { b, residual };
    });
    const best = worst.reduce((a, c) => (c.residual < a.residual ? c : a));
    expect(best.b).toBeLessThan(0);
    expect(best.residual).toBeLessThan(0.5);
    const t = text(armut());
    expect(t).toMatch(/Jahr\s*Landkreis Hainwald\s*Eichenau\s*Talbrück\s*2021\s*7,4\s*9,1\s*5,2\s*2022\s*7,9\s*9,6\s*5,5\s*2023\s*8,3\s*10,2\s*5,8/);
    expect(downloads(armut())[0]).toContain('sgb2_quote;eichenau;Eichenau;2022;9,6;%;');
  });

  it('Karte aus UTM-32N-Grenzen mit ARS: in Grad umgerechnet, Lage richtig, Farben nach den Werten', () => {
    // the store the map draws from: longitudes about 11.3° E, latitudes about 50.7° N (Rudolstadt 11.33° E, 50.72° N)
    const { store } = checkData(projectPaths(fixture().project));
    expect(store.geo.map((f) => f.properties.id).sort()).toEqual(['auheim', 'eichenau', 'talbrueck', 'wiesental']);
    for (const f of store.geo) {
      for (const [lon, lat] of (f.geometry.coordinates as number[][][])[0]!) {
        expect(lon, f.properties.id).toBeGreaterThan(11.2);
        expect(lon, f.properties.id).toBeLessThan(11.4);
        expect(lat, f.properties.id).toBeGreaterThan(50.65);
        expect(lat, f.properties.id).toBeLessThan(50.76);
      }
    }
    // the corner all four squares share, 664000 / 5621000 in UTM 32N, lies about 700 m west of Rudolstadt's centre
    // (50° 43′ N, 11° 20′ E = 50.717° N, 11.333° E): 700 m are 0.01° of longitude there
    const corners = store.geo.map((f) => (f.geometry.coordinates as number[][][])[0]!).flat();
    const shared = corners.filter((c) => corners.filter((d) => d[0] === c[0] && d[1] === c[1]).length >= 4)[0]!;
    expect(Math.abs(shared[0]! - (11.333 - 0.01))).toBeLessThan(0.005);
    expect(Math.abs(shared[1]! - 50.717)).toBeLessThan(0.005);
    // the map's drawing (the page also holds each chart's narrow drawing, and the line chart comes first)
    const svg = svgs(armut()).find((s) => /class="mark-shape role-mark/.test(s))!;
    const [, , width, height] = numbers(/viewBox="([^"]+)"/.exec(svg)![1]!);
    const shapes = /class="mark-shape role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const paths = [...shapes.matchAll(/<path[^>]*\bd="(M[^"]+)"[^>]*fill="([^"]+)"/g)].map((m) => ({ d: m[1]!, fill: m[2]! }));
    expect(paths).toHaveLength(4);
    const centroid = (d: string) => {
      const n = numbers(d);
      const xs = n.filter((_, i) => i % 2 === 0);
      const ys = n.filter((_, i) => i % 2 === 1);
      for (const x of xs) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThanOrEqual(width!);
      for (const y of ys) expect(y).toBeGreaterThanOrEqual(0), expect(y).toBeLessThanOrEqual(height!);
      return [xs.reduce((a, b) => a + b) / xs.length, ys.reduce((a, b) => a + b) / ys.length] as const;
    };
    // which path is which Gemeinde: by its colour class, as the legend says (10,2 / 5,8 / 7,3 / 8,9 %)
    const colours = legend(svg);
    const at = (klasse: string) => centroid(paths.find((p) => p.fill === colours.get(klasse))!.d);
    const eichenau = at('10 und mehr');
    const talbrueck = at('unter 6');
    const wiesental = at('6 bis unter 8');
    const auheim = at('8 bis unter 10');
    expect(eichenau[0]).toBeLessThan(talbrueck[0]);
    expect(wiesental[0]).toBeLessThan(auheim[0]);
    expect(eichenau[1]).toBeLessThan(wiesental[1]);
    expect(talbrueck[1]).toBeLessThan(auheim[1]);
    // squares stay squares: the 3 km sides are about as long across as down
    expect(Math.abs(talbrueck[0] - eichenau[0]) / Math.abs(wiesental[1] - eichenau[1])).toBeGreaterThan(0.9);
    expect(Math.abs(talbrueck[0] - eichenau[0]) / Math.abs(wiesental[1] - eichenau[1])).toBeLessThan(1.1);
    expect(text(armut())).toMatch(/Gebiet\s*2023\s*Eichenau\s*10,2\s*Talbrück\s*5,8\s*Wiesental\s*7,3\s*Auheim\s*8,9\s*Landkreis Hainwald\s*8,3/);
  });

  it('Gebietsprofil einer Gemeinde zeigt den importierten Wert mit Entwicklung', () => {
    const t = text(pageHtml(fixture(), 'gebiete/eichenau'));
    // 9,1 (2021) → 9,6 (2022) → 10,2 (2023); Kreis 8,3
    expect(t).toMatch(/SGB-II-Quote\s*2023\s*10,2 %\s*▲\s*\+1,1 Prozentpunkte seit 2021\s*\(ungünstige Entwicklung\)\s*▲\s*\+0,6 Prozentpunkte gegenüber 2022\s*\(ungünstige Entwicklung\)\s*8,3 %/);
  });

  it('Indikatorenkatalog führt den importierten Indikator mit Jahren und Kapitel', () => {
    const html = pageHtml(fixture(), 'indikatoren');
    expect(text(html)).toMatch(/SGB-II-Quote\s*Leistungsberechtigte nach SGB II je 100 Einwohner unter der Regelaltersgrenze\s*Einheit: % · Quelle: Regionaldatenbank · Jahre: 2021–2023/);
    expect(html).toMatch(/id="indikator-sgb2_quote"[\s\S]*?Verwendet in: <a href="\/bericht\/armut\/">Quellen-Bericht 2026, Armut und Hilfen aus amtlichen Quellen<\/a>/);
  });

  it('Geheimhaltung: die 2 aus dem Export erscheint nirgends, Wiesental (9) wird sekundär gesperrt', () => {
    // Kreis 41 = Eichenau 2 + Talbrück 15 + Wiesental 9 + Auheim 15: with 41, 15 and 15 shown, Eichenau alone
    // would be 41 − 30 = 11 − Wiesental; the smallest other Gemeinde (Wiesental, 9) is suppressed as well
    const html = armut();
    const t = text(html);
    expect(t).toContain('Ende 2023 liefen im Landkreis 41 Hilfen zur Erziehung, in Eichenau *, in Wiesental *, in Talbrück 15.');
    expect(t).toMatch(/Gebiet\s*2023\s*Landkreis Hainwald\s*41\s*Eichenau\s*\*\s*Talbrück\s*15\s*Wiesental\s*\*\s*Auheim\s*15/);
    const csv = downloads(html).find((c) => c.startsWith('Indikator') && c.includes('hze;'))!;
    expect(csv).toContain('hze;eichenau;Eichenau;2023;;Anzahl;*');
    expect(csv).toContain('hze;wiesental;Wiesental;2023;;Anzahl;*');
    expect(csv).not.toMatch(/;2023;(2|9);/);
    const mapSvg = svgs(html)[2]!;
    expect(mapSvg).not.toMatch(/>\s*(2|9)\s*</);
    for (const g of ['eichenau', 'wiesental']) {
      const profile = text(pageHtml(fixture(), `gebiete/${g}`));
      expect(profile, g).toMatch(/Hilfen zur Erziehung\s*2023\s*\*/);
    }
    // the print page, from which the PDF is made (soft hyphens removed)
    const druck = text(pageHtml(fixture(), 'bericht/druck')).replace(/\u00ad/g, '');
    expect(druck).toContain('in Eichenau *, in Wiesental *, in Talbrück 15.');
    expect(druck).toMatch(/Landkreis Hainwald\s*41\s*Eichenau\s*\*\s*Talbrück\s*15\s*Wiesental\s*\*\s*Auheim\s*15/);
    const all = fs.readdirSync(fixture().dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const f of all) expect(text(fs.readFileSync(path.join(fixture().dist, f), 'utf8')), f).not.toMatch(/Erziehung[^.]*\b(in Eichenau|Eichenau|Wiesental) (2|9)\b/);
  });
});
