/**
 * The Fassungen archive: every `fassung-…` tag's PDFs stay downloadable at `/fassungen/<tag>/<publikation>.pdf`,
 * however many Fassungen follow — above all the one the Kreistag adopted (`beschlossen`).
 *
 *   fassung-… tags ─→ cached? (archive-cache.ts, by commit) ─ yes ─────────────────────────────┐
 *                         └ no → git worktree of the tag (temp folder) → `npm run build` of THIS tool on the
 *                                tag's content and data (--ohne-archiv) → PDFs into the cache ─┤
 *                                (fails → warning, the Fassungen page marks that Fassung)      ▼
 *                                                             copied into dist/fassungen/<tag>/ after the site build
 *
 * Why the current tool: the tag's content is what was adopted; building each tag with its own tool would need an
 * `npm ci` per tag (minutes, network). The price: a tag whose content newer checks reject no longer builds — the
 * build says so and goes on; the adopted PDF also stays in the release/artifact of its CI run.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { archiveErrors } from '../errors/archive.ts';
import { formatProblem } from '../errors/problem.ts';
import type { Logger } from '../log.ts';
import type { ProjectPaths } from '../project.ts';
import { loadPublications } from '../publication/load.ts';
import { projectPaths } from '../project.ts';
import { sitePaths } from '../site/links.ts';
import { archivedPdf, readArchiveEntry, writeArchiveEntry, type ArchiveEntry } from './archive-cache.ts';
import { listFassungen, type Fassung } from './fassungen.ts';
import { tryGit, type Git } from './git.ts';

const run = promisify(execFile);

/** Builds a project folder (site and PDFs) into `outDir`; rejects with the build's own messages. */
export type BuildProject = (projectDir: string, outDir: string) => Promise<void>;

export interface ArchiveOptions {
  paths: ProjectPaths;
  git: Git;
  logger: Logger;
  /** Version of the tool, kept with a failure so it is tried again after an update. */
  toolVersion: string;
  build: BuildProject;
  /**
   * Where the tags' worktrees go (default: the system's temp folder). The build passes a folder inside the tool's
   * node_modules/.cache: a county's repository is usually a copy of the whole tool, whose tsconfig.json extends
   * `astro/tsconfigs/…` — resolvable only with a node_modules above it, which a bare worktree lacks.
   */
  workDir?: string;
  clock?: () => number;
}

export interface ArchiveSummary {
  fassungen: number;
  built: number;
  cached: number;
  failed: string[];
  seconds: number;
}

/** Makes sure every Fassung's PDFs are in the cache (or marked as failed); builds only what is missing. */
export async function buildArchive(o: ArchiveOptions): Promise<ArchiveSummary> {
  const clock = o.clock ?? (() => performance.now());
  const started = clock();
  const top = tryGit(o.git, ['rev-parse', '--show-toplevel'])?.trim();
  let fassungen: Fassung[] = [];
  try {
    if (top) fassungen = listFassungen(o.git).fassungen;
  } catch {
    fassungen = [];
  }
  const summary: ArchiveSummary = { fassungen: fassungen.length, built: 0, cached: 0, failed: [], seconds: 0 };
  if (!top) return summary; // no repository: the version stamp says so already
  // the project may be a subfolder of the repository: the same subfolder of the tag's worktree
  const inRepo = path.relative(fs.realpathSync(top), fs.realpathSync(o.paths.root));
  for (const f of fassungen) {
    const known = readArchiveEntry(o.paths.root, f.commit);
    if (known && (known.ok || known.werkzeug === o.toolVersion)) {
      summary.cached++;
      if (!known.ok) summary.failed.push(f.tag);
      continue;
    }
    o.logger.info(`    Archiv: erzeuge die PDFs der Fassung ${f.tag} (einmalig, danach aus dem Zwischenspeicher) …`);
    const entry = await buildOne(o, f, inRepo);
    if (entry.ok) summary.built++;
    else {
      summary.failed.push(f.tag);
      o.logger.warn(formatProblem(archiveErrors.buildFailed(f.tag, entry.fehler ?? '')));
    }
  }
  summary.seconds = (clock() - started) / 1000;
  return summary;
}

