/**
 * `npm run fassung`: legt den gespeicherten Stand als Fassung an (ein git-Tag `fassung-<datum>-<status>`).
 *
 *   npm run fassung -- --status fachoeffentlich --titel "Entwurf zur fachöffentlichen Diskussion"
 *   npm run fassung -- --status beschlossen --titel "Beschlossene Fassung" --beschlussdatum 2026-12-10 --drucksache "DS 2026/123"
 *
 * Fehlende Angaben werden im Terminal erfragt. Exit code 1 when no Fassung was created.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/errors/problem.ts';
import { consoleLogger as logger } from '../src/log.ts';
import { checkProject, reportProblems } from '../src/pipeline.ts';
import { PROJECT_ENV, projectPaths } from '../src/project.ts';
import { STATUS_LABEL } from '../src/publication/settings-schema.ts';
import { createFassung } from '../src/versions/create-fassung.ts';
import { realGit } from '../src/versions/git.ts';

const HELP = `npm run fassung -- [--status STATUS] [--titel "…"] [--beschlussdatum JJJJ-MM-TT] [--drucksache "…"] [--zurueck] [--projekt <ordner>]

Legt den gespeicherten Stand (letzter Commit) als Fassung an. Status: entwurf, fachoeffentlich, beschlussvorlage, beschlossen.
Bei „beschlossen“ sind --beschlussdatum und --drucksache nötig. --zurueck erlaubt einen Schritt zurück im Status.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      status: { type: 'string' },
      titel: { type: 'string' },
      beschlussdatum: { type: 'string' },
      drucksache: { type: 'string' },
      zurueck: { type: 'boolean' },
      projekt: { type: 'string' },
      hilfe: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  }));
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  const option = (/'([^']+)'/.exec(e.message)?.[1] ?? '').replace(/ <value>$/, '');
  const why =
    e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `Unbekannte Angabe „${option}“.`
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `Bei „${option}“ fehlt der Wert oder er passt nicht.`
        : 'Die Angaben konnten nicht gelesen werden.';
  logger.error(`${why}\n\n${HELP}`);
  process.exit(1);
}
if (values.hilfe) {
  logger.info(HELP);
  process.exit(0);
}

if (values.projekt) process.env[PROJECT_ENV] = values.projekt;
const paths = projectPaths();
const rl = process.stdin.isTTY && process.stdout.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;
try {
  const result = await createFassung(values, {
    git: realGit(paths.root),
    paths,
    now: () => new Date(),
    check: checkProject,
    ask: rl ? (q) => rl.question(q) : undefined,
  });
  if (!result.ok) {
    reportProblems(result.problems, logger);
    logger.error('Es wurde keine Fassung angelegt.');
    process.exitCode = 1;
  } else {
    for (const w of result.warnings) logger.warn(formatProblem(w));
    const { tag, message, commit } = result;
    logger.info(`Fassung „${tag}“ angelegt: ${message.titel} (${STATUS_LABEL[message.status]}), Stand ${commit.slice(0, 7)}.`);
    if (message.beschlussdatum) logger.info(`Beschlossen am ${message.beschlussdatum}, Drucksache ${message.drucksache}.`);
    logger.info('Veröffentlichen Sie die Fassung mit: git push --follow-tags');
    logger.info('Der nächste Build nennt sie in der Fußzeile, unter /fassungen/ und auf den Änderungsseiten.');
  }
} finally {
  rl?.close();
}
