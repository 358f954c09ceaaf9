/**
 * Reads and checks `content/website.yaml`, the settings of the whole website (legal pages).
 * A missing file is a warning (fixtures and new projects build without it); a malformed one stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asWebsiteProblem, WEBSITE_FILE, websiteErrors } from '../errors/website.ts';
import { hasErrors, ProblemError, type Problem } from '../errors/problem.ts';
import { projectPaths, type ProjectPaths } from '../project.ts';
import { validateYaml } from '../publication/validate-yaml.ts';
import { parseYamlSource } from '../publication/yaml-source.ts';
import { websiteSchema, type Website } from './website-schema.ts';
import { inSite } from './address.ts';

export type { Kontakt, Website } from './website-schema.ts';
export { VEREINBARKEIT_LABEL } from './website-schema.ts';

/** Reads `content/website.yaml` of a project; `website` is null when it is missing or has errors. */
export function loadWebsite(paths: ProjectPaths): { website: Website | null; problems: Problem[] } {
  const file = path.join(paths.content, path.basename(WEBSITE_FILE));
  if (!fs.existsSync(file)) return { website: null, problems: [websiteErrors.missing()] };
  const text = fs.readFileSync(file, 'utf8');
  const r = validateYaml(text, WEBSITE_FILE, 0, websiteSchema, 'einstellungen');
  const problems = r.problems.map(asWebsiteProblem);
  if (!r.value) return { website: null, problems };
  problems.push(...crossChecks(r.value, text));
  return { website: hasErrors(problems) ? null : r.value, problems };
}

function crossChecks(w: Website, text: string): Problem[] {
  const source = parseYamlSource(text);
  const at = (keys: PropertyKey[]) => ({ file: WEBSITE_FILE, ...source.locate(keys) });
  const out: Problem[] = [];
  const b = w.barrierefreiheit;
  if (b.stand !== 'vollstaendig' && b.maengel.length === 0) out.push(websiteErrors.gapsMissing(at(['barrierefreiheit', 'stand']), b.stand));
  if (b.geprueft_am < b.erstellt_am) out.push(websiteErrors.reviewBeforeCreation(at(['barrierefreiheit', 'geprueft_am']), b.geprueft_am, b.erstellt_am));
  if (w.beispielangaben) out.push(websiteErrors.exampleValues(at(['beispielangaben'])));
  return out;
}

let cached: { website: Website | null } | null = null;

/** The website settings of the current project, read once per process; null when the file is missing. Stops on errors. */
export function getWebsite(): Website | null {
  if (!cached) {
    const { website, problems } = loadWebsite(projectPaths());
    if (hasErrors(problems)) throw new ProblemError(problems.filter((p) => p.severity === 'fehler'));
    cached = { website };
  }
  return cached.website;
}

/** An address given as one line or as a list of lines → its lines. */
export function addressLines(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? value.split(/\s*,\s*/) : [...value];
}

/** Addresses of the website-wide pages (legal pages and search), for the header, footer and tests. */
export const websiteLinks = {
  impressum: () => inSite('/impressum/'),
  datenschutz: () => inSite('/datenschutz/'),
  barrierefreiheit: () => inSite('/barrierefreiheit/'),
  suche: () => inSite('/suche/'),
};
