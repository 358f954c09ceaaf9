import fs from 'node:fs';
import { fakeStore } from '../tests/unit/charts/fake-store.ts';
import { selectIndicatorData } from '../src/charts/indicator-data.ts';
import { lineSpec, barSpec } from '../src/charts/spec-indicator.ts';
import { renderSvg } from '../src/charts/render.ts';
const store = fakeStore();
const at = { file: 'x', line: 0, column: 0 };
const out: string[] = [];
const t0 = performance.now();
const l = selectIndicatorData(store, { indikator: 'sgb2-quote', art: 'linie', mindestfallzahl: 3, at });
out.push(await renderSvg({ spec: lineSpec(l), titel: 'SGB-II-Quote', beschreibung: 'x' }, (m) => console.log('W', m)));
const l2 = selectIndicatorData(store, { indikator: 'bg-anzahl', art: 'linie', mindestfallzahl: 3, at });
out.push(await renderSvg({ spec: lineSpec(l2), titel: 'BG', beschreibung: 'x' }, (m) => console.log('W', m)));
const b = selectIndicatorData(store, { indikator: 'sgb2-quote', art: 'balken', mindestfallzahl: 3, at });
out.push(await renderSvg({ spec: barSpec(b), titel: 'Balken', beschreibung: 'x' }, (m) => console.log('W', m)));
const b2 = selectIndicatorData(store, { indikator: 'bg-anzahl', art: 'balken', mindestfallzahl: 3, at });
out.push(await renderSvg({ spec: barSpec(b2), titel: 'Balken', beschreibung: 'x' }, (m) => console.log('W', m)));
console.log(performance.now() - t0);
const fontCss = fs.readFileSync('node_modules/@fontsource-variable/source-sans-3/index.css', 'utf8').replaceAll('./files/', 'file://' + process.cwd() + '/node_modules/@fontsource-variable/source-sans-3/files/');
fs.writeFileSync('/tmp/proto/preview.html', `<html><head><style>${fontCss} body{width:760px;font-family:"Source Sans 3 Variable"} figure{border:1px solid #ccc;margin:8px}</style></head><body>${out.map((s) => `<figure>${s}</figure>`).join('')}</body></html>`);
const { mapSpec } = await import('../src/charts/spec-map.ts');
const { GEBIETE, ccwSquare } = await import('../tests/unit/charts/fake-store.ts');
const geo = [
  { type: 'Feature' as const, properties: { id: 'g1' }, geometry: { type: 'Polygon' as const, coordinates: [ccwSquare(10.0, 50.5, 0.1)] } },
  { type: 'Feature' as const, properties: { id: 'g2' }, geometry: { type: 'Polygon' as const, coordinates: [ccwSquare(10.1, 50.5, 0.1)] } },
  { type: 'Feature' as const, properties: { id: 'g3' }, geometry: { type: 'Polygon' as const, coordinates: [[[10.0, 50.6], [10.2, 50.6], [10.1, 50.75], [10.0, 50.6]]] } },
];
for (const ind of ['sgb2-quote', 'bg-anzahl']) {
  const m = selectIndicatorData(store, { indikator: ind, art: 'karte', mindestfallzahl: 3, at });
  out.push(await renderSvg({ spec: mapSpec(m, geo), titel: 'Karte', beschreibung: 'x' }, (m) => console.log('W', m)));
}
fs.writeFileSync('/tmp/proto/preview2.html', `<html><head><style>${fontCss} body{width:760px;font-family:"Source Sans 3 Variable"} figure{border:1px solid #ccc;margin:8px}</style></head><body>${out.slice(4).map((s) => `<figure>${s}</figure>`).join('')}</body></html>`);
