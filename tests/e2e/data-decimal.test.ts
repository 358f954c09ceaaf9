/**
 * The number a reader sees: the fixture „daten-dezimalpunkt“ has a GENESIS-like value file with `;` as delimiter
 * and decimal points (`0.125`, `7.280`). Read by the delimiter, these became 125 and 7.280 (German grouping);
 * decided per column, `0.125` shows the column uses points, so the page says 0,125 % and 7,28 Euro.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';

let built: BuiltFixture;
const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  built = await buildFixture('daten-dezimalpunkt');
}, 300_000);

afterAll(() => built?.cleanup());

describe('Zahlen mit Dezimalpunkt in einer Datei mit „;“', () => {
  it('erscheinen auf der Website als 0,125 % und 7,28 Euro', () => {
    const t = text(fs.readFileSync(path.join(built.dist, 'bericht', 'werte', 'index.html'), 'utf8'));
    expect(t).toContain('Der Anteil lag 2024 bei 0,125 %, die Miete bei 7,28 Euro.');
    expect(t).not.toContain('7.280');
  });
});
