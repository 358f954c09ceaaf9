/**
 * `npm run neu`: turns a checkout of the tool (with the demo county in content/ and data/) into a county's own
 * project. Before anything is replaced the demo is copied to `beispiele/hainwald/` (still buildable with
 * `BERICHT_PROJEKT=beispiele/hainwald`). Refuses when content/ is no longer the demo or content/ and data/ hold
 * changes git has not saved, unless forced. Git is passed in (src/versions/git.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { newProjectErrors } from '../errors/workplace.ts';
import type { Problem } from '../errors/problem.ts';
import type { ProjectPaths } from '../project.ts';
import type { Git } from '../versions/git.ts';
import { skeletonFiles, type NewProjectAnswers } from './skeleton.ts';

export const DEMO_COUNTY = 'Landkreis Hainwald';
/** Where the demo goes, relative to the project root. */
export const EXAMPLE_DIR = 'beispiele/hainwald';

const ANSWER_RULES: Record<keyof NewProjectAnswers, { example: string; rule: RegExp; text: string }> = {
  name: { example: '"Landkreis Musterland"', rule: /\S/, text: 'Der Name darf nicht leer sein.' },
  schluessel: { example: '16099', rule: /^\d{5}(\d{3}|\d{7})?$/, text: 'Der amtliche Schlüssel hat 5 Ziffern (Kreis), 8 (Gemeinde) oder 12 (Regionalschlüssel).' },
  land: { example: '"Freistaat Thüringen"', rule: /\S/, text: 'Das Land darf nicht leer sein.' },
  publikation: {
    example: 'sozialbericht-2026',
    rule: /^[a-z0-9][a-z0-9-]*$/,
    text: 'Der Ordnername besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, ohne Umlaute und Leerzeichen (z. B. sozialbericht-2026).',
  },
  titel: { example: '"Sozialbericht 2026"', rule: /\S/, text: 'Der Titel darf nicht leer sein.' },
};

export const ANSWER_KEYS = Object.keys(ANSWER_RULES) as (keyof NewProjectAnswers)[];

/** Why `value` is no valid answer to `key` (German), or null when it is. */
export function answerRule(key: keyof NewProjectAnswers, value: string): string | null {
  const r = ANSWER_RULES[key];
  return r.rule.test(value.trim()) ? null : r.text;
}

/** Problems with the given answers: missing ones (when `complete`) and malformed ones. */
export function answerProblems(answers: Partial<NewProjectAnswers>, complete = true): Problem[] {
  const out: Problem[] = [];
  for (const key of ANSWER_KEYS) {
    const value = answers[key]?.trim();
    const r = ANSWER_RULES[key];
    if (!value) {
      if (complete) out.push(newProjectErrors.missingAnswer(key, r.example));
    } else if (!r.rule.test(value)) out.push(newProjectErrors.invalidAnswer(key, value, r.text));
  }
  return out;
}

/** True while every publikation.yaml in content/ belongs to the demo county. */
export function holdsDemo(contentDir: string): boolean {
  if (!fs.existsSync(contentDir)) return false;
  const settings = fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(contentDir, d.name, 'publikation.yaml'))
    .filter((f) => fs.existsSync(f));
  if (settings.length === 0) return false;
  return settings.every((f) => {
    try {
      return (parseYaml(fs.readFileSync(f, 'utf8')) as { kreis?: unknown } | null)?.kreis === DEMO_COUNTY;
    } catch {
      return false;
    }
  });
}

/** Files below content/ and data/ that git reports as changed or new; null when the folder is no git repository. */
export function unsavedFiles(git: Git): string[] | null {
  let out: string;
  try {
    out = git.run(['status', '--porcelain', '--untracked-files=all', '--', 'content', 'data']);
  } catch {
    return null;
  }
  return out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.slice(3));
}

/** Why `npm run neu` must not run here; empty when it may. */
export function preflight(paths: ProjectPaths, git: Git, force: boolean): Problem[] {
  if (force) return [];
  const out: Problem[] = [];
  if (!holdsDemo(paths.content)) out.push(newProjectErrors.notDemo());
  const unsaved = unsavedFiles(git);
  if (unsaved && unsaved.length > 0) out.push(newProjectErrors.uncommitted(unsaved));
  return out;
}

/**
 * Copies the demo to beispiele/hainwald/ (once; only when content/ holds the demo), then replaces content/ and data/
 * with the skeleton. Returns the example folder when the demo was copied.
 */
export function createProject(paths: ProjectPaths, answers: NewProjectAnswers, today: string): { archived: string | null } {
  let archived: string | null = null;
  const example = path.join(paths.root, EXAMPLE_DIR);
  if (holdsDemo(paths.content) && !fs.existsSync(example)) {
    fs.mkdirSync(example, { recursive: true });
    fs.cpSync(paths.content, path.join(example, 'content'), { recursive: true });
    if (fs.existsSync(paths.data)) fs.cpSync(paths.data, path.join(example, 'data'), { recursive: true });
    archived = EXAMPLE_DIR;
  }
  fs.rmSync(paths.content, { recursive: true, force: true });
  fs.rmSync(paths.data, { recursive: true, force: true });
  const trimmed = Object.fromEntries(ANSWER_KEYS.map((k) => [k, answers[k].trim()])) as unknown as NewProjectAnswers;
  for (const [file, text] of skeletonFiles(trimmed, today)) {
    const abs = path.join(paths.root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return { archived };
}
