/** Where the site is published: the setting, the override, GitLab and GitHub Pages, previews below a branch path. */
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../src/errors/problem.ts';
import { inSite, resolveAddress, withoutBase } from '../../../src/site/address.ts';

describe('resolveAddress', () => {
  it('is the domain root without any setting', () => {
    expect(resolveAddress(undefined, {})).toEqual({ base: '/', source: 'Domain-Wurzel' });
  });

  it('takes `adresse` from content/website.yaml, with or without the trailing slash', () => {
    expect(resolveAddress('https://www.kreis.example/sozialplanung', {})).toMatchObject({
      url: 'https://www.kreis.example/sozialplanung/',
      base: '/sozialplanung/',
    });
    expect(resolveAddress('https://www.kreis.example/', {})).toMatchObject({ url: 'https://www.kreis.example/', base: '/' });
  });

  it('lets BERICHT_ADRESSE (the --adresse flag) win, also as a bare path', () => {
    const a = resolveAddress('https://www.kreis.example/sozialplanung/', { BERICHT_ADRESSE: '/probe' });
    expect(a).toEqual({ base: '/probe/', source: 'BERICHT_ADRESSE' });
  });

  it('finds the GitLab Pages address in GitLab CI', () => {
    const env = { GITLAB_CI: 'true', CI_PAGES_URL: 'https://gruppe.gitlab.io/projekt' };
    expect(resolveAddress(undefined, env)).toMatchObject({ url: 'https://gruppe.gitlab.io/projekt/', base: '/projekt/' });
  });

  it('adds the branch path of a preview, whether or not GitLab already put it into CI_PAGES_URL', () => {
    const older = { GITLAB_CI: 'true', CI_PAGES_URL: 'https://gruppe.gitlab.io/projekt', BERICHT_VORSCHAU: 'entwurf-kapitel-3' };
    const newer = { ...older, CI_PAGES_URL: 'https://gruppe.gitlab.io/projekt/entwurf-kapitel-3' };
    for (const env of [older, newer]) {
      expect(resolveAddress(undefined, env)).toMatchObject({
        url: 'https://gruppe.gitlab.io/projekt/entwurf-kapitel-3/',
        base: '/projekt/entwurf-kapitel-3/',
      });
    }
    // a project on its own (unique) Pages domain: the preview is one folder below the root
    expect(resolveAddress(undefined, { ...older, CI_PAGES_URL: 'https://projekt-1a2b3c.gitlab.io' }).base).toBe('/entwurf-kapitel-3/');
  });

  it('derives the GitHub Pages address from the repository, the user site at the root', () => {
    expect(resolveAddress(undefined, { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Kreis-Hainwald/sozialbericht' })).toMatchObject({
      url: 'https://kreis-hainwald.github.io/sozialbericht/',
      base: '/sozialbericht/',
    });
    expect(resolveAddress(undefined, { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Kreis-Hainwald/kreis-hainwald.github.io' })).toMatchObject({
      url: 'https://kreis-hainwald.github.io/',
      base: '/',
    });
  });

  it('prefers the setting over the CI guess (a county with its own domain)', () => {
    const env = { GITLAB_CI: 'true', CI_PAGES_URL: 'https://gruppe.gitlab.io/projekt' };
    expect(resolveAddress('https://sozialplanung.kreis.example/', env).base).toBe('/');
  });

  it('rejects an address that is neither a web address nor a path, naming where it came from', () => {
    let error: unknown;
    try {
      resolveAddress(undefined, { BERICHT_ADRESSE: 'kreis.example/sozialplanung' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemError);
    const p = (error as ProblemError).problems[0]!;
    expect(p.code).toBe('website-adresse-ungueltig');
    expect(p.message).toContain('„kreis.example/sozialplanung“ (aus BERICHT_ADRESSE)');
  });
});

describe('inSite and withoutBase', () => {
  it('put the base in front of a site path and take it off again', () => {
    expect(inSite('/gebiete/', '/projekt/')).toBe('/projekt/gebiete/');
    expect(inSite('/', '/projekt/')).toBe('/projekt/');
    expect(inSite('/gebiete/', '/')).toBe('/gebiete/');
    expect(withoutBase('/projekt/gebiete/', '/projekt/')).toBe('/gebiete/');
    expect(withoutBase('/projekt', '/projekt/')).toBe('/');
    expect(withoutBase('/gebiete/', '/projekt/')).toBeNull();
    expect(withoutBase('/projektx/', '/projekt/')).toBeNull();
  });
});
