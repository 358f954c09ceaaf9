/**
 * Where `npm run check` puts the authors' report page: `<projekt>/.lektorat/bericht.html`. Beside the project's
 * content, ignored by git (.gitignore), and never below the output folder, so no build publishes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectPaths } from '../project.ts';

export const REPORT_FOLDER = '.lektorat';
export const REPORT_FILE = 'bericht.html';

export function reportFile(paths: Pick<ProjectPaths, 'root'>): string {
  return path.join(paths.root, REPORT_FOLDER, REPORT_FILE);
}

/** Writes the page (replacing the last one) and returns its path. */
export function writeReport(paths: Pick<ProjectPaths, 'root'>, html: string): string {
  const file = reportFile(paths);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, html);
  fs.renameSync(tmp, file);
  return file;
}
