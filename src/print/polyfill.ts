/**
 * Locates Paged.js' browser bundle. `pagedjs/dist/paged.polyfill.js` is not in the package's exports,
 * so it is found next to the resolved package entry, or by walking up to a `node_modules/pagedjs` folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printErrors } from '../errors/print.ts';
import { ProblemError } from '../errors/problem.ts';

const BUNDLE = path.join('dist', 'paged.polyfill.js');

export function findPolyfill(startDir: string = here()): string {
  try {
    // `import` condition → <pkg>/src/index.js
    const entry = fileURLToPath(import.meta.resolve('pagedjs'));
    const candidate = path.join(path.dirname(entry), '..', BUNDLE);
    if (fs.existsSync(candidate)) return path.resolve(candidate);
  } catch {
    // fall through to walking up
  }
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'pagedjs', BUNDLE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new ProblemError([printErrors.polyfillMissing(startDir)]);
}

function here(): string {
  return import.meta.dirname ?? process.cwd();
}
