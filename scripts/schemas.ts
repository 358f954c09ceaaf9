/**
 * `npm run schemas`: writes the editor support for VS Code / VSCodium (.vscode/: JSON Schemas of the YAML files,
 * snippets of the MDX components, settings, the check task with its problem matcher). Generated from the zod
 * schemas and the component table (src/workplace/editor-files.ts); run it after changing either, and commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { consoleLogger as logger } from '../src/log.ts';
import { appRoot } from '../src/pipeline.ts';
import { editorFiles } from '../src/workplace/editor-files.ts';

const root = appRoot();
let changed = 0;
for (const [file, text] of editorFiles()) {
  const abs = path.join(root, file);
  if (fs.existsSync(abs) && fs.readFileSync(abs, 'utf8') === text) continue;
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  changed += 1;
  logger.info(`Geschrieben: ${file}`);
}
logger.info(changed === 0 ? 'Die Editor-Dateien in .vscode/ sind aktuell.' : `${changed} Editor-Datei(en) in .vscode/ erneuert.`);
