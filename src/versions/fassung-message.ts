/**
 * The message of a Fassung tag: German `schlüssel: wert` lines, readable in `git show` and easy to write by hand.
 *
 * ```
 * status: beschlossen
 * titel: Vom Kreistag beschlossene Fassung
 * beschlussdatum: 2026-12-10
 * drucksache: DS 2026/123
 * ```
 *
 * Other lines are kept as free text (`notiz`). A PGP signature at the end is ignored.
 */
import { z } from 'zod';
import { STATUS } from '../publication/settings-schema.ts';

export const fassungMessageSchema = z.strictObject({
  /** Where the Fassung stands: entwurf → fachoeffentlich → beschlussvorlage → beschlossen. */
  status: z.enum(STATUS),
  /** Label shown with the Fassung, e.g. `Entwurf zur fachöffentlichen Diskussion`. */
  titel: z.string().min(1),
  /** Date of the council's decision, `JJJJ-MM-TT` (only for `beschlossen`). */
  beschlussdatum: z.iso.date().optional(),
  /** Number of the council paper, e.g. `DS 2026/123` (only for `beschlossen`). */
  drucksache: z.string().min(1).optional(),
});

export type FassungMessage = z.output<typeof fassungMessageSchema>;

const KEYS = ['status', 'titel', 'beschlussdatum', 'drucksache'] as const;
const KEY_LINE = /^\s*([A-Za-zÄÖÜäöüß]+)\s*:\s*(.*?)\s*$/;

export type ParsedMessage =
  | { ok: true; value: FassungMessage; notiz: string }
  | { ok: false; detail: string; partial: { titel?: string }; notiz: string };

export function parseFassungMessage(text: string): ParsedMessage {
  const body = text.replace(/-----BEGIN PGP SIGNATURE-----[\s\S]*$/, '').replace(/-----BEGIN SSH SIGNATURE-----[\s\S]*$/, '');
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = KEY_LINE.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (m && key && (KEYS as readonly string[]).includes(key) && !(key in fields)) fields[key] = m[2]!.replace(/^["„](.*)["“]$/, '$1');
    else rest.push(line);
  }
  const notiz = rest.join('\n').trim();
  const result = fassungMessageSchema.safeParse(fields);
  if (result.success) return { ok: true, value: result.data, notiz };
  const partial = fields.titel ? { titel: fields.titel } : {};
  return { ok: false, detail: describeIssue(result.error.issues[0], fields), partial, notiz };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, fields: Record<string, string>): string {
  const key = String(issue?.path[0] ?? '');
  const value = fields[key];
  if (value === undefined) return `die Zeile „${key}: …“ fehlt`;
  if (key === 'status') return `„status: ${value}“ ist kein bekannter Status (erlaubt: ${STATUS.join(', ')})`;
  if (key === 'beschlussdatum') return `„beschlussdatum: ${value}“ ist kein Datum der Form JJJJ-MM-TT`;
  return `„${key}: ${value}“ ist ungültig`;
}

/** The message `npm run fassung` writes; parseFassungMessage reads it back unchanged. */
export function formatFassungMessage(m: FassungMessage): string {
  const lines = [`status: ${m.status}`, `titel: ${m.titel}`];
  if (m.beschlussdatum) lines.push(`beschlussdatum: ${m.beschlussdatum}`);
  if (m.drucksache) lines.push(`drucksache: ${m.drucksache}`);
  return `${lines.join('\n')}\n`;
}
