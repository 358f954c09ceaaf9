/**
 * `npm run preview`: serves the built site of the project (dist/ or --ausgabe) locally — below the site's base path
 * when it has one (`npm run preview -- --basis /projekt/`, or `adresse` in content/website.yaml), as on the public
 * server.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { appRoot } from '../src/pipeline.ts';
import { outputDir, shownDir } from '../src/output/location.ts';
import { projectPaths } from '../src/project.ts';
import { siteAddress } from '../src/site/address.ts';

cliOptions({
  script: 'preview',
  usage: `npm run preview -- [Angaben]\n\nZeigt die gebaute Website im Browser.\n${COMMON_USAGE}\n  --basis <pfad>        wie --adresse, z. B. /projekt/`,
});
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const paths = projectPaths();
process.env.BERICHT_PROJEKT = paths.root;
const outDir = outputDir(paths);
const { base } = siteAddress();
const { preview } = await import('astro');
const server = await preview({ root: appRoot(), outDir, logLevel: 'info' });
console.log(`Website aus ${shownDir(outDir)}: http://localhost:${server.port}${base} (beenden mit Strg+C)`);
