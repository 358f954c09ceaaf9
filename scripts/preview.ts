/** `npm run preview`: serves the built site of the project (dist/ or BERICHT_AUSGABE) locally. */
import { appRoot } from '../src/pipeline.ts';
import { outputDir, shownDir } from '../src/output/location.ts';
import { projectPaths } from '../src/project.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const paths = projectPaths();
process.env.BERICHT_PROJEKT = paths.root;
const outDir = outputDir(paths);
const { preview } = await import('astro');
const server = await preview({ root: appRoot(), outDir, logLevel: 'info' });
console.log(`Website aus ${shownDir(outDir)}: http://localhost:${server.port}/ (beenden mit Strg+C)`);