async function buildOne(o: ArchiveOptions, f: Fassung, inRepo: string): Promise<ArchiveEntry> {
  const parent = o.workDir ?? os.tmpdir();
  fs.mkdirSync(parent, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(parent, 'fassung-'));
  const worktree = path.join(tmp, 'stand');
  const base = { commit: f.commit, tag: f.tag, werkzeug: o.toolVersion };
  try {
    o.git.run(['worktree', 'add', '--detach', '--force', worktree, f.commit]);
    const project = path.join(worktree, inRepo);
    const out = path.join(tmp, 'dist');
    const { publications } = loadPublications(projectPaths(project));
    await o.build(project, out);
    const files: Record<string, string> = {};
    const pdfs: ArchiveEntry['pdfs'] = [];
    for (const p of publications) {
      const file = path.join(out, sitePaths.pdf(p.slug));
      if (!fs.existsSync(file)) continue;
      files[p.slug] = file;
      pdfs.push({ slug: p.slug, titel: p.settings.titel });
    }
    if (pdfs.length === 0) throw new Error('Der Bau hat kein PDF erzeugt.');
    const entry = { ...base, ok: true, pdfs };
    writeArchiveEntry(o.paths.root, entry, files);
    return entry;
  } catch (err) {
    const entry = { ...base, ok: false, pdfs: [], fehler: lastLines(err instanceof Error ? err.message : String(err)) };
    writeArchiveEntry(o.paths.root, entry);
    return entry;
  } finally {
    try {
      o.git.run(['worktree', 'remove', '--force', worktree]);
    } catch {
      // the folder goes below anyway; prune forgets it
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    tryGit(o.git, ['worktree', 'prune']);
  }
}

/** The messages that say why a build failed: the tool's own problems and errors first, without stack lines. */
function lastLines(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !/^\s+(at |\d+: )/.test(l) && l.trim() !== '...');
  const telling = lines.filter((l) => /fehler:|error|caused by/i.test(l));
  return (telling.length > 0 ? telling : lines).slice(-8).join('\n');
}

/** Copies the archived PDFs of every Fassung into the built site: `<outDir>/fassungen/<tag>/<publikation>.pdf`. */
export function copyArchive(root: string, fassungen: readonly Fassung[], outDir: string): number {
  let copied = 0;
  for (const f of fassungen) {
    const entry = readArchiveEntry(root, f.commit);
    if (!entry?.ok) continue;
    for (const p of entry.pdfs) {
      const target = path.join(outDir, sitePaths.fassungPdf(f.tag, p.slug));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(archivedPdf(root, f.commit, p.slug), target);
      copied++;
    }
  }
  return copied;
}

/**
 * The real build of a tag: this tool's `scripts/build.ts` in a child process, at the same address as the site
 * (links from the PDF to the website), without archive of its own.
 */
export function childBuild(toolRoot: string, address: string | undefined, env: NodeJS.ProcessEnv = process.env): BuildProject {
  return async (projectDir, outDir) => {
    const args = [path.join(toolRoot, 'scripts', 'build.ts'), '--projekt', projectDir, '--ausgabe', outDir, '--ohne-archiv'];
    if (address) args.push('--adresse', address);
    const childEnv: NodeJS.ProcessEnv = { ...env, BERICHT_ASTRO_CACHE: path.join(path.dirname(outDir), 'astro-cache') };
    delete childEnv.BERICHT_PROJEKT;
    delete childEnv.BERICHT_AUSGABE;
    delete childEnv.BERICHT_VORSCHAU;
    try {
      await run(process.execPath, args, { cwd: toolRoot, env: childEnv, maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      const e = err as Error & { stdout?: string; stderr?: string };
      throw new Error(`${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
    }
  };
}
