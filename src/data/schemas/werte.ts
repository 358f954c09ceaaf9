/**
 * `data/werte/*.csv`: the values, one per indicator, Gebiet and year (long form).
 *
 * ```csv
 * indikator;gebiet;jahr;wert;hinweis
 * alq;hw;2024;5,8;
 * sgb2-kinder;hw-nord;2024;*;Wert der BA gesperrt
 * ```
 */
import { z } from 'zod';
import type { NumberStyle } from '../numbers.ts';
import { columnsOf, idField, numberOrSymbolField, optionalTextField, yearField } from './fields.ts';

function build(style: NumberStyle) {
  return z.object({
    /** Id from data/indikatoren. */
    indikator: idField,
    /** Id from data/gebiete. */
    gebiet: idField,
    /** Four-digit year. */
    jahr: yearField,
    /** The number in the file's style (`5,8` in a `;` file, `5.8` in a `,` file) or a table symbol. */
    wert: numberOrSymbolField(style),
    /** Optional note on this value, e.g. `vorläufig`. */
    hinweis: optionalTextField,
  });
}

const byStyle = { de: build('de'), en: build('en') };

/** The row schema for a file whose numbers are written in `style`. */
export function wertRow(style: NumberStyle) {
  return byStyle[style];
}

export type WertRow = z.output<ReturnType<typeof build>>;
export const WERTE_COLUMNS = columnsOf(byStyle.de);
