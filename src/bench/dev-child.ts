/**
 * Child process of the benchmark: `astro dev` on a project, started programmatically, until SIGTERM.
 *   node src/bench/dev-child.ts <project> <astroCacheDir>
 * Prints `BENCH {"port": …}` once the server listens.
 */
import path from 'node:path';
import { useAstroState } from '../astro-state.ts';
import { appRoot } from '../pipeline.ts';
import { reportResult } from './child.ts';

const [project, cacheDir] = process.argv.slice(2);
if (!project || !cacheDir) throw new Error('usage: dev-child.ts <project> <cacheDir>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.BERICHT_PROJEKT = path.resolve(project);
await useAstroState(appRoot(), path.resolve(project), { kind: 'vorschau' });
const { dev } = await import('astro');
const server = await dev({ root: appRoot(), cacheDir: path.resolve(cacheDir), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
reportResult({ port: server.address.port });
process.on('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
