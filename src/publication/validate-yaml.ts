import type { z } from 'zod';
import { contentErrors, schemaIssue } from '../errors/content.ts';
import type { Problem } from '../errors/problem.ts';
import { parseYamlSource } from './yaml-source.ts';

/**
 * Validates YAML text against a schema and reports every issue at its `line:column` in `file`.
 * `lineOffset` is the number of lines above the YAML in the file (1 for frontmatter below `---`).
 */
export function validateYaml<S extends z.ZodType>(
  text: string,
  file: string,
  lineOffset: number,
  schema: S,
  kind: 'frontmatter' | 'einstellungen',
): { value: z.output<S> | null; problems: Problem[] } {
  const source = parseYamlSource(text, lineOffset);
  if (source.syntaxErrors.length > 0) {
    return {
      value: null,
      problems: source.syntaxErrors.map((e) => contentErrors.yamlSyntax({ file, line: e.line, column: e.column }, e.message)),
    };
  }
  const data = source.data ?? {};
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path;
    const value = valueAt(data, path);
    const pos =
      issue.code === 'unrecognized_keys' && issue.keys[0]
        ? source.locateKey(path, issue.keys[0])
        : value === undefined && path.length > 0
          ? source.locate(path.slice(0, -1))
          : source.locate(path);
    return schemaIssue(issue, { file, ...pos }, value, kind);
  });
  return { value: null, problems };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
