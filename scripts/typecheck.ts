/** `npm run typecheck`: `astro check` (TypeScript and .astro files) with Astro's telemetry switched off. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appRoot } from '../src/pipeline.ts';

// astro's package exports do not include its command-line entry; it sits at a fixed place in the package.
const astroBin = path.join(appRoot(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astroBin, 'check'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exitCode = result.status ?? 1;
