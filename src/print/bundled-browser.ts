/**
 * Fallback for Linux (x64) machines without an installed browser: the Chromium that ships inside the npm package
 * `@sparticuz/chromium` (built for AWS Lambda). It is unpacked once into the temporary folder; its own libraries
 * (al2023) and fonts config are given to the browser process only, never to this process.
 * Our pages bring their own fonts (@font-face), so text does not depend on the machine's fonts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export interface BundledBrowser {
  executablePath: string;
  /** Environment for the browser process. */
  env: Record<string, string>;
}

type SparticuzModule = {
  default: { executablePath(input?: string): Promise<string> };
  inflate(file: string): Promise<string>;
};

export async function bundledChromium(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Promise<BundledBrowser | null> {
  if (platform !== 'linux' || arch !== 'x64') return null;
  let mod: SparticuzModule;
  try {
    mod = (await import('@sparticuz/chromium')) as unknown as SparticuzModule;
  } catch {
    return null;
  }
  const binDir = path.join(path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', 'bin');
  const { executablePath, libDir } = await unpackedOnce(async () => ({
    executablePath: await mod.default.executablePath(binDir),
    libDir: path.join(await mod.inflate(path.join(binDir, 'al2023.tar.br')), 'lib'),
  }));
  const ld = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { executablePath, env: { ...env, LD_LIBRARY_PATH: ld, FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') } };
}

/**
 * The package unpacks into the temporary folder and takes an existing `chromium` there as finished. Two processes
 * printing at once (the tests, a benchmark) could start a half-written browser: the first one unpacks under a
 * lock, the others wait until it has written its marker.
 */
async function unpackedOnce<T>(unpack: () => Promise<T>): Promise<T> {
  const done = path.join(os.tmpdir(), 'sozialbericht-chromium.fertig');
  const lock = path.join(os.tmpdir(), 'sozialbericht-chromium.sperre');
  for (let waited = 0; !fs.existsSync(done); waited += 200) {
    try {
      fs.mkdirSync(lock);
    } catch {
      if (waited > 180_000) fs.rmSync(lock, { recursive: true, force: true }); // left behind by a killed process
      await sleep(200);
      continue;
    }
    try {
      const result = await unpack();
      fs.writeFileSync(done, new Date().toISOString());
      return result;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return unpack(); // already unpacked: returns at once
}
