/**
 * Finds an installed Chromium-based browser for printing. Nothing is ever downloaded:
 * `BERICHT_BROWSER` wins, then the usual install paths of the current platform are tried in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printErrors } from '../errors/print.ts';
import { ProblemError } from '../errors/problem.ts';
import { bundledChromium, type BundledBrowser } from './bundled-browser.ts';

export const BROWSER_ENV = 'BERICHT_BROWSER';

export interface BrowserLookup {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Whether an executable file exists at this path. */
  exists?: (file: string) => boolean;
}

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
];

const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function windows(env: Record<string, string | undefined>): string[] {
  const programFiles = env['PROGRAMFILES'] ?? 'C:\\Program Files';
  const programFilesX86 = env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)';
  const roots = [programFiles, programFilesX86, ...(env['LOCALAPPDATA'] ? [env['LOCALAPPDATA']] : [])];
  const win = path.win32;
  return [
    ...roots.map((r) => win.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ...roots.map((r) => win.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
  ];
}

/** The install paths tried on a platform, in order (without `BERICHT_BROWSER`). */
export function browserCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined> = {}): string[] {
  if (platform === 'darwin') return MAC;
  if (platform === 'win32') return windows(env);
  return LINUX;
}

function fileExists(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The browser to print with; throws a German `ProblemError` when there is none. */
export function findBrowser(options: BrowserLookup = {}): string {
  const env = options.env ?? process.env;
  const exists = options.exists ?? fileExists;
  const fromEnv = env[BROWSER_ENV]?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ProblemError([printErrors.browserEnvMissing(fromEnv)]);
  }
  const candidates = browserCandidates(options.platform ?? process.platform, env);
  const found = candidates.find((c) => exists(c));
  if (found) return found;
  throw new ProblemError([printErrors.browserNotFound([BROWSER_ENV, ...candidates])]);
}

export interface BrowserChoice {
  executablePath: string;
  /** Environment for the browser process (only the bundled Chromium needs one). */
  env?: Record<string, string>;
  bundled: boolean;
}

/**
 * The browser to print with: `BERICHT_BROWSER`, else an installed one, else (Linux x64) the Chromium bundled
 * with the npm package @sparticuz/chromium. Throws the German „no browser“ error when there is none.
 */
export async function chooseBrowser(
  options: BrowserLookup & { bundled?: () => Promise<BundledBrowser | null> } = {},
): Promise<BrowserChoice> {
  try {
    return { executablePath: findBrowser(options), bundled: false };
  } catch (error) {
    const notFound = error instanceof ProblemError && error.problems.every((p) => p.code === 'browser-fehlt');
    if (!notFound) throw error;
    const bundled = await (options.bundled ?? bundledChromium)();
    if (!bundled) throw error;
    return { ...bundled, bundled: true };
  }
}
