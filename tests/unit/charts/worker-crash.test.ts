/**
 * vega throws some errors outside the promise of toSVG() (an href encoding without a DOM: a TypeError from a
 * callback). On a drawing thread such an error fails that one chart with its message; the thread draws on.
 * (spec-schema.ts refuses href before drawing; this is the net below it.)
 */
import { describe, expect, it } from 'vitest';
import { pooledRender } from '../../../src/charts/pool.ts';

const values = [
  { a: '2023', b: 1 },
  { a: '2024', b: 2 },
];
const x = { field: 'a', type: 'ordinal' };
const y = { field: 'b', type: 'quantitative' };

describe('a drawing thread', () => {
  it('fails only the chart vega crashes on, with the message, and draws the next one', async () => {
    const render = pooledRender(1);
    const crash = { width: 100, height: 50, data: { values }, mark: 'bar', encoding: { x, y, href: { field: 'a' } } };
    await expect(render({ spec: crash, titel: 't', beschreibung: 'd' })).rejects.toThrow("Cannot read properties of null (reading 'href')");
    const next = await render({ spec: { ...crash, encoding: { x, y } }, titel: 'Weiter', beschreibung: 'd' });
    expect(next).toMatch(/^<svg[^>]*role="img"/);
    expect(next).toContain('>Weiter</title>');
  });
});
