/**
 * The build, phase by phase. Each phase can run alone (and is tested alone); this module only puts them in order.
 *
 *   content/<publikation>/publikation.yaml ─┐
 *   content/<publikation>/*.mdx ────────────┤  1 check      read, validate, resolve references;
 *   data/**\/*.csv, data/geo/*.geojson ──────┘               any error stops here, with file:line:column
 *                                              │
 *                                              ▼
 *                                  2 site      Astro renders every page to static HTML; MDX components
 *                                              bind values, tables, charts (SVG, cached) and maps;
 *                                              then Pagefind indexes the pages into dist/pagefind/
 *                                              │
 *                                              ▼
 *                                  3 pdf       Paged.js paginates each publication's print page in
 *                                              Chromium; one PDF per publication into dist/<publikation>/
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentErrors } from './errors/content.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from './errors/problem.ts';
import type { Logger } from './log.ts';
import { useAstroState } from './astro-state.ts';
import { checkChapters } from './chapters/check.ts';
import { chapterFiles } from './chapters/files.ts';
import { chapterModel } from './chapters/model.ts';
import { checkFreeCharts } from './charts/check.ts';
import { checkData } from './data/check.ts';
import { chapterWords, lektorat, projectWords, strict, type ChapterSummary } from './lektorat/check.ts';
import { startSpeller } from './lektorat/speller.ts';
import { checkProjectData } from './data/check-project.ts';
import { checkProcess } from './process/check.ts';
import { loadPublications, type Publication } from './publication/load.ts';
import { linksLeavingProject } from './publication/project-file.ts';
import { checkReferences } from './references/check.ts';
import type { ProjectPaths } from './project.ts';
import { loadWebsite } from './site/website.ts';
import { PREVIEW_ENV, siteAddress, siteOrigin } from './site/address.ts';

export interface CheckOptions {
  /** Run the Lektorat (prose warnings, spelling); `npm run check` does, the build does not. */
  lektorat?: boolean;
  /** `--streng`: the Lektorat's warnings are errors. */
  streng?: boolean;
  /** Receives the Lektorat's summary per chapter, and the publications the chapters belong to. */
  onSummary?: (summaries: ChapterSummary[], publications: Publication[]) => void;
}

/** Phase 1: everything a planner can get wrong, reported at once. */
export async function checkProject(paths: ProjectPaths, options: CheckOptions = {}): Promise<Problem[]> {
  const models = chapterFiles(paths).map((f) => chapterModel(paths.root, f));
  // the speller loads its dictionary on its own thread while the rest is checked
  const unknownWords = options.lektorat ? startSpeller(chapterWords(models, projectWords(paths)), projectWords(paths), paths.root) : null;
  const { publications, problems } = loadPublications(paths);
  problems.push(...checkChapters(paths));
  problems.push(...checkProjectData(paths));
  problems.push(...checkFreeCharts(paths, publications, checkData(paths).store));
  problems.push(...checkReferences(paths, publications));
  problems.push(...checkProcess(paths));
  problems.push(...loadWebsite(paths).problems);
  problems.push(...linksLeavingProject(paths.root, [paths.content, paths.data]).map((l) => contentErrors.linkLeavesProject(l.link, l.target)));
  if (options.lektorat) {
    const data = checkData(paths);
    const result = await lektorat(models, hasErrors(data.problems) ? null : data.store, unknownWords);
    problems.push(...(options.streng ? strict(result.problems) : result.problems));
    options.onSummary?.(result.summaries, publications);
  }
  return sortProblems(problems);
}

/** Prints problems like a compiler and says whether work may go on. */
export function reportProblems(problems: readonly Problem[], logger: Logger): boolean {
  for (const p of problems) (p.severity === 'fehler' ? logger.error : logger.warn)(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'fehler').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    logger.error(`\n${count(errors, 'Fehler', 'Fehler')}, ${count(warnings, 'Warnung', 'Warnungen')}. Bitte korrigieren Sie die genannten Stellen.`);
  } else if (warnings > 0) {
    logger.info(`Keine Fehler, ${count(warnings, 'Warnung', 'Warnungen')}.`);
  }
  return !hasErrors(problems);
}

export interface SiteOptions {
  paths: ProjectPaths;
  outDir: string;
  logger: Logger;
  /** Astro's cache folder (content layer, Vite); default: the project's own (project-cache.ts). The benchmark empties its own. */
  cacheDir?: string;
  /** The output folder as messages name it (`dist/`) when `outDir` is a staging folder (output/staging.ts). */
  shownDir?: string;
}

