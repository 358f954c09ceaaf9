/**
 * Whether this process runs the dev server's print preview: set by the integration when the dev server starts
 * (print-preview.ts), read by the „Druckvorschau“ link of the chapter pages. On globalThis because the integration
 * and the rendered pages run in different module instances of the same process (as project-generation.ts).
 * Not `import.meta.env.DEV`: a build started from a process that has DEV in its environment (vitest sets it)
 * rendered the link into the built site.
 */
const KEY = Symbol.for('sozialbericht.druckvorschau');
type WithPreview = typeof globalThis & { [KEY]?: boolean };

export function previewServed(): boolean {
  return (globalThis as WithPreview)[KEY] === true;
}

export function markPreviewServed(): void {
  (globalThis as WithPreview)[KEY] = true;
}
