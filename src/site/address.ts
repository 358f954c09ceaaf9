/**
 * Where the website is published: its public address (`https://kreis.example/sozialplanung/`) and the path below
 * the domain every link, stylesheet, font, script and download starts with (`/sozialplanung/`).
 *
 * Resolved, first match wins:
 *   1. BERICHT_ADRESSE (set by `--adresse` / `--basis` of the npm scripts, or by hand)
 *   2. `adresse:` in content/website.yaml
 *   3. GitLab CI: CI_PAGES_URL (the project's GitLab Pages address)
 *   4. GitHub Actions: https://<owner>.github.io/<repo>/ (or the domain root for a repo named <owner>.github.io)
 *   5. the domain root `/`
 * A preview (BERICHT_VORSCHAU, e.g. the branch name in GitLab's parallel Pages deployments) lives one folder deeper:
 * `<adresse><vorschau>/`, unless the address already ends with that folder (newer GitLab puts the prefix into
 * CI_PAGES_URL itself).
 *
 * Pure: `resolveAddress` gets the setting and the environment; `siteAddress()` is the one cached owner for the build.
 */
import { ProblemError } from '../errors/problem.ts';
import { websiteErrors } from '../errors/website.ts';
import { projectPaths } from '../project.ts';
import { loadWebsite } from './website.ts';

export const ADDRESS_ENV = 'BERICHT_ADRESSE';
export const PREVIEW_ENV = 'BERICHT_VORSCHAU';

export interface SiteAddress {
  /** Full public address with a trailing slash, when known (e.g. `https://kreis.example/sozialplanung/`). */
  url?: string;
  /** Path below the domain, always with leading and trailing slash (`/` at the domain root). */
  base: string;
  /** Where the address came from, for the build's log line. */
  source: string;
}

export type Env = Record<string, string | undefined>;

/** The address from the setting (content/website.yaml `adresse`) and the environment; throws a ProblemError when malformed. */
export function resolveAddress(setting: string | undefined, env: Env): SiteAddress {
  const found = pick(setting, env);
  const address = found ? parse(found.value, found.source) : { base: '/', source: 'Domain-Wurzel' };
  const preview = env[PREVIEW_ENV]?.trim().replace(/^\/+|\/+$/g, '');
  if (!preview) return address;
  if (address.base.endsWith(`/${preview}/`)) return address;
  return {
    ...(address.url ? { url: `${address.url}${preview}/` } : {}),
    base: `${address.base}${preview}/`,
    source: `${address.source}, Vorschau „${preview}“`,
  };
}

function pick(setting: string | undefined, env: Env): { value: string; source: string } | null {
  if (env[ADDRESS_ENV]?.trim()) return { value: env[ADDRESS_ENV]!.trim(), source: ADDRESS_ENV };
  if (setting?.trim()) return { value: setting.trim(), source: 'content/website.yaml (adresse)' };
  if (env.GITLAB_CI && env.CI_PAGES_URL?.trim()) return { value: env.CI_PAGES_URL.trim(), source: 'GitLab Pages (CI_PAGES_URL)' };
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    if (owner && repo) {
      const host = `${owner.toLowerCase()}.github.io`;
      const value = repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`;
      return { value, source: 'GitHub Pages (GITHUB_REPOSITORY)' };
    }
  }
  return null;
}

/** `https://kreis.example/sozialplanung` or `/sozialplanung` → url and base with trailing slashes. */
function parse(value: string, source: string): SiteAddress {
  if (value.startsWith('/')) {
    if (/[?#\s\\]/.test(value) || value.split('/').some((s) => s === '.' || s === '..')) {
      throw new ProblemError([websiteErrors.addressInvalid(source, value)]);
    }
    return { base: withSlashes(value), source };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProblemError([websiteErrors.addressInvalid(source, value)]);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new ProblemError([websiteErrors.addressInvalid(source, value)]);
  const base = withSlashes(url.pathname);
  return { url: `${url.origin}${base}`, base, source };
}

function withSlashes(p: string): string {
  return `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

let cached: { key: string; address: SiteAddress } | null = null;

/** The address of the current project's website (BERICHT_PROJEKT or the working folder), resolved once per setting. */
export function siteAddress(env: Env = process.env): SiteAddress {
  const root = projectPaths().root;
  const key = [root, ADDRESS_ENV, PREVIEW_ENV, 'GITLAB_CI', 'CI_PAGES_URL', 'GITHUB_ACTIONS', 'GITHUB_REPOSITORY']
    .map((k) => (k === root ? k : env[k] ?? ''))
    .join('\u0000');
  if (cached?.key !== key) cached = { key, address: resolveAddress(loadWebsite(projectPaths(root)).website?.adresse, env) };
  return cached.address;
}

/** A path of the site (`/gebiete/`) as the browser must ask for it (`/sozialplanung/gebiete/`). */
export function inSite(sitePath: string, base = siteAddress().base): string {
  return base + sitePath.replace(/^\/+/, '');
}

/** The reverse of inSite: `/sozialplanung/gebiete/` → `/gebiete/`; null when the path lies outside the site. */
export function withoutBase(urlPath: string, base: string): string | null {
  if (base === '/') return urlPath;
  if (urlPath === base.slice(0, -1)) return '/';
  return urlPath.startsWith(base) ? urlPath.slice(base.length - 1) : null;
}

/** The site path of a page the build renders (Astro.url.pathname carries the base): `/sozialplanung/x/` → `/x/`. */
export function pagePath(pathname: string): string {
  return withoutBase(pathname, siteAddress().base) ?? pathname;
}

/** The address's domain (`https://kreis.example/`) for links from the PDF to the site, whose paths carry the base. */
export function siteOrigin(address: SiteAddress): string | undefined {
  return address.url ? new URL(address.url).origin + '/' : undefined;
}