/**
 * Phase 2: the static website, then its full-text search index (dist/pagefind/). The charts start drawing on their
 * threads before Astro starts (charts/prewarm.ts); the pages pick them up when they get there.
 */
export async function buildSite({ paths, outDir, logger, cacheDir }: SiteOptions): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.BERICHT_PROJEKT = paths.root;
  const release = await useAstroState(appRoot(), paths.root, { kind: 'bau', notice: (m) => logger.info(m) });
  try {
    const charts = startCharts(paths);
    const { build } = await import('astro');
    await build({ root: appRoot(), outDir, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
    await charts;
  } finally {
    release();
  }
  const { indexSite } = await import('./search/index-site.ts');
  await indexSite({ distDir: outDir, logger });
  const { url } = siteAddress();
  if (url) (await import('./site/sitemap.ts')).writeSitemap(outDir, url);
  await placeArchive(paths, outDir, logger);
}

/** The archived PDFs of earlier Fassungen into the site (`fassungen/<tag>/`), from the archive cache; cheap. */
async function placeArchive(paths: ProjectPaths, outDir: string, logger: Logger): Promise<void> {
  const [{ copyArchive }, { listFassungen }, { realGit }] = await Promise.all([
    import('./versions/archive.ts'),
    import('./versions/fassungen.ts'),
    import('./versions/git.ts'),
  ]);
  let fassungen;
  try {
    fassungen = listFassungen(realGit(paths.root)).fassungen;
  } catch {
    return; // no git or no repository: no Fassungen, nothing to place
  }
  const copied = copyArchive(paths.root, fassungen, outDir);
  if (copied > 0) logger.info(`    Archiv: ${copied.toLocaleString('de-DE')} PDF früherer Fassungen unter fassungen/.`);
}

/** Environment switch for the archive (`BERICHT_ARCHIV=aus`), as `npm run build -- --ohne-archiv`. */
export const ARCHIVE_ENV = 'BERICHT_ARCHIV';

/**
 * Phase 1b: the PDFs of every Fassung (git tags `fassung-…`), built once per tag into the archive cache so the
 * Fassungen page can link them and the site keeps them (versions/archive.ts). Before the site: the page must know.
 */
export async function buildFassungArchive({ paths, logger }: { paths: ProjectPaths; logger: Logger }) {
  const [{ buildArchive, childBuild }, { realGit }] = await Promise.all([import('./versions/archive.ts'), import('./versions/git.ts')]);
  // The PDFs of a Fassung are kept for good: their links to the website point at the site itself, never at a
  // preview path that expires (a preview build shares the cache with the main one).
  const address = siteAddress({ ...process.env, [PREVIEW_ENV]: undefined });
  const pkg = JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string };
  return buildArchive({
    paths,
    git: realGit(paths.root),
    logger,
    toolVersion: pkg.version,
    build: childBuild(appRoot(), address.url ?? address.base),
    workDir: path.join(appRoot(), 'node_modules', '.cache', 'bericht-fassungen'),
  });
}

/** Every chart of the project, started in the background; never fails (the pages report chart errors). */
async function startCharts(paths: ProjectPaths): Promise<void> {
  try {
    const [{ prewarmCharts }, { sharedChartCache }, { getStore }] = await Promise.all([
      import('./charts/prewarm.ts'),
      import('./charts/cache.ts'),
      import('./data/index.ts'),
    ]);
    await prewarmCharts(paths.root, loadPublications(paths).publications, getStore(paths), sharedChartCache(paths.root));
  } catch {
    // broken data or settings: the build itself reports them
  }
}

/** Where the tool itself (astro.config.mjs, src/) lives, independent of the project being built. */
export function appRoot(): string {
  return new URL('..', import.meta.url).pathname;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
}

/** Phase 3: one PDF per publication, from the built site. */
export async function buildPdfs({ paths, outDir, shownDir, logger }: SiteOptions): Promise<void> {
  const { publications } = loadPublications(paths);
  const { renderPdfs } = await import('./print/index.ts');
  const address = siteAddress();
  const siteUrl = siteOrigin(address);
  await renderPdfs({ distDir: outDir, publications, logger, base: address.base, ...(siteUrl ? { siteUrl } : {}), ...(shownDir ? { shownDir } : {}) });
}
