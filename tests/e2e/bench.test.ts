/**
 * `npm run bench` cannot rot: the miniature benchmark (`--klein`: three chapters, a handful of charts, ~20 PDF
 * pages) runs end to end — project generator, site builds, PDFs with Paged.js, plain Chromium and pagedjs-cli,
 * dev server — and its last line carries every figure as a number.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

const KEYS = [
  'validate_s',
  'site_cold_s',
  'site_warm_s',
  'site_edit_s',
  'site_floor_s',
  'chart_floor_s',
  'pdf_s_per_page_150',
  'pdf_s_per_page_300',
  'plain_print_s_per_page',
  'pagedjs_cli_s_per_page',
  'dev_edit_ms',
  'pdf_vs_plain',
  'pdf_vs_pagedjs_cli',
  'pdf_growth',
  'site_cold_vs_floor',
  'site_warm_vs_floor',
];

describe('npm run bench -- --klein', () => {
  it('ends with `bench: key=value …` holding every figure as a positive number', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['VITEST'];
    delete env['BERICHT_PROJEKT'];
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'bench.ts'), '--klein'], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    const last = stdout.trim().split('\n').pop() ?? '';
    expect(last).toMatch(/^bench: /);
    const figures = new Map(last.slice('bench: '.length).split(' ').map((kv) => kv.split('=') as [string, string]));
    for (const key of KEYS) {
      expect(figures.has(key), `${key} fehlt in: ${last}`).toBe(true);
      const value = Number(figures.get(key));
      expect(Number.isFinite(value) && value > 0, `${key}=${figures.get(key)}`).toBe(true);
    }
    // the table a person reads comes before it, in German
    expect(stdout).toContain('Website kalt');
  }, 300_000);
});
