/**
 * The data/ folder of the synthetic project: Gebiete (Land, Kreis, Gemeinden on a grid, Sozialräume), an indicator
 * catalogue, long-format values in several files (half German Excel dialect `;`/`1.234,5`, half `,`/`1234.5`),
 * Gemeinde outlines as GeoJSON (counter-clockwise rings, as RFC 7946 asks) and one free dataset.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seeded } from './random.ts';
import type { BenchScale } from './scale.ts';

export const LEBENSLAGEN = ['Demografie', 'Einkommen und Armut', 'Arbeit', 'Bildung', 'Familie', 'Gesundheit und Pflege'];
const EINHEITEN = ['%', 'Anzahl', 'je 1.000 Einw.', '%', 'Euro', 'Anzahl'];
const RICHTUNGEN = ['steigend_schlecht', 'steigend_gut', 'neutral'];

export interface BenchGebiete {
  land: string;
  kreis: string;
  gemeinden: string[];
  sozialraeume: string[];
}

export interface BenchData {
  gebiete: BenchGebiete;
  indikatoren: string[];
  jahre: number[];
  datasets: string[];
  /** Rows in data/werte. */
  werte: number;
}

export const FIRST_YEAR = 2010;

export function writeData(dataDir: string, scale: BenchScale): BenchData {
  const rnd = seeded(20261102);
  const gemeinden = Array.from({ length: scale.gemeinden }, (_, i) => `g${pad(i + 1, 3)}`);
  const sozialraeume = Array.from({ length: scale.gebiete - 2 - scale.gemeinden }, (_, i) => `s${pad(i + 1, 3)}`);
  const gebiete: BenchGebiete = { land: 'land', kreis: 'kreis', gemeinden, sozialraeume };
  const indikatoren = Array.from({ length: scale.indikatoren }, (_, i) => `ind${pad(i + 1, 2)}`);
  const jahre = Array.from({ length: scale.jahre }, (_, i) => FIRST_YEAR + 15 - scale.jahre + i);

  const gebieteRows = [
    'id,name,ebene,eltern',
    'land,Freistaat Beispiel,land,',
    'kreis,Landkreis Benchheim,kreis,land',
    ...gemeinden.map((g, i) => `${g},Gemeinde ${i + 1},gemeinde,kreis`),
    ...sozialraeume.map((s, i) => `${s},Sozialraum ${i + 1},sozialraum,${gemeinden[i % gemeinden.length]}`),
  ];
  write(dataDir, 'gebiete/gebiete.csv', gebieteRows.join('\n') + '\n');

  const einheit = (i: number) => EINHEITEN[i % EINHEITEN.length]!;
  const catalogue = [
    'id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen',
    ...indikatoren.map(
      (id, i) =>
        `${id};Indikator ${i + 1} (${LEBENSLAGEN[i % LEBENSLAGEN.length]});${einheit(i)};${LEBENSLAGEN[i % LEBENSLAGEN.length]};` +
        `Synthetischer Indikator Nummer ${i + 1} für die Leistungsmessung.;Statistisches Landesamt (Beispiel);${RICHTUNGEN[i % 3]};${einheit(i) === 'Anzahl' ? 0 : 1}`,
    ),
  ];
  write(dataDir, 'indikatoren/indikatoren.csv', catalogue.join('\n') + '\n');

  const all = [gebiete.land, gebiete.kreis, ...gemeinden, ...sozialraeume];
  let werte = 0;
  LEBENSLAGEN.forEach((lebenslage, f) => {
    const own = indikatoren.filter((_, i) => i % LEBENSLAGEN.length === f);
    if (own.length === 0) return;
    const german = f % 2 === 0;
    const sep = german ? ';' : ',';
    const lines = [['indikator', 'gebiet', 'jahr', 'wert', 'hinweis'].join(sep)];
    for (const id of own) {
      const i = indikatoren.indexOf(id);
      const count = einheit(i) === 'Anzahl';
      for (const g of all) {
        const base = count ? (g.startsWith('s') ? rnd.int(0, 40) : rnd.int(200, 90000)) : 2 + rnd.next() * 30;
        for (const jahr of jahre) {
          const r = rnd.next();
          const value = count ? Math.max(0, Math.round(base * (0.9 + r * 0.2))) : Math.round(base * (0.9 + r * 0.2) * 10) / 10;
          const symbol = r < 0.004 ? '.' : null;
          const text = symbol ?? (german ? formatGerman(value, count ? 0 : 1) : String(value));
          const hinweis = r > 0.998 ? 'vorläufig' : '';
          lines.push([id, g, jahr, text, hinweis].join(sep));
          werte++;
        }
      }
    }
    write(dataDir, `werte/${slug(lebenslage)}.csv`, lines.join('\n') + '\n');
  });

  write(dataDir, 'geo/gemeinden.geojson', JSON.stringify(grid(gemeinden)));

  const datasets = ['frei/beratung'];
  const arten = ['Schuldnerberatung', 'Sozialberatung', 'Migrationsberatung', 'Suchtberatung'];
  const free = ['jahr,art,faelle', ...jahre.flatMap((j) => arten.map((a) => `${j},${a},${rnd.int(80, 900)}`))];
  write(dataDir, 'frei/beratung.csv', free.join('\n') + '\n');

  return { gebiete, indikatoren, jahre, datasets, werte };
}

/** Gemeinden as rectangles on a grid around 11° E, 50.5° N; every ring counter-clockwise with points along each edge. */
function grid(ids: readonly string[]): unknown {
  const cols = Math.ceil(Math.sqrt(ids.length * 1.5));
  const [w, h] = [0.06, 0.04];
  const features = ids.map((id, i) => {
    const x0 = 10.7 + (i % cols) * w;
    const y0 = 50.3 + Math.floor(i / cols) * h;
    const corners: [number, number][] = [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]];
    const ring: [number, number][] = [];
    corners.forEach((a, k) => {
      const b = corners[(k + 1) % 4]!;
      for (let s = 0; s < 4; s++) ring.push([round5(a[0] + ((b[0] - a[0]) * s) / 4), round5(a[1] + ((b[1] - a[1]) * s) / 4)]);
    });
    ring.push(ring[0]!);
    return { type: 'Feature', properties: { id, name: `Gemeinde ${i + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', features };
}

function write(dataDir: string, rel: string, text: string): void {
  const file = path.join(dataDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** `12345.6` → `12.345,6` (toLocaleString is too slow for 100 000 values). */
function formatGerman(v: number, decimals: number): string {
  const [int, frac] = v.toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
export const slug = (s: string): string =>
  s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
