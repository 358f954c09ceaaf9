/**
 * The number a reader sees: the fixture „daten-dezimalpunkt“ has a GENESIS-like value file with `;` as delimiter
 * and decimal points (`0.125`, `7.280`). Read by the delimiter, these became 125 and 7.280 (German grouping);
 * decided per column, `0.125` shows the column uses points, so the page says 0,125 % and 7,28 Euro.
 */
import { describe, expect, it } from 'vitest';
import { pageHtml, readerText, useBuiltFixture } from '../helpers/fixture-site.ts';

const built = useBuiltFixture('daten-dezimalpunkt');

describe('Zahlen mit Dezimalpunkt in einer Datei mit „;“', () => {
  it('erscheinen auf der Website als 0,125 % und 7,28 Euro', () => {
    const t = readerText(pageHtml(built(), 'bericht/werte'));
    expect(t).toContain('Der Anteil lag 2024 bei 0,125 %, die Miete bei 7,28 Euro.');
    expect(t).not.toContain('7.280');
  });
});
