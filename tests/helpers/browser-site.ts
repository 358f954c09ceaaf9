/**
 * The built demo website for browser tests: built once into a temporary folder (in a child process, so vitest's
 * environment cannot leak into Astro), served by the tool's own static server, opened in the tool's Chromium.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { chooseBrowser } from '../../src/print/browser.ts';
import { launchBrowser } from '../../src/print/launch.ts';
import { startServer, type StaticServer } from '../../src/print/server.ts';
import { REPO_ROOT } from './build-fixture.ts';

const run = promisify(execFile);

export interface ServedSite {
  dist: string;
  server: StaticServer;
  browser: Browser;
  buildSeconds: number;
  close(): Promise<void>;
}

/** Builds `project` (default: the demo in the repository) and serves it; `close()` stops everything and cleans up. */
export async function serveBuiltSite(project = REPO_ROOT): Promise<ServedSite> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-browser-'));
  const dist = path.join(tmp, 'dist');
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.BERICHT_AUSGABE;
  delete env.VITEST;
  try {
    await run(process.execPath, [path.join(REPO_ROOT, 'tests', 'helpers', 'browser-build.ts'), project, dist], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`Build of ${project} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const server = await startServer(dist);
  const choice = await chooseBrowser();
  const browser = await launchBrowser(choice.executablePath, choice.env);
  return {
    dist,
    server,
    browser,
    buildSeconds,
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The website's pages (not the print pages, which only feed the PDF), as URL paths like `/sozialbericht-2025/`. */
export function sitePages(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !/(^|\/)druck\//.test(f) && !f.startsWith('pagefind/'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
}
