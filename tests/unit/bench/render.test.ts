/**
 * scripts/bench-render.ts keeps working: on the miniature project it renders every chapter both ways and prints the
 * figures with their share of the given site_cold_s (10 s here, so the share is the seconds × 10 %).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('bench-render', () => {
  it('misst beide Renderer und setzt sie gegen site_cold_s', () => {
    const r = spawnSync(process.execPath, ['scripts/bench-render.ts', '--klein', '--runden', '1', '--website-s', '10'], { cwd: repo, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('3 Kapitel');
    const last = r.stdout.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^bench-render: satteri_s=\d+\.\d{3} satteri_erste_s=\S+ remark_s=\S+ remark_erste_s=\S+ remark_ohne_parsen_s=\S+ remark_ohne_parsen_erste_s=\S+ site_cold_s=10\.000 /);
    const figure = (key: string) => Number(new RegExp(`${key}=(\\S+)`).exec(last)![1]);
    // share in percent of 10 s = seconds × 10 (both printed rounded)
    expect(figure('remark_anteil_pct')).toBeCloseTo(figure('remark_s') * 10, 1);
    expect(figure('satteri_anteil_pct')).toBeCloseTo(figure('satteri_s') * 10, 1);
  }, 60_000);

  it('lehnt unbekannte Optionen ab', () => {
    const r = spawnSync(process.execPath, ['scripts/bench-render.ts', '--schnell'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unbekannte oder ungültige Option: --schnell');
  });
});
