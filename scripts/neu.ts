/**
 * `npm run neu`: a new county project from the demo checkout. Asks for the county's name, its official key, its
 * Land and the first publication (or takes them as flags), copies the demo to beispiele/hainwald/ and writes an
 * empty but valid content/ and data/ (src/workplace/).
 *
 *   npm run neu -- --name "Landkreis Musterland" --schluessel 16099 --land "Freistaat Thüringen" \
 *                  --publikation sozialbericht-2026 --titel "Sozialbericht 2026" [--erzwingen]
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../src/errors/problem.ts';
import { newProjectErrors, newProjectMessages } from '../src/errors/workplace.ts';
import { consoleLogger as logger } from '../src/log.ts';
import { projectPaths } from '../src/project.ts';
import { slugify } from '../src/site/slug.ts';
import { realGit } from '../src/versions/git.ts';
import { answerProblems, answerRule, ANSWER_KEYS, createProject, preflight } from '../src/workplace/new-project.ts';
import type { NewProjectAnswers } from '../src/workplace/skeleton.ts';

/** Asked in this order: the title before the folder name, which is suggested from it. */
const ASKED_ORDER: (keyof NewProjectAnswers)[] = ['name', 'schluessel', 'land', 'titel', 'publikation'];

const QUESTIONS: Record<keyof NewProjectAnswers, string> = {
  name: 'Name des Kreises (z. B. Landkreis Musterland): ',
  schluessel: 'Amtlicher Kreisschlüssel (z. B. 16099): ',
  land: 'Land (z. B. Freistaat Thüringen): ',
  publikation: 'Ordnername der ersten Publikation (z. B. sozialbericht-2026): ',
  titel: 'Titel der ersten Publikation (z. B. Sozialbericht 2026): ',
};

function fail(problems: readonly Problem[]): never {
  for (const p of problems) logger.error(formatProblem(p));
  process.exit(1);
}

const OPTIONS = {
  name: { type: 'string' },
  schluessel: { type: 'string' },
  land: { type: 'string' },
  publikation: { type: 'string' },
  titel: { type: 'string' },
  erzwingen: { type: 'boolean' },
} as const;

function flags(): Partial<NewProjectAnswers> & { erzwingen?: boolean } {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (e) {
    const flag = /'([^']+)'/.exec(String((e as Error).message))?.[1] ?? String(e);
    fail([newProjectErrors.unknownFlag(flag)]);
  }
}
const values = flags();

const paths = projectPaths();
const blocked = preflight(paths, realGit(paths.root), values.erzwingen === true);
if (blocked.length > 0) fail(blocked);

const answers: Partial<NewProjectAnswers> = { ...values };
if (ANSWER_KEYS.some((k) => !answers[k]?.trim()) && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const abort = () => {
    logger.error(newProjectMessages.aborted);
    process.exit(130);
  };
  rl.on('SIGINT', abort);
  logger.info(newProjectMessages.intro);
  try {
    for (const key of ASKED_ORDER) {
      while (!answers[key]?.trim()) {
        // the folder name defaults to the title written as a folder name: „Sozialbericht 2026“ → sozialbericht-2026
        const suggested = key === 'publikation' && answers.titel ? slugify(answers.titel) : '';
        const question = suggested ? `${QUESTIONS[key].replace(/: $/, '')} [${suggested}]: ` : QUESTIONS[key];
        const value = (await rl.question(question)).trim() || suggested;
        if (!value) continue;
        const rule = answerRule(key, value);
        if (rule) logger.error(newProjectMessages.askAgain(rule));
        else answers[key] = value;
      }
    }
  } catch {
    abort(); // Strg+D or the input ended
  }
  rl.close();
}
const problems = answerProblems(answers);
if (problems.length > 0) fail(problems);

const complete = answers as NewProjectAnswers;
const today = new Date().toISOString().slice(0, 10);
const { archived } = createProject(paths, complete, today);
if (archived) logger.info(newProjectMessages.archived(archived));
logger.info(newProjectMessages.done(complete.name, complete.publikation));
