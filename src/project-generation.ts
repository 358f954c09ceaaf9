/**
 * A counter that goes up whenever the planners' files change under the dev server. Caches of loaded data and
 * settings compare it to know when to reload. It lives on globalThis because the dev server's watcher and the
 * rendered pages run in different module instances of the same process.
 */
const KEY = Symbol.for('sozialbericht.projekt-generation');
type WithGeneration = typeof globalThis & { [KEY]?: number };

export function projectGeneration(): number {
  return (globalThis as WithGeneration)[KEY] ?? 0;
}

export function bumpProjectGeneration(): void {
  (globalThis as WithGeneration)[KEY] = projectGeneration() + 1;
}
