/**
 * vega-lite spec → finished SVG string, headless (vega renderer 'none', no DOM, no canvas).
 *
 *   spec ──forceUtc──▶ vega-lite compile ──▶ vega parse ──▶ View (no loader) ──toSVG──▶ finishSvg ──▶ SVG
 *
 * The View gets a loader that refuses every request: nothing is ever fetched, even if a spec slipped through.
 * `chartKey()` hashes everything that shapes the output; it names the cache entry and the id prefix.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { sha256 } from './hash.ts';
import { LOCALE_DE } from './locale.ts';
import { finishSvg } from './svg-post.ts';
import { forceUtc } from './utc.ts';
import { textWidth } from './text-width.ts';

// vega measures text with a canvas, which Node lacks; its fallback guess (0.8 em a character) is far too wide for
// our font. Widths from the font's own advance table instead (text-width.ts); vega supports replacing this.
(vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = (item: { text?: unknown; fontSize?: number }, text?: unknown): number => {
  const t = text ?? item.text;
  const lines = Array.isArray(t) ? t.map(String) : [t == null ? '' : String(t)];
  return Math.max(0, ...lines.map((l) => textWidth(l, item.fontSize ?? 11)));
};

/** Bump when anything in src/charts changes the SVG for the same spec (invalidates the cache). */
export const CHARTS_CODE_VERSION = 'diagramme-3';

/** A vega-lite spec; kept loose because free specs come from planners and are checked separately. */
export type ChartSpec = Record<string, unknown>;

export interface RenderInput {
  spec: ChartSpec;
  /** Accessible name (the `<title>`). */
  titel: string;
  /** Accessible description (the `<desc>`), one or two German sentences. */
  beschreibung: string;
}

/**
 * sha256 over spec (with data values), labels, locale, library versions and our code version. The JSON is written in
 * the objects' own key order: specs are built by our code or read from the same chapter source, so equal charts
 * give equal text (sorting every object's keys took most of the time of a warm build's cache lookups).
 */
export function chartKey(input: RenderInput): string {
  return sha256(
    JSON.stringify({
      spec: input.spec,
      titel: input.titel,
      beschreibung: input.beschreibung,
      locale: LOCALE_DE,
      vega: vega.version,
      vegaLite: vl.version,
      code: CHARTS_CODE_VERSION,
    }),
  );
}

/** The per-chart id prefix: deterministic, starts with a letter. */
export function idPrefix(key: string): string {
  return `d${key.slice(0, 10)}`;
}

const refuse = (uri: unknown): Promise<never> =>
  Promise.reject(new Error(`Diagramme laden keine Daten nach („${String(uri)}“).`));

const noLoader = {
  load: refuse,
  sanitize: refuse,
  http: refuse,
  file: refuse,
} as unknown as vega.Loader;

/** vega's warnings go to this sink instead of the console; errors still throw. */
export type VegaWarn = (message: string) => void;

function vegaLogger(warn: VegaWarn): vega.LoggerInterface {
  let level = vega.Warn;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: readonly unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: readonly unknown[]) {
      warn(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as vega.LoggerInterface;
}

/** Renders without cache. Throws (with vega's message) if the spec cannot be compiled or drawn. */
export async function renderSvg(input: RenderInput, warn: VegaWarn = () => {}): Promise<string> {
  const key = chartKey(input);
  const spec = forceUtc(input.spec);
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec, { logger: vegaLogger(warn) }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    loader: noLoader,
    logger: vegaLogger(warn),
  });
  try {
    const raw = await view.toSVG();
    return finishSvg(raw, { prefix: idPrefix(key), titel: input.titel, beschreibung: input.beschreibung });
  } finally {
    view.finalize();
  }
}
