/**
 * Starts the installed browser through playwright-core (which never downloads one itself).
 * The flags keep Chromium quiet: no first-run UI, no background traffic to Google, no GPU.
 */
import { chromium, type Browser } from 'playwright-core';
import { printErrors } from '../errors/print.ts';
import { ProblemError } from '../errors/problem.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(executablePath: string, env?: Record<string, string>): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, ...(env ? { env } : {}) });
  } catch (err) {
    throw new ProblemError([printErrors.browserStartFailed(executablePath, String((err as Error).message ?? err))]);
  }
}
