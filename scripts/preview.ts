/**
 * `npm run preview`: serves the built site from dist/ locally — below the site's base path when it has one
 * (`npm run preview -- --basis /projekt/`, or `adresse` in content/website.yaml), as on the public server.
 */
import { cliOptions, COMMON_USAGE } from '../src/cli/options.ts';
import { appRoot } from '../src/pipeline.ts';
import { siteAddress } from '../src/site/address.ts';

cliOptions({
  script: 'preview',
  usage: `npm run preview -- [Angaben]\n\nZeigt die gebaute Website im Browser.\n${COMMON_USAGE}\n  --basis <pfad>        wie --adresse, z. B. /projekt/`,
});
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { base } = siteAddress();
const { preview } = await import('astro');
const server = await preview({ root: appRoot(), logLevel: 'info' });
console.log(`Website aus dist/: http://localhost:${server.port}${base} (beenden mit Strg+C)`);
