/**
 * What a councillor reads in the demo's built website: the goal tables state each target with its comparison and
 * status, and the Gebietsprofil of Hainwald-Nord shows child poverty falling since 2015 but rising against 2023.
 * Builds the demo site (no PDF) and reads the HTML; expectations worked out by hand from data/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-fixture.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-demo-goals-'));
const dist = path.join(tmp, 'dist');
const page = (p: string) => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, BERICHT_PROJEKT: REPO_ROOT, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  delete env.BERICHT_AUSGABE;
  delete env.VITEST;
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/astro-build.ts'), REPO_ROOT, dist, path.join(tmp, 'cache')], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 32 * 1024 * 1024,
  });
}, 600_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('demo goal table (Umsetzung und Monitoring)', () => {
  const t = () => text(page('armutspraeventionsstrategie/umsetzung-und-monitoring'));

  it('Hausärztliche Versorgung: „mindestens 6,0“, not reached at 5,6, falling since 2015', () => {
    expect(t()).toContain('6,4 je 10.000 Einw. (2015) 5,6 je 10.000 Einw. (2024) mindestens 6,0 je 10.000 Einw. bis 2030 ○ Zielwert noch nicht erreicht ▼ −0,8 je 10.000 Einw. seit 2015 (gegen die Zielrichtung)');
  });

  it('Wanderungsverluste beenden: „mindestens 0,0“, not reached at −0,9', () => {
    expect(t()).toContain('-0,9 je 1.000 Einw. (2024) mindestens 0,0 je 1.000 Einw. bis 2030 ○ Zielwert noch nicht erreicht ▼ −5,5 je 1.000 Einw. seit 2015 (gegen die Zielrichtung)');
  });

  it('Hilfen zur Erziehung: „höchstens 35,0“, not reached at 35,2', () => {
    expect(t()).toContain('35,2 je 1.000 unter 21-Jährige (2024) höchstens 35,0 je 1.000 unter 21-Jährige bis 2030 ○ Zielwert noch nicht erreicht ▲ +8,2 je 1.000 unter 21-Jährige seit 2015 (gegen die Zielrichtung)');
  });

  it('no goal is reached in the demo data, and no old guesswork is left', () => {
    expect(t()).not.toContain('✓ Zielwert erreicht');
    expect(t().match(/○ Zielwert noch nicht erreicht/g)).toHaveLength(12);
    expect(t()).not.toMatch(/[↗↘]/);
  });
});

describe('demo Gebietsprofil Hainwald-Nord', () => {
  it('child poverty: 42,4 (2015) → 41,4 is favourable since 2015, 40,3 (2023) → 41,4 is not', () => {
    const t = text(page('gebiete/hainwald_nord'));
    expect(t).toContain('Kinder in SGB-II-Bedarfsgemeinschaften 2024 41,4 % ▼ −1,0 Prozentpunkte seit 2015 (günstige Entwicklung) ▲ +1,1 Prozentpunkte gegenüber 2023 (ungünstige Entwicklung)');
  });

  it('a neutral indicator gets arrow and sign but no judgement', () => {
    // anteil_65plus (neutral) in Hainwald-Nord: 31,1 (2015) → 36,0 (2024), 35,8 (2023) → 36,0
    const t = text(page('gebiete/hainwald_nord'));
    expect(t).toContain('Anteil der Bevölkerung ab 65 Jahren 2024 36,0 % ▲ +4,9 Prozentpunkte seit 2015 (Veränderung ohne Wertung) ▲ +0,2 Prozentpunkte gegenüber 2023 (Veränderung ohne Wertung)');
  });
});
