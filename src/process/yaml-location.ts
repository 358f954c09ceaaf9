/** Where a top-level key stands in a publication's publikation.yaml, for messages about settings. */
import fs from 'node:fs';
import path from 'node:path';
import type { Location } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';

export function yamlKeyLocation(paths: ProjectPaths, publication: string, key: string): Location {
  const file = `content/${publication}/publikation.yaml`;
  const abs = path.join(paths.root, file);
  const lines = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8').split(/\r?\n/) : [];
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (i < 0) return { file, line: 0, column: 0 };
  const value = /^[^:]+:\s*/.exec(lines[i]!)![0].length;
  return { file, line: i + 1, column: value + 1 };
}
