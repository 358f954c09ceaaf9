/**
 * The CI recipes a county copies as they are (.gitlab-ci.yml, .github/workflows/bericht.yml): both must run the
 * README's commands for a publication (check and build — not the tool's own tests, which stay in .ci/run),
 * publish the site from the default branch and a preview of every other branch, keep the PDFs and attach them to a
 * release of every Fassung tag, cache npm, the charts and the Fassungen archive, and fetch the full history with tags.
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
  const trimmed = lines.map((l) => l.trim());
  const order = [/apt-get install .*chromium/, /^npm ci$/, /^npm run check$/, /^npm run build$/].map((re) => indexOf(trimmed, re));
  expect(order.every((i) => i >= 0), `gefunden an ${order.join(', ')}`).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // the tool's 336 unit tests are not the county's business on every content push
  expect(trimmed.filter((l) => /^npm (run )?test\b|vitest/.test(l))).toEqual([]);
}

describe('.gitlab-ci.yml', () => {
  const ci = load('.gitlab-ci.yml');

  it('installs Chromium, then runs npm ci, check and build (not the tool’s tests) on Debian with Node', () => {
    expect(ci.bauen.image).toMatch(/^node:\d+-(bookworm|trixie)/);
    expectReadmeCommands(gitlabLines(ci.bauen));
  });

  it('fetches the full history with tags', () => {
    expect(ci.variables.GIT_DEPTH).toBe('0');
    expect(ci.variables.GIT_FETCH_EXTRA_FLAGS).toContain('--tags');
  });

  it('caches npm, the chart cache and the Fassungen archive, and keeps the chart cache across npm ci', () => {
    const paths = ci.bauen.cache.flatMap((c: any) => c.paths);
    expect(ci.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
    expect(paths).toContain('.npm/');
    expect(paths).toContain('.bericht-archiv/');
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

  it('publishes every other branch as its own preview below its name, built for that path, expiring', () => {
    const preview = ci.vorschau;
    expect(preview.rules).toEqual([{ if: '$CI_COMMIT_BRANCH && $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH' }]);
    expect(preview.pages.path_prefix).toBe('$CI_COMMIT_REF_SLUG');
    expect(preview.pages.expire_in).toBeTruthy();
    expect(preview.artifacts.paths).toEqual(['public/']);
    expect(ci.pages.pages.expire_in).toBe('never');
    expect(ci.pages.pages.path_prefix).toBeUndefined();
    // the build of such a branch knows its path (BERICHT_VORSCHAU, see src/site/address.ts); main's does not
    const branchRule = ci.bauen.rules.find((r: any) => r.if === '$CI_COMMIT_BRANCH');
    expect(branchRule.variables.BERICHT_VORSCHAU).toBe('$CI_COMMIT_REF_SLUG');
    expect(ci.bauen.rules.find((r: any) => r.if === '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH').variables).toBeUndefined();
    expect(ci.bauen.rules.indexOf(branchRule)).toBe(ci.bauen.rules.length - 1);
  });

  it('on a fassung-… tag archives the PDFs for good and creates a release (release: keyword, no release-cli)', () => {
    for (const job of [ci['pdf-archiv'], ci.release]) expect(job.rules).toEqual([{ if: '$CI_COMMIT_TAG =~ /^fassung-/' }]);
    expect(ci['pdf-archiv'].artifacts.expire_in).toBe('never');
    expect(ci.release.image).toBe('registry.gitlab.com/gitlab-org/cli:latest');
    expect(ci.release.script.join('\n')).not.toContain('release-cli');
    expect(ci.release.release.tag_name).toBe('$CI_COMMIT_TAG');
    expect(ci.release.release.assets.links[0].url).toContain('$ARCHIV_JOB_ID/artifacts/');
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

  it('installs Chromium, then runs npm ci, check and build (not the tool’s tests) in a Debian Node container', () => {
    expect(build.container).toMatch(/^node:\d+-(bookworm|trixie)/);
    expectReadmeCommands(githubLines(build));
  });

  it('checks out the full history with tags and lets git trust the workspace', () => {
    expect(uses(build, 'actions/checkout').with['fetch-depth']).toBe(0);
    expect(githubLines(build).join('\n')).toContain('safe.directory');
  });

  it('caches ~/.npm, the chart cache (after npm ci, which empties node_modules) and the Fassungen archive', () => {
    const caches = build.steps.filter((s: any) => String(s.uses ?? '').startsWith('actions/cache@'));
    expect(caches.map((c: any) => c.with.path)).toEqual(['~/.npm', 'node_modules/.cache/bericht-diagramme', '.bericht-archiv']);
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

  it('offers site and PDFs of a pull request as an artifact to download', () => {
    const preview = build.steps.find((s: any) => String(s.uses ?? '').startsWith('actions/upload-artifact@') && s.if === "github.event_name == 'pull_request'");
    expect(preview.with.path).toContain('dist/');
    expect(preview.with.path).toContain('pdf/');
  });

  it('creates a release with the PDFs on fassung-* tags', () => {
    const release = wf.jobs.release;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/fassung-')");
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(uses(release, 'actions/download-artifact').with.name).toBe('pdf');
    expect(uses(release, 'softprops/action-gh-release').with.files).toBe('pdf/*.pdf');
  });
});
