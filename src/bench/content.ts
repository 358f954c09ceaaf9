/**
 * The content/ folder of the synthetic project: two publications whose chapters hold running text with inline
 * `<Wert>`s and, spread evenly over all chapters, every chart, map and table. Each chart asks for a different
 * selection, so a cold build really draws all of them. One chapter carries a marker sentence that the benchmark
 * edits (site rebuild after an edit, dev server reload).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LEBENSLAGEN, type BenchData } from './data.ts';
import { seeded, type Random } from './random.ts';
import type { BenchScale } from './scale.ts';

export interface BenchChapter {
  publication: string;
  slug: string;
  /** Absolute path of the .mdx file. */
  file: string;
}

export interface BenchContent {
  /** Larger publication first. */
  publications: [string, string];
  chapters: BenchChapter[];
  /** The chapter the benchmark edits, and the sentence in it that changes. */
  editChapter: BenchChapter;
  marker: string;
  counts: { diagramme: number; karten: number; tabellen: number };
  /** Every chart and map as its component asks for it, for drawing them without the site (chart floor). */
  charts: ChartRequest[];
}

export type ChartRequest =
  | { kind: 'linie' | 'balken'; indikator: string; gebiete: string[]; jahre: number[] }
  | { kind: 'karte'; indikator: string; jahr: number }
  | { kind: 'frei'; daten: string; titel: string; beschreibung: string; spec: Record<string, unknown> };

export const EDIT_MARKER = 'Bearbeitungsstand: Fassung A.';

type Item = { kind: 'diagramm' | 'frei' | 'karte' | 'tabelle'; n: number };

export function writeContent(contentDir: string, scale: BenchScale, data: BenchData): BenchContent {
  const rnd = seeded(4711);
  const publications: [string, string] = ['sozialbericht-bench', 'strategie-bench'];
  const total = scale.kapitel[0] + scale.kapitel[1];
  const items: Item[][] = Array.from({ length: total }, () => []);
  const spread = (kind: Item['kind'], count: number) => {
    for (let n = 0; n < count; n++) items[Math.floor((n * total) / count)]!.push({ kind, n });
  };
  spread('diagramm', scale.diagramme);
  spread('frei', scale.freieDiagramme);
  spread('karte', scale.karten);
  spread('tabelle', scale.tabellen);

  const chapters: BenchChapter[] = [];
  const charts: ChartRequest[] = [];
  publications.forEach((publication, p) => {
    const dir = path.join(contentDir, publication);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'publikation.yaml'), settings(publication, p));
    for (let c = 0; c < scale.kapitel[p]!; c++) {
      const index = p === 0 ? c : scale.kapitel[0] + c;
      const lebenslage = LEBENSLAGEN[index % LEBENSLAGEN.length]!;
      const slug = `kapitel-${c + 1}`;
      const file = path.join(dir, `${String(c + 1).padStart(2, '0')}-${slug}.mdx`);
      const marked = p === 1 && c === 0;
      fs.writeFileSync(file, chapter(`${lebenslage} (Teil ${c + 1})`, items[index]!, scale.absaetze, data, rnd, marked, charts));
      chapters.push({ publication, slug, file });
    }
  });
  const editChapter = chapters.find((c) => c.publication === publications[1])!;
  return {
    publications,
    chapters,
    editChapter,
    marker: EDIT_MARKER,
    counts: { diagramme: scale.diagramme + scale.freieDiagramme, karten: scale.karten, tabellen: scale.tabellen },
    charts,
  };
}

function settings(slug: string, p: number): string {
  return [
    `titel: ${p === 0 ? 'Sozialbericht' : 'Strategie'} (Leistungsmessung)`,
    'untertitel: Synthetischer Bericht für die Leistungsmessung',
    `art: ${p === 0 ? 'sozialbericht' : 'strategie'}`,
    'kreis: Landkreis Benchheim',
    'herausgeber: Landratsamt Benchheim',
    'status: entwurf',
    'datum: 2026-11-02',
    `reihenfolge: ${p + 1}`,
    'kontakt:',
    '  - stelle: Sozialplanung',
    `    email: ${slug}@benchheim.example`,
    '',
  ].join('\n');
}

function chapter(
  titel: string,
  items: readonly Item[],
  absaetze: number,
  data: BenchData,
  rnd: Random,
  marked: boolean,
  charts: ChartRequest[],
): string {
  const emit = (item: Item): string => {
    const c = component(item, data);
    if (c.request) charts.push(c.request);
    return c.mdx;
  };
  const out = ['---', `titel: ${titel}`, `beschreibung: Synthetisches Kapitel über ${titel}.`, '---', ''];
  if (marked) out.push(EDIT_MARKER, '');
  const sections = Math.max(1, Math.ceil(absaetze / 5));
  let item = 0;
  for (let s = 0; s < sections; s++) {
    out.push(`## Abschnitt ${s + 1}`, '');
    const paragraphs = Math.ceil(absaetze / sections);
    const perSection = Math.ceil(items.length / sections);
    for (let a = 0; a < paragraphs; a++) {
      out.push(paragraph(data, rnd), '');
      const due = Math.min(items.length, Math.round(((a + 1) * perSection) / paragraphs) + s * perSection);
      while (item < due) out.push(emit(items[item++]!), '');
    }
  }
  while (item < items.length) out.push(emit(items[item++]!), '');
  return out.join('\n');
}

