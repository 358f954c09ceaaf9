import fs from 'node:fs';
import path from 'node:path';
import { contentErrors } from '../errors/content.ts';
import type { Problem } from '../errors/problem.ts';
import { relativeToProject, type ProjectPaths } from '../project.ts';
import { chapterModel } from '../chapters/model.ts';
import { chapterFrontmatter, chapterSlug, SLUG_PATTERN } from './chapter-file.ts';
import type { Frontmatter } from './frontmatter-schema.ts';
import { settingsSchema, type Settings } from './settings-schema.ts';
import { validateYaml } from './validate-yaml.ts';

export const SETTINGS_FILE = 'publikation.yaml';

/** Addresses inside a publication that belong to the tool, not to chapters. */
const RESERVED_SLUGS = new Map([
  ['druck', 'die Druckfassung'],
  ['aenderungen', 'die Änderungsseite'],
  ['stellungnahmen', 'die Abwägungstabelle'],
  ['literatur', 'das Literaturverzeichnis'],
  ['glossar', 'das Glossar'],
]);

export interface Chapter {
  /** The content collection id: `<publikation>/<file name without .mdx>`. */
  id: string;
  /** Web address segment, e.g. `einkommen-und-armut`. */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: Frontmatter;
}

export interface Publication {
  slug: string;
  settings: Settings;
  chapters: Chapter[];
  /**
   * Chapters whose MDX cannot be parsed (a syntax error, reported by the chapter check). They are left out of
   * `chapters`; checks that look for something such a chapter would define (a `marke`, an anchor) stay silent.
   */
  unreadable?: { slug: string; file: string }[];
}

/** Reads every `content/<publikation>/` folder: its settings and the frontmatter of its chapters. */
export function loadPublications(paths: ProjectPaths): { publications: Publication[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const publications: Publication[] = [];
  const folders = fs.existsSync(paths.content)
    ? fs.readdirSync(paths.content, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  for (const folder of folders) {
    const dir = path.join(paths.content, folder);
    const rel = relativeToProject(paths, dir);
    if (!SLUG_PATTERN.test(folder)) problems.push(contentErrors.badFolderName({ file: rel, line: 0, column: 0 }, folder));
    const settingsFile = path.join(dir, SETTINGS_FILE);
    let settings: Settings | null = null;
    if (!fs.existsSync(settingsFile)) {
      problems.push(contentErrors.settingsMissing({ file: `${rel}/${SETTINGS_FILE}`, line: 0, column: 0 }, folder));
    } else {
      const r = validateYaml(read(settingsFile), relativeToProject(paths, settingsFile), 0, settingsSchema, 'einstellungen');
      settings = r.value;
      problems.push(...r.problems);
    }
    const unreadable: { slug: string; file: string }[] = [];
    const chapters = loadChapters(paths, dir, folder, problems, unreadable);
    if (!fs.readdirSync(dir).some((f) => f.endsWith('.mdx'))) problems.push(contentErrors.noChapters({ file: rel, line: 0, column: 0 }, folder));
    if (settings) publications.push({ slug: folder, settings, chapters, ...(unreadable.length ? { unreadable } : {}) });
  }
  publications.sort(
    (a, b) => (a.settings.reihenfolge ?? Infinity) - (b.settings.reihenfolge ?? Infinity) || a.slug.localeCompare(b.slug),
  );
  return { publications, problems };
}

function loadChapters(paths: ProjectPaths, dir: string, folder: string, problems: Problem[], unreadable: { slug: string; file: string }[]): Chapter[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const chapters: Chapter[] = [];
  const taken = new Map(RESERVED_SLUGS);
  for (const name of files) {
    const file = relativeToProject(paths, path.join(dir, name));
    const slug = chapterSlug(name);
    if (!SLUG_PATTERN.test(slug)) problems.push(contentErrors.badFolderName({ file, line: 0, column: 0 }, name));
    const owner = taken.get(slug);
    if (owner) problems.push(contentErrors.slugTaken({ file, line: 0, column: 0 }, slug, owner));
    taken.set(slug, `„${name}“`);
    const model = chapterModel(paths.root, file);
    if (!model.tree) unreadable.push({ slug, file });
    const r = chapterFrontmatter(model);
    problems.push(...r.problems);
    if (r.frontmatter) chapters.push({ id: `${folder}/${name.replace(/\.mdx$/, '')}`, slug, file, frontmatter: r.frontmatter });
  }
  chapters.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file));
  for (let i = 1; i < chapters.length; i++) {
    const prev = chapters[i - 1]!;
    const cur = chapters[i]!;
    const n = cur.frontmatter.reihenfolge;
    if (n !== undefined && n === prev.frontmatter.reihenfolge) {
      problems.push(contentErrors.duplicateOrder({ file: cur.file, line: 0, column: 0 }, prev.file, n));
    }
  }
  return chapters;
}

/** Chapters with `reihenfolge` first by that number, the rest after them by file name. */
function order(c: Chapter): number {
  return c.frontmatter.reihenfolge ?? Number.MAX_SAFE_INTEGER;
}

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
