/**
 * The part of Vega-Lite a free chart (`<Diagramm daten="frei/…" spec={{…}} />`) may use, as a zod schema: checked
 * before anything is drawn, so a spec either renders or stops the build with a German message at its place.
 *
 * Refused, because the chart would fetch something or link somewhere (the website and the PDF contain no
 * links the planners did not write as text, and nothing is loaded from elsewhere):
 *   href     anywhere: encoding.href, mark.href, config.mark.href … (links inside the SVG; vega also crashes on them
 *            without a DOM)
 *   url      anywhere: data.url, lookup's from.data.url, encoding.url (images)
 *   usermeta free data that travels with the chart and is read by nobody
 *   image    marks (they load their pictures)
 * Also checked: marks and encoding channels are ones Vega-Lite knows, compositions hold specs again. Everything
 * else (scales, axes, transforms, config) is Vega-Lite's business; vega reports what it does not understand.
 */
import { z } from 'zod';

/** Mark types we draw (Vega-Lite's, without `image`). */
export const MARKS = [
  'arc', 'area', 'bar', 'boxplot', 'circle', 'errorband', 'errorbar', 'geoshape', 'line', 'point', 'rect', 'rule', 'square', 'text', 'tick', 'trail',
] as const;

/** Encoding channels we accept (Vega-Lite's, without `href` and `url`). */
export const CHANNELS = [
  'x', 'y', 'x2', 'y2', 'xOffset', 'yOffset', 'xError', 'xError2', 'yError', 'yError2', 'theta', 'theta2', 'radius', 'radius2',
  'longitude', 'latitude', 'longitude2', 'latitude2', 'color', 'fill', 'stroke', 'opacity', 'fillOpacity', 'strokeOpacity',
  'strokeWidth', 'strokeDash', 'size', 'angle', 'shape', 'text', 'tooltip', 'detail', 'key', 'order', 'facet', 'row', 'column',
  'description',
] as const;

/** Keys refused wherever they occur, with the reason (the end of a German sentence). */
export const REFUSED_KEYS: Readonly<Record<string, string>> = {
  href: 'Verknüpfungen (href) in Diagrammen sind nicht erlaubt.',
  url: 'Diagramme dürfen nichts aus dem Netz oder aus Dateien laden (url).',
  usermeta: 'Zusatzdaten (usermeta) werden nicht übernommen.',
};

/** Marks a zod issue as a refused key, so the caller can name it. */
export interface RefusedParams {
  refused: string;
}

function refuseKeys(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const key of Object.keys(value)) {
    const reason = REFUSED_KEYS[key];
    if (reason) ctx.addIssue({ code: 'custom', path: [key], message: reason, params: { refused: key } satisfies RefusedParams });
  }
}

/** Any JSON value, with no refused key in any object. */
const json: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json).superRefine(refuseKeys)], {
    error: 'erwartet wird ein Wert wie in JSON (Text, Zahl, true/false, Liste oder Objekt).',
  }),
);

const markType = z.string().refine((t) => (MARKS as readonly string[]).includes(t), {
  error: (iss) => `die Diagrammart „${String(iss.input)}“ gibt es nicht; möglich sind ${MARKS.map((m) => `„${m}“`).join(', ')}.`,
});

const mark = z.union([markType, z.object({ type: markType }).catchall(json).superRefine(refuseKeys)], {
  error: 'erwartet wird eine Diagrammart wie "bar" oder ein Objekt wie { type: "bar" }.',
});

const encoding = z.record(z.string(), json).superRefine((value, ctx) => {
  refuseKeys(value, ctx);
  for (const key of Object.keys(value)) {
    if (key in REFUSED_KEYS || (CHANNELS as readonly string[]).includes(key)) continue;
    ctx.addIssue({ code: 'custom', path: [key], message: `den Kanal „${key}“ kennt Vega-Lite nicht; möglich sind ${CHANNELS.join(', ')}.` });
  }
});

const specs = z.array(z.lazy(() => spec), { error: 'erwartet wird eine Liste von Diagrammbeschreibungen [{ … }, { … }].' });

/** One (possibly composed) Vega-Lite spec as planners may write it. */
export const spec: z.ZodType<Record<string, unknown>> = z
  .object({
    mark: mark.optional(),
    encoding: encoding.optional(),
    layer: specs.optional(),
    hconcat: specs.optional(),
    vconcat: specs.optional(),
    concat: specs.optional(),
    spec: z.lazy(() => spec).optional(),
  })
  .catchall(json)
  .superRefine(refuseKeys);
