/**
 * The CI recipes a county copies as they are (.gitlab-ci.yml, .github/workflows/bericht.yml): both must run the
 * README's commands, publish the site from the default branch, keep the PDFs and attach them to a release of
 * every Fassung tag, cache npm and the charts, and fetch the full history with tags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const load = (file: string) => parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, any>;

/** All shell lines of a GitLab job, before_script first. */
const gitlabLines = (job: any): string[] => [...(job.before_script ?? []), ...(job.script ?? [])].flatMap((l: string) => l.split('\n'));
/** All `run:` lines of a GitHub job. */
const githubLines = (job: any): string[] => job.steps.flatMap((s: any) => (s.run ? String(s.run).split('\n') : []));
const indexOf = (lines: string[], re: RegExp) => lines.findIndex((l) => re.test(l));

function expectReadmeCommands(lines: string[]): void {
  const order = [/apt-get install .*chromium/, /^npm ci$/, /^npm run check$/, /^npm test$/, /^npm run build$/].map((re) => indexOf(lines.map((l) => l.trim()), re));
  expect(order.every((i) => i >= 0), `gefunden an ${order.join(', ')}`).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
}

describe('.gitlab-ci.yml', () => {
  const ci = load('.gitlab-ci.yml');

  it('installs Chromium, then runs npm ci, check, test and build on Debian with Node', () => {
    expect(ci.bauen.image).toMatch(/^node:\d+-(bookworm|trixie)/);
    expectReadmeCommands(gitlabLines(ci.bauen));
  });

  it('fetches the full history with tags', () => {
    expect(ci.variables.GIT_DEPTH).toBe('0');
    expect(ci.variables.GIT_FETCH_EXTRA_FLAGS).toContain('--tags');
  });

  it('caches npm and the chart cache, and keeps the chart cache across npm ci', () => {
    const paths = ci.bauen.cache.flatMap((c: any) => c.paths);
    expect(ci.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
    expect(paths).toContain('.npm/');
    expect(paths).toContain('node_modules/.cache/bericht-diagramme/');
    const lines = gitlabLines(ci.bauen);
    expect(indexOf(lines, /mv node_modules\/.cache\/bericht-diagramme/)).toBeLessThan(indexOf(lines, /^npm ci$/));
    expect(indexOf(lines, /mv \/tmp\/bericht-diagramme/)).toBeGreaterThan(indexOf(lines, /^npm ci$/));
  });

  it('keeps the PDFs as artifacts and publishes dist/ as GitLab Pages from the default branch only', () => {
    expect(ci.bauen.artifacts.paths).toEqual(expect.arrayContaining(['dist/', 'pdf/']));
    expect(gitlabLines(ci.bauen)).toContain('mkdir -p pdf && cp dist/*/*.pdf pdf/');
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.pages.artifacts.paths).toEqual(['public/']);
    expect(ci.pages.script.join('\n')).toContain('mv dist public');
  });

  it('on a fassung-… tag archives the PDFs for good and creates a release linking them', () => {
    for (const job of [ci['pdf-archiv'], ci.release]) expect(job.rules).toEqual([{ if: '$CI_COMMIT_TAG =~ /^fassung-/' }]);
    expect(ci['pdf-archiv'].artifacts.expire_in).toBe('never');
    const script = ci.release.script.join('\n');
    expect(script).toContain('release-cli create');
    expect(script).toContain('--tag-name "$CI_COMMIT_TAG"');
    expect(script).toMatch(/for f in pdf\/\*\.pdf/);
  });
});

describe('.github/workflows/bericht.yml', () => {
  const wf = load('.github/workflows/bericht.yml');
  const build = wf.jobs.bauen;
  const uses = (job: any, action: string) => job.steps.find((s: any) => String(s.uses ?? '').startsWith(action + '@'));

  it('runs on main, on fassung-* tags and on pull requests', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.push.tags).toEqual(['fassung-*']);
    expect(wf.on).toHaveProperty('pull_request');
  });

  it('installs Chromium, then runs npm ci, check, test and build in a Debian Node container', () => {
    expect(build.container).toMatch(/^node:\d+-(bookworm|trixie)/);
    expectReadmeCommands(githubLines(build));
  });

  it('checks out the full history with tags and lets git trust the workspace', () => {
    expect(uses(build, 'actions/checkout').with['fetch-depth']).toBe(0);
    expect(githubLines(build).join('\n')).toContain('safe.directory');
  });

  it('caches ~/.npm and the chart cache (after npm ci, which empties node_modules)', () => {
    const caches = build.steps.filter((s: any) => String(s.uses ?? '').startsWith('actions/cache@'));
    expect(caches.map((c: any) => c.with.path)).toEqual(['~/.npm', 'node_modules/.cache/bericht-diagramme']);
    const stepIndex = (pred: (s: any) => boolean) => build.steps.findIndex(pred);
    expect(stepIndex((s) => s.with?.path === 'node_modules/.cache/bericht-diagramme')).toBeGreaterThan(stepIndex((s) => s.run === 'npm ci'));
  });

  it('uploads the PDFs as an artifact and the site to GitHub Pages, deployed from main only', () => {
    expect(uses(build, 'actions/upload-artifact').with.path).toBe('pdf/*.pdf');
    const pages = uses(build, 'actions/upload-pages-artifact');
    expect(pages.with.path).toBe('dist/');
    expect(pages.if).toBe("github.ref == 'refs/heads/main'");
    const deploy = wf.jobs.veroeffentlichen;
    expect(deploy.if).toBe("github.ref == 'refs/heads/main'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(uses(deploy, 'actions/deploy-pages')).toBeDefined();
  });

  it('creates a release with the PDFs on fassung-* tags', () => {
    const release = wf.jobs.release;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/fassung-')");
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(uses(release, 'actions/download-artifact').with.name).toBe('pdf');
    expect(uses(release, 'softprops/action-gh-release').with.files).toBe('pdf/*.pdf');
  });
});