const WORDS = (
  'Landkreis Sozialplanung Entwicklung Haushalte Familien Kinder Jugendliche Seniorinnen Senioren Quote Anteil ' +
  'Gemeinden Sozialräume Versorgung Beratung Teilhabe Leistungsbezug Wohnraum Pflege Bildung Betreuung Arbeitsmarkt ' +
  'Beschäftigung Einkommen Armutsgefährdung Unterstützung Angebote Netzwerke Prävention Quartier Zugang Bedarf'
).split(' ');
const GLUE = 'und der die das im in mit für bei nach über zwischen seit gegenüber deutlich weiterhin stärker'.split(' ');

function sentence(rnd: Random): string {
  const n = rnd.int(9, 16);
  const words = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? rnd.pick(WORDS) : rnd.pick(GLUE)));
  return words.join(' ') + '.';
}

function paragraph(data: BenchData, rnd: Random): string {
  const g = data.gebiete;
  const ind = rnd.pick(data.indikatoren);
  const jahr = data.jahre[data.jahre.length - 1]!;
  const wert = `<Wert indikator="${ind}" gebiet="${rnd.pick([g.kreis, g.land, ...g.gemeinden])}" jahr="${jahr}" />`;
  const parts = Array.from({ length: 6 }, () => sentence(rnd));
  parts.splice(3, 0, `Im Jahr ${jahr} lag der Wert bei ${wert}.`);
  return parts.join(' ');
}

function component(item: Item, data: BenchData): { mdx: string; request?: ChartRequest } {
  const { gebiete: g, indikatoren, jahre } = data;
  const ind = indikatoren[item.n % indikatoren.length]!;
  const round = Math.floor(item.n / indikatoren.length);
  const gem = (offset: number, count: number) =>
    Array.from({ length: Math.min(count, g.gemeinden.length) }, (_, i) => g.gemeinden[(offset + i) % g.gemeinden.length]!);
  const first = jahre[0]!;
  const last = jahre[jahre.length - 1]!;
  switch (item.kind) {
    case 'diagramm':
      if (item.n % 2 === 0) {
        const list = [g.land, g.kreis, ...gem(round * 2, 2)];
        return {
          mdx: `<Diagramm indikator="${ind}" gebiete="${list.join(', ')}" jahre="${first}-${last}" art="linie" />`,
          request: { kind: 'linie', indikator: ind, gebiete: list, jahre },
        };
      }
      const list = gem(round * 3, 8);
      return {
        mdx: `<Diagramm indikator="${ind}" gebiete="${list.join(', ')}" jahre="${last}" art="balken" />`,
        request: { kind: 'balken', indikator: ind, gebiete: list, jahre: [last] },
      };
    case 'frei': {
      const from = jahre[Math.min(item.n, jahre.length - 2)]!;
      const titel = `Beratungsfälle ab ${from}`;
      const beschreibung = `Beratungsfälle je Jahr und Art der Beratung ab ${from}.`;
      const spec = {
        mark: { type: 'line', point: true },
        transform: [{ filter: `datum.jahr >= ${from}` }],
        encoding: {
          x: { field: 'jahr', type: 'ordinal', title: 'Jahr' },
          y: { field: 'faelle', type: 'quantitative', title: 'Fälle' },
          color: { field: 'art', type: 'nominal', title: 'Beratungsart' },
        },
      };
      return {
        mdx: `<Diagramm daten="frei/beratung" titel="${titel}" beschreibung="${beschreibung}" spec={${JSON.stringify(spec)}} />`,
        request: { kind: 'frei', daten: 'frei/beratung', titel, beschreibung, spec },
      };
    }
    case 'karte': {
      const jahr = jahre[jahre.length - 1 - (round % jahre.length)]!;
      return { mdx: `<Karte indikator="${ind}" jahr="${jahr}" />`, request: { kind: 'karte', indikator: ind, jahr } };
    }
    case 'tabelle':
      return {
        mdx: `<Tabelle indikator="${ind}" gebiete="${[g.kreis, ...gem(round * 5 + item.n, 7)].join(', ')}" jahre="${jahre[Math.max(0, jahre.length - 5)]}-${last}" />`,
      };
  }
}
