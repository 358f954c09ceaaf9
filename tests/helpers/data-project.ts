/**
 * Throw-away projects for data tests: a temporary folder with `data/<path>` files written as given, so each case's
 * input stays visible in its test. `dataProjects()` hands out such folders and removes them all with `cleanup()`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function dataProjects(prefix: string): { write(files: Record<string, string | Uint8Array>): string; cleanup(): void } {
  const roots: string[] = [];
  return {
    write(files) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
      roots.push(root);
      for (const [rel, content] of Object.entries(files)) {
        const file = path.join(root, 'data', rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
      }
      return root;
    },
    cleanup() {
      for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
    },
  };
}
