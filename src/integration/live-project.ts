/**
 * Dev server only: when planners save a CSV, a GeoJSON or a publikation.yaml, the loaded data and settings are
 * dropped and the browser reloads. (Chapters are watched by Astro itself.)
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
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
        server.watcher.on('all', (event, file) => {
          if (!watched(file) || (event === 'add' && Date.now() - started < 3000)) return;
          bumpProjectGeneration();
          logger.info(`Geändert: ${path.relative(projectPaths().root, file)} – lade Daten neu.`);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
