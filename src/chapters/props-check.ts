/**
 * Every component use in every chapter, checked against its one schema (components/schemas/): unknown components,
 * unknown props („Meinten Sie …?“), values of the wrong kind, `art="torte"`, `jahr="2022-2024"` on a map, missing
 * props. Each problem points at the offending value (or the tag). Whether ids exist in the data is the next stage
 * (data/references/chapter-references.ts, process/chapter-props.ts).
 */
import type { z } from 'zod';
import { COMPONENT_NAMES, componentSchemas, isComponentName, knownProps, type ComponentName } from '../components/schemas/index.ts';
import { closest } from '../data/similar.ts';
import { chapterErrors } from '../errors/chapters.ts';
import { referenceErrors, type Component } from '../errors/data.ts';
import type { Location, Problem } from '../errors/problem.ts';
import { componentUses, type ComponentUse } from './components.ts';
import type { ChapterModel } from './model.ts';

const DATA: readonly string[] = ['Wert', 'Tabelle', 'Diagramm', 'Karte'];

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

const TYPE_NAMES: Record<string, string> = { string: 'Text in Anführungszeichen', number: 'eine Zahl', array: 'eine Liste', object: 'eine Angabe in {{ … }}' };

/** One zod issue of a component use → a located problem. */
export function issueProblem(issue: z.core.$ZodIssue, use: ComponentUse, name: ComponentName, at: (offset: number) => Location): Problem[] {
  const prop = typeof issue.path[0] === 'string' ? issue.path[0] : null;
  const tagAt = at(use.offset);
  const valueAt = prop && use.attrs.has(prop) ? at(use.attrs.get(prop)!.offset) : tagAt;
  const value = prop ? use.props[prop] : undefined;
  const known = knownProps(name);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const attr = use.node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
      const where = attr?.position ? at(attr.position.start.offset ?? use.offset) : tagAt;
      return chapterErrors.unknownProp(where, name, key, closest(key, known), known);
    });
  }
  if (!prop) return [chapterErrors.propInvalid(tagAt, name, '', '', issue.message)];
  const missing = value === undefined && !use.attrs.has(prop);
  if (missing || (issue.code === 'custom' && (issue.params as { fehlt?: boolean } | undefined)?.fehlt)) {
    return [DATA.includes(name) ? referenceErrors.attributeMissing(tagAt, name as Component, prop) : chapterErrors.propMissing(tagAt, name, prop)];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    return [chapterErrors.propValue(valueAt, name, prop, show(value), allowed, closest(show(value), allowed))];
  }
  if (issue.code === 'custom' && (issue.params as { jahr?: boolean } | undefined)?.jahr && DATA.includes(name)) {
    return [referenceErrors.yearInvalid(valueAt, name as Component, prop, show(value), issue.message)];
  }
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const expected = issue.code === 'invalid_type' ? (TYPE_NAMES[issue.expected] ?? issue.expected) : 'Text in Anführungszeichen oder eine Zahl';
    return [chapterErrors.propType(valueAt, name, prop, show(value), expected)];
  }
  return [chapterErrors.propInvalid(valueAt, name, prop, show(value), issue.message)];
}

export function checkComponentProps(model: ChapterModel): Problem[] {
  const at = (offset: number): Location => ({ file: model.file, ...model.position(offset) });
  const problems: Problem[] = [];
  for (const use of componentUses(model)) {
    if (!isComponentName(use.component)) {
      problems.push(chapterErrors.unknownComponent(at(use.offset), use.component, closest(use.component, COMPONENT_NAMES), COMPONENT_NAMES));
      continue;
    }
    // props written as code are reported by content-only.ts; check the rest
    const parsed = componentSchemas[use.component].safeParse(use.props);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const prop = issue.path[0];
      if (typeof prop === 'string' && use.attrs.has(prop) && !(prop in use.props)) continue;
      problems.push(...issueProblem(issue, use, use.component, at));
    }
  }
  return problems;
}
