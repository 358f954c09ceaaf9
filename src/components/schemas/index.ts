/**
 * The one list of MDX components and their props: one zod schema per component. `npm run check` validates every
 * use in the chapters with it (chapters/props-check.ts); the components validate their props with it when they
 * render (props.ts), so a prop that check accepts always renders. mdx-components.ts maps the same names to
 * the .astro files (a test keeps both lists equal).
 */
import type { z } from 'zod';
import { abwaegungstabelleSchema } from './abwaegungstabelle.ts';
import { begriffSchema } from './begriff.ts';
import { beteiligungSchema } from './beteiligung.ts';
import { beteiligungsmatrixSchema } from './beteiligungsmatrix.ts';
import { diagrammSchema } from './diagramm.ts';
import { karteSchema } from './karte.ts';
import { massnahmenSchema } from './massnahmen.ts';
import { tabelleSchema } from './tabelle.ts';
import { termineSchema } from './termine.ts';
import { verweisSchema } from './verweis.ts';
import { wertSchema } from './wert.ts';
import { zielerreichungSchema } from './zielerreichung.ts';
import { zitatSchema } from './zitat.ts';

export const componentSchemas = {
  Wert: wertSchema,
  Tabelle: tabelleSchema,
  Diagramm: diagrammSchema,
  Karte: karteSchema,
  Verweis: verweisSchema,
  Zitat: zitatSchema,
  Begriff: begriffSchema,
  Beteiligung: beteiligungSchema,
  Beteiligungsmatrix: beteiligungsmatrixSchema,
  Termine: termineSchema,
  Massnahmen: massnahmenSchema,
  Zielerreichung: zielerreichungSchema,
  Abwaegungstabelle: abwaegungstabelleSchema,
} as const satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof componentSchemas;

export const COMPONENT_NAMES = Object.keys(componentSchemas) as ComponentName[];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(componentSchemas, name);
}

/** The prop names a component knows (for „Meinten Sie …?“). */
export function knownProps(name: ComponentName): string[] {
  const schema = componentSchemas[name] as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
  const shape = schema.shape ?? (schema as { _zod?: { def?: { schema?: { shape?: Record<string, unknown> } } } })._zod?.def?.schema?.shape ?? {};
  return Object.keys(shape);
}
