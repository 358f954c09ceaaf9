/**
 * The cover logo (`logo:` in publikation.yaml, a file in the publication folder) as a data: URL, so the print
 * page carries it without copying files into dist/. Returns null when the file is missing (`npm run check` says so).
 */
import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export function logoDataUrl(publicationDir: string, logo: string): string | null {
  const file = path.resolve(publicationDir, logo);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type || !fs.existsSync(file)) return null;
  return `data:${type};base64,${fs.readFileSync(file).toString('base64')}`;
}
