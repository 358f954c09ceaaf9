/**
 * Cross-file check: every id in a `kennzahlen:` list (content/website.yaml, content/<publikation>/publikation.yaml)
 * must name an indicator of the catalogue. Problems point at the list item in the YAML file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../errors/problem.ts';
import { relativeToProject, type ProjectPaths } from '../../project.ts';
import { parseYamlSource } from '../../publication/yaml-source.ts';
import { checkKennzahlen } from '../kennzahlen.ts';
import type { DataStore } from '../types.ts';

function listIn(data: unknown): string[] {
  const list = (data as { kennzahlen?: unknown } | null)?.kennzahlen;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

function mindestfallzahlIn(data: unknown): number {
  const m = (data as { mindestfallzahl?: unknown } | null)?.mindestfallzahl;
  return typeof m === 'number' ? m : 3;
}

export function checkKennzahlenReferences(paths: ProjectPaths, store: DataStore): Problem[] {
  const files: string[] = [];
  if (fs.existsSync(paths.content)) {
    for (const entry of fs.readdirSync(paths.content, { withFileTypes: true })) {
      if (entry.isDirectory()) files.push(path.join(paths.content, entry.name, 'publikation.yaml'));
    }
  }
  const sources = files
    .filter((f) => fs.existsSync(f))
    .map((f) => ({ file: f, source: parseYamlSource(fs.readFileSync(f, 'utf8')) }));
  // The start page is not bound to one publication: it keeps the strictest threshold of them all.
  const strictest = Math.max(3, ...sources.map((s) => mindestfallzahlIn(s.source.data)));
  const website = path.join(paths.content, 'website.yaml');
  if (fs.existsSync(website)) sources.push({ file: website, source: parseYamlSource(fs.readFileSync(website, 'utf8')) });
  return sources.flatMap(({ file, source }) => {
    const rel = relativeToProject(paths, file);
    const threshold = file === website ? strictest : mindestfallzahlIn(source.data);
    return checkKennzahlen(store, listIn(source.data), (i) => ({ file: rel, ...source.locate(['kennzahlen', i]) }), threshold);
  });
}
