/**
 * `<Diagramm indikator="alq" art="balken" />` (an indicator chart) or `<Diagramm daten="frei/x" titel="…"
 * spec={{ … }} />` (a free vega-lite chart on a dataset). One of `indikator` and `daten` is needed.
 */
import { z } from 'zod';
import { id, idList, marke, yearList } from './fields.ts';

export const DIAGRAMM_ARTEN = ['linie', 'balken'] as const;

export const diagrammSchema = z
  .strictObject({
    indikator: id.optional(),
    gebiete: idList.optional(),
    jahre: yearList.optional(),
    /** `linie` (default) or `balken`. */
    art: z.enum(DIAGRAMM_ARTEN).optional(),
    titel: z.string().optional(),
    /** A dataset under data/ (free chart). */
    daten: id.optional(),
    /** The free chart's vega-lite spec: an object of fixed values. */
    spec: z.record(z.string(), z.unknown()).optional(),
    beschreibung: z.string().optional(),
    quelle: z.string().optional(),
    marke: marke.optional(),
  })
  .refine((p) => p.indikator !== undefined || p.daten !== undefined, { message: 'indikator', path: ['indikator'], params: { fehlt: true } });
