import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemError } from '../../../src/errors/problem.ts';
import { browserCandidates, findBrowser } from '../../../src/print/browser.ts';

const only = (...present: string[]) => (file: string) => present.includes(file);

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProblemError) return err.problems.map(formatProblem).join('\n');
    throw err;
  }
  throw new Error('expected a ProblemError');
}

describe('findBrowser', () => {
  it('takes BERICHT_BROWSER before any install path', () => {
    const found = findBrowser({
      env: { BERICHT_BROWSER: '/opt/mein/chrome' },
      platform: 'linux',
      exists: only('/opt/mein/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/mein/chrome');
  });

  it('tries the Linux paths in order: chromium before google-chrome before snap', () => {
    const exists = only('/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/bin/chromium');
    expect(findBrowser({ env: {}, platform: 'linux', exists })).toBe('/usr/bin/chromium');
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/snap/bin/chromium', '/opt/google/chrome/chrome') })).toBe(
      '/snap/bin/chromium',
    );
  });

  it('knows Chrome, Chromium and Edge on macOS and Windows', () => {
    expect(browserCandidates('darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(browserCandidates('darwin')).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    const win = browserCandidates('win32', { PROGRAMFILES: 'D:\\Programme' });
    expect(win[0]).toBe('D:\\Programme\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(findBrowser({ env: {}, platform: 'win32', exists: only('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe') })).toBe(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it('says in German what was searched and how to get a browser when there is none', () => {
    const text = problemOf(() => findBrowser({ env: {}, platform: 'linux', exists: () => false }));
    expect(text).toContain('fehler: Für den PDF-Druck wurde kein Chromium, Chrome oder Edge gefunden.');
    expect(text).toContain('/usr/bin/chromium, /usr/bin/chromium-browser');
    expect(text).toContain('/opt/google/chrome/chrome');
    expect(text).toContain('Debian/Ubuntu: sudo apt-get install chromium');
    expect(text).toContain('oder Pfad in BERICHT_BROWSER setzen');
  });

  it('does not silently fall back when BERICHT_BROWSER points nowhere', () => {
    const text = problemOf(() =>
      findBrowser({ env: { BERICHT_BROWSER: '/falsch/chrome' }, platform: 'linux', exists: only('/usr/bin/chromium') }),
    );
    expect(text).toContain('BERICHT_BROWSER: fehler: BERICHT_BROWSER zeigt auf „/falsch/chrome“, dort ist aber keine Datei.');
  });
});
