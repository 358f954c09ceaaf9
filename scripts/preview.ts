/** `npm run preview`: serves the built site from dist/ locally. */
import { appRoot } from '../src/pipeline.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { preview } = await import('astro');
const server = await preview({ root: appRoot(), logLevel: 'info' });
console.log(`Website aus dist/: http://localhost:${server.port}/ (beenden mit Strg+C)`);
