/**
 * `npm run handbuch`: builds the planners' handbook (the project in handbuch/, owned by the tool) with the normal
 * pipeline — website and PDF into handbuch/dist/, never into the report's dist/. The handbook has no Fassungen of
 * its own, so the archive of earlier Fassungen is skipped.
 *
 *   npm run handbuch                    website and PDF → handbuch/dist/ (PDF: handbuch/dist/handbuch/handbuch.pdf)
 *   npm run handbuch -- --ansehen       shows the built handbook in the browser (npm run preview; builds it first
 *                                       when handbuch/dist/ is empty)
 *   npm run handbuch -- --vorschau      live preview while editing the handbook (npm run dev)
 *
 * Further flags (--ausgabe, --adresse) are passed on to the script that runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The handbook project, a folder of the tool (never below content/, which a county replaces). */
const HANDBOOK_DIR = 'handbuch';

const USAGE = `npm run handbuch -- [Angaben]

Baut das Handbuch für Planerinnen und Planer: Website und PDF nach handbuch/dist/.
  --ansehen    zeigt das gebaute Handbuch im Browser (http://localhost:4321/)
  --vorschau   Vorschau mit automatischer Aktualisierung, während Sie am Handbuch schreiben
  --ausgabe <ordner>, --adresse <adresse>   wie bei npm run build`;

const args = process.argv.slice(2);
if (args.includes('--hilfe') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const mode = args.includes('--vorschau') ? 'dev' : args.includes('--ansehen') ? 'preview' : 'build';
const rest = args.filter((a) => a !== '--vorschau' && a !== '--ansehen');
const root = fileURLToPath(new URL('..', import.meta.url));
const project = path.join(root, HANDBOOK_DIR);
const script = path.join(root, 'scripts', `${mode}.ts`);
const run = (file: string, flags: string[]) => spawnSync(process.execPath, [file, '--projekt', project, ...flags], { stdio: 'inherit' }).status ?? 1;
const buildArgs = ['--ohne-archiv', ...rest];
// --ansehen right after checking out the tool: build first, so there is something to show
if (mode === 'preview' && !rest.includes('--ausgabe') && !fs.existsSync(path.join(project, 'dist', 'index.html'))) {
  const built = run(path.join(root, 'scripts', 'build.ts'), buildArgs);
  if (built !== 0) process.exit(built);
}
process.exit(run(script, mode === 'build' ? buildArgs : rest));
