/**
 * The cover logo (`logo:` in publikation.yaml, a file in the publication folder) as a data: URL, so the print
 * page carries it without copying files into dist/. Only a file inside `content/` is ever read
 * (publication/project-file.ts); returns null otherwise, or when the file is missing or no image
 * (`npm run check` says which).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectFile } from '../publication/project-file.ts';

export const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export function logoDataUrl(contentDir: string, publicationDir: string, logo: string): string | null {
  const type = LOGO_TYPES[path.extname(logo.trim()).toLowerCase()];
  const found = projectFile(contentDir, publicationDir, logo);
  if (!type || !found.ok) return null;
  return `data:${type};base64,${fs.readFileSync(found.file).toString('base64')}`;
}
