/**
 * The options every npm script understands, as flags that work the same in bash, cmd and PowerShell:
 *
 *   --projekt <ordner>     the report project (content/, data/); default the working folder   (env BERICHT_PROJEKT)
 *   --ausgabe <ordner>     where the site goes; default <projekt>/dist                        (env BERICHT_AUSGABE)
 *   --adresse <url|pfad>   where the site is published, e.g. https://kreis.example/sozialplanung/ or /sozialplanung/
 *                          (alias --basis; env BERICHT_ADRESSE; else content/website.yaml `adresse`)
 *
 * The environment variables keep working; a flag wins over its variable. Parsed flags are written to the
 * environment because the Astro configuration and the pages read them there (address.ts, project.ts).
 */
import { parseArgs } from 'node:util';
import { cliErrors } from '../errors/cli.ts';
import { formatProblem, ProblemError } from '../errors/problem.ts';
import { OUTPUT_ENV } from '../output/location.ts';
import { PROJECT_ENV } from '../project.ts';
import { ADDRESS_ENV } from '../site/address.ts';

export { OUTPUT_ENV };

type Extra = Record<string, { type: 'string' | 'boolean' }>;

export interface ScriptOptions<E extends Extra> {
  script: string;
  /** Further flags of this script. */
  extra?: E;
  usage: string;
  positionals?: boolean;
}

const COMMON = {
  projekt: { type: 'string' },
  ausgabe: { type: 'string' },
  adresse: { type: 'string' },
  basis: { type: 'string' },
  hilfe: { type: 'boolean', short: 'h' },
} as const;

/** Parses `argv`, applies the common flags to `env` and returns every value; throws a ProblemError on a bad flag. */
export function scriptOptions<E extends Extra>(argv: readonly string[], env: NodeJS.ProcessEnv, o: ScriptOptions<E>) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...COMMON, ...(o.extra ?? {}) }, allowPositionals: o.positionals ?? false, strict: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const option = (/'([^']+)'/.exec(e.message)?.[1] ?? '').replace(/ <value>$/, '');
    const detail =
      e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Unbekannte Angabe „${option}“.`
        : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Bei „${option}“ fehlt der Wert oder er passt nicht.`
          : e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `Unerwartete Angabe „${option}“.`
            : 'Die Angaben konnten nicht gelesen werden.';
    throw new ProblemError([cliErrors.badOption(o.script, detail, o.usage)]);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (typeof values.projekt === 'string') env[PROJECT_ENV] = values.projekt;
  if (typeof values.ausgabe === 'string') env[OUTPUT_ENV] = values.ausgabe;
  const address = values.adresse ?? values.basis;
  if (typeof address === 'string') env[ADDRESS_ENV] = address;
  return { values, positionals: parsed.positionals };
}

/** scriptOptions for a script's entry: a bad flag is printed with the usage and ends the process (exit code 1); --hilfe prints the usage. */
export function cliOptions<E extends Extra>(o: ScriptOptions<E>, argv = process.argv.slice(2), env = process.env) {
  try {
    const r = scriptOptions(argv, env, o);
    if (r.values.hilfe) {
      console.log(o.usage);
      process.exit(0);
    }
    return r;
  } catch (err) {
    if (!(err instanceof ProblemError)) throw err;
    for (const p of err.problems) console.error(formatProblem(p));
    process.exit(1);
  }
}

export const COMMON_USAGE = `  --projekt <ordner>    Projektordner mit content/ und data/ (Standard: der aktuelle Ordner)
  --ausgabe <ordner>    wohin die Website kommt (Standard: dist/ im Projektordner)
  --adresse <adresse>   wo die Website erscheint, z. B. https://www.kreis.example/sozialplanung/ oder /sozialplanung/
                        (Standard: „adresse“ in content/website.yaml; auf GitLab/GitHub Pages automatisch)`;
