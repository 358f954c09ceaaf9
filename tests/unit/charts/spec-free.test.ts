import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/charts/render.ts';
import { freeSpec } from '../../../src/charts/spec-free.ts';
import { ProblemError } from '../../../src/errors/problem.ts';
import { DATASETS } from './fake-store.ts';
import { svgTexts } from './svg-helpers.ts';

const at = { file: 'content/demo/02-kita.mdx', line: 0, column: 0 };
const kita = DATASETS[0]!;

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProblemError) return e.problems[0]!;
    throw e;
  }
  throw new Error('no problem raised');
}

describe('free vega-lite specs', () => {
  it('refuses a spec that loads data from a URL, in German, naming the URL', () => {
    const p = problemOf(() => freeSpec({ data: { url: 'https://example.org/daten.csv' }, mark: 'bar' }, kita, at));
    expect(p.code).toBe('diagramm-externe-daten');
    expect(p.message).toBe('Die Diagrammbeschreibung lädt Daten von „https://example.org/daten.csv“. Diagramme dürfen keine Daten aus dem Netz oder aus Dateien nachladen.');
    expect(p.file).toBe('content/demo/02-kita.mdx');
    expect(p.hint).toContain('daten="frei/…"');
  });

  it('also refuses URLs hidden in layers and lookups', () => {
    expect(problemOf(() => freeSpec({ layer: [{ data: { url: 'x.json' }, mark: 'bar' }] }, kita, at)).code).toBe('diagramm-externe-daten');
    const lookup = { mark: 'bar', transform: [{ lookup: 'Jahr', from: { data: { url: '/etc/passwd' }, key: 'a' } }] };
    expect(problemOf(() => freeSpec(lookup, kita, at)).message).toContain('„/etc/passwd“');
    expect(problemOf(() => freeSpec({ mark: 'image' }, kita, at)).code).toBe('diagramm-bilder');
  });

  it('names the columns there are when a field is not one of them', () => {
    const p = problemOf(() => freeSpec({ mark: 'bar', encoding: { x: { field: 'jahr', type: 'ordinal' } } }, kita, at));
    expect(p.message).toBe('Das Feld „jahr“ ist keine Spalte der Datentabelle „frei/kita-betreuung“.');
    expect(p.hint).toContain('„Jahr“, „Altersgruppe“, „Quote“');
  });

  it('accepts fields that a transform creates', () => {
    const spec = { transform: [{ calculate: 'datum.Quote / 100', as: 'Anteil' }], mark: 'bar', encoding: { y: { field: 'Anteil', type: 'quantitative' } } };
    expect(() => freeSpec(spec, kita, at)).not.toThrow();
  });

  it('injects the dataset rows and draws them with German labels', async () => {
    const spec = freeSpec(
      { mark: 'bar', encoding: { x: { field: 'Jahr', type: 'ordinal' }, y: { field: 'Quote', type: 'quantitative', aggregate: 'sum' }, color: { field: 'Altersgruppe' } } },
      kita,
      at,
    );
    expect((spec['data'] as { values: unknown[] }).values).toHaveLength(4);
    const texts = svgTexts(await renderSvg({ spec, titel: 'Kita', beschreibung: 'Balken.' }));
    expect(texts).toEqual(expect.arrayContaining(['2022', '2023', 'unter 3', '3 bis 6', 'Quote']));
    expect(texts.filter((t) => /\b(Sum|Count|of)\b/.test(t))).toEqual([]); // no English auto titles
  });

  it('clips marks to a fixed axis domain and writes year labels horizontally, unless the spec says otherwise', () => {
    const spec = freeSpec(
      { mark: 'bar', encoding: { x: { field: 'Jahr', type: 'ordinal' }, y: { field: 'Quote', type: 'quantitative', scale: { domain: [30, 100] } } } },
      kita,
      at,
    );
    expect(spec['mark']).toEqual({ type: 'bar', clip: true });
    expect((spec['encoding'] as { x: { axis: unknown } }).x.axis).toEqual({ labelAngle: 0 });
    const own = freeSpec({ mark: { type: 'bar', clip: false }, encoding: { x: { field: 'Jahr', type: 'ordinal', axis: { labelAngle: -45 } } } }, kita, at);
    expect(own['mark']).toEqual({ type: 'bar', clip: false });
    expect((own['encoding'] as { x: { axis: unknown } }).x.axis).toEqual({ labelAngle: -45 });
  });

  it('reads a spec given as JSON text and reports broken JSON in German', () => {
    expect(() => freeSpec('{"mark": "bar"}', kita, at)).not.toThrow();
    expect(problemOf(() => freeSpec('{mark: bar}', kita, at)).message).toContain('kein gültiges JSON');
  });
});
