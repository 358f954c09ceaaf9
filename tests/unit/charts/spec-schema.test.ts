/** Free specs are checked against spec-schema.ts before anything is drawn: links, loads and unknown parts stop with German messages. */
import { describe, expect, it } from 'vitest';
import { freeSpec } from '../../../src/charts/spec-free.ts';
import { ProblemError, type Problem } from '../../../src/errors/problem.ts';
import { DATASETS } from './fake-store.ts';

const at = { file: 'content/demo/02-kita.mdx', line: 14, column: 1 };
const kita = DATASETS[0]!;
const x = { field: 'Jahr', type: 'ordinal' };

function problemOf(spec: unknown): Problem {
  try {
    freeSpec(spec, kita, at);
  } catch (e) {
    if (e instanceof ProblemError) return e.problems[0]!;
    throw e;
  }
  throw new Error('no problem raised');
}

describe('free spec schema', () => {
  it('refuses encoding.href with a German message at the component, naming the path', () => {
    const p = problemOf({ mark: 'bar', encoding: { x, href: { field: 'Jahr' } } });
    expect(p.code).toBe('diagramm-spec-nicht-erlaubt');
    expect(p.message).toBe('Die Diagrammbeschreibung (spec) enthält „encoding.href“: Verknüpfungen (href) in Diagrammen sind nicht erlaubt.');
    expect([p.file, p.line, p.column]).toEqual(['content/demo/02-kita.mdx', 14, 1]);
    expect(p.hint).toContain('Entfernen Sie „href“');
  });

  it('refuses href wherever it hides: on the mark, in config, in a layer', () => {
    expect(problemOf({ mark: { type: 'bar', href: 'https://example.org' }, encoding: { x } }).message).toContain('„mark.href“');
    expect(problemOf({ mark: 'bar', encoding: { x }, config: { bar: { href: 'https://example.org' } } }).message).toContain('„config.bar.href“');
    expect(problemOf({ layer: [{ mark: 'bar', encoding: { x } }, { mark: 'rule', encoding: { href: { field: 'Jahr' } } }] }).message).toContain(
      '„layer[1].encoding.href“',
    );
  });

  it('refuses usermeta and image URLs in an encoding', () => {
    expect(problemOf({ mark: 'bar', encoding: { x }, usermeta: { geheim: 1 } }).message).toBe(
      'Die Diagrammbeschreibung (spec) enthält „usermeta“: Zusatzdaten (usermeta) werden nicht übernommen.',
    );
    expect(problemOf({ mark: 'point', encoding: { x, url: { value: 'https://example.org/a.png' } } }).code).toBe('diagramm-spec-nicht-erlaubt');
  });

  it('names an unknown mark and an unknown channel', () => {
    const mark = problemOf({ mark: 'balken', encoding: { x } });
    expect(mark.code).toBe('diagramm-spec-ungueltig');
    expect(mark.message).toMatch(/^Die Diagrammbeschreibung \(spec\) ist ungültig: bei „mark“: die Diagrammart „balken“ gibt es nicht; möglich sind „arc“, /);
    expect(problemOf({ mark: 'bar', encoding: { x, farbe: { field: 'Quote' } } }).message).toContain('bei „encoding.farbe“: den Kanal „farbe“ kennt Vega-Lite nicht');
  });

  it('accepts the specs of the handbook and the demo', () => {
    const demo = {
      transform: [{ filter: 'datum.Jahr == 2024' }, { calculate: 'datum.Quote / 100', as: 'Anteil' }],
      mark: { type: 'line', point: true },
      encoding: { x, y: { field: 'Anteil', type: 'quantitative', axis: { format: '.0%' }, scale: { domain: [0, 1] } }, color: { field: 'Altersgruppe', type: 'nominal', title: 'Alter' } },
    };
    expect(() => freeSpec(demo, kita, at)).not.toThrow();
    expect(() => freeSpec({ layer: [{ mark: 'bar', encoding: { x } }, { mark: 'rule', encoding: { y: { datum: 30 } } }] }, kita, at)).not.toThrow();
  });
});
