/**
 * Dev server only: when planners save a CSV, a GeoJSON or a publikation.yaml, the loaded data and settings are
 * dropped and the browser reloads. Chapters are watched by Astro itself; but a chapter added or removed, or a saved
 * chapter whose frontmatter (title, short title …) changed, changes the publication's table of contents and
 * navigation, which are read once per generation: these drop the loaded settings too. A save that changes only the
 * text does not (that would reload all data on every keystroke's save).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { chapterModel } from '../chapters/model.ts';
import { chapterFrontmatter } from '../publication/chapter-file.ts';
import { bumpProjectGeneration } from '../project-generation.ts';
import { projectPaths } from '../project.ts';

export function liveProject(): AstroIntegration {
  return {
    name: 'sozialbericht-live-projekt',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const { data, content } = projectPaths();
        server.watcher.add([data, content]);
        const watched = (file: string) =>
          file.startsWith(data + path.sep) || (file.startsWith(content + path.sep) && /\.(ya?ml|json|bib)$/.test(file));
        // Adding folders to the watcher reports every file in them once: those are no changes.
        const started = Date.now();
        const frontmatters = new Map<string, string>();
        const frontmatterOf = (file: string) => {
          try {
            return JSON.stringify(chapterFrontmatter(chapterModel(projectPaths().root, path.relative(projectPaths().root, file))).frontmatter);
          } catch {
            return '';
          }
        };
        // every chapter's frontmatter as the server starts (the parses are kept for the first page views)
        for (const folder of fs.readdirSync(content, { withFileTypes: true })) {
          if (!folder.isDirectory()) continue;
          const dir = path.join(content, folder.name);
          for (const f of fs.readdirSync(dir)) if (f.endsWith('.mdx')) frontmatters.set(path.join(dir, f), frontmatterOf(path.join(dir, f)));
        }
        /** Whether a chapter event changes the publications' chapter lists or titles. */
        const chapterStructure = (event: string, file: string) => {
          if (!file.startsWith(content + path.sep) || !file.endsWith('.mdx')) return false;
          if (event === 'add' && frontmatters.has(file)) return false; // reported once when the folder is watched
          if (event === 'add') frontmatters.set(file, frontmatterOf(file));
          if (event === 'unlink') frontmatters.delete(file);
          if (event === 'add' || event === 'unlink') return true;
          if (event !== 'change') return false;
          const now = frontmatterOf(file);
          const before = frontmatters.get(file);
          frontmatters.set(file, now);
          return before !== undefined && before !== now;
        };
        server.watcher.on('all', (event, file) => {
          if (chapterStructure(event, file)) {
            bumpProjectGeneration();
            logger.info(`Geändert: ${path.relative(projectPaths().root, file)} – lade Inhaltsverzeichnis neu.`);
            server.ws.send({ type: 'full-reload' });
            return;
          }
          if (!watched(file) || (event === 'add' && Date.now() - started < 3000)) return;
          bumpProjectGeneration();
          logger.info(`Geändert: ${path.relative(projectPaths().root, file)} – lade Daten neu.`);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
