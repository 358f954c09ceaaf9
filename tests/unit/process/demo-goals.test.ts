/**
 * The demo county's goals, read from the real demo data (data/strategie/ziele.csv, data/werte): each goal's
 * comparison, status and trend as the goal table and the PDF print them. The expectations are worked out by
 * hand from the CSV rows and the chapter text („Handlungsfelder und Ziele“), not by calling the code.
 */
import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { loadProcess } from '../../../src/process/check.ts';
import { zielView } from '../../../src/process/zielerreichung.ts';
import { projectPaths } from '../../../src/project.ts';
import { REPO_ROOT } from '../../helpers/build-fixture.ts';

const paths = projectPaths(REPO_ROOT);
const { store } = checkData(paths);
const { data, problems } = loadProcess(paths, { store });
const view = (id: string) => zielView(store, data.strategie.ziele.find((z) => z.id === id)!, 3);
const row = (id: string) => {
  const v = view(id);
  return [v.zielText, v.aktuellText, v.statusText, `${v.trend?.pfeil} ${v.trendText}`, v.wertungText].join(' | ').replace(/[\u00a0\u202f]/g, ' ');
};

describe('the demo goals', () => {
  it('have no problem with their comparison', () => {
    expect(problems.filter((p) => p.code.startsWith('ziel-vergleich'))).toEqual([]);
    expect(data.strategie.ziele).toHaveLength(12);
  });

  it('Hausärztliche Versorgung: text „soll wieder auf mindestens 6,0 steigen“; 6,4 (2015) → 5,6 (2024) falls short and moves away', () => {
    expect(row('z5-1')).toBe('mindestens 6,0 je 10.000 Einw. bis 2030 | 5,6 je 10.000 Einw. (2024) | ○ Zielwert noch nicht erreicht | ▼ −0,8 je 10.000 Einw. seit 2015 | gegen die Zielrichtung');
  });

  it('Wanderungsverluste beenden: the saldo is to be at least 0,0; −0,9 in 2024 is not, and 4,6 (2015) → −0,9 fell by 5,5', () => {
    expect(row('z6-2')).toBe('mindestens 0,0 je 1.000 Einw. bis 2030 | -0,9 je 1.000 Einw. (2024) | ○ Zielwert noch nicht erreicht | ▼ −5,5 je 1.000 Einw. seit 2015 | gegen die Zielrichtung');
  });

  it('Hilfen zur Erziehung: at most 35,0; 35,2 is above it, and 27,0 (2015) → 35,2 rose by 8,2', () => {
    expect(row('z4-2')).toBe('höchstens 35,0 je 1.000 unter 21-Jährige bis 2030 | 35,2 je 1.000 unter 21-Jährige (2024) | ○ Zielwert noch nicht erreicht | ▲ +8,2 je 1.000 unter 21-Jährige seit 2015 | gegen die Zielrichtung');
  });

  it('Wohngeld (a neutral indicator) states „mindestens“ in ziele.csv: 1.168 (2015) → 2.929 is in its direction', () => {
    expect(row('z1-2')).toBe('mindestens 3.300 bis 2028 | 2.929 (2024) | ○ Zielwert noch nicht erreicht | ▲ +1.761 seit 2015 | in Zielrichtung');
  });

  it('SGB-II-Quote: at most 7,5 %; 10,6 (2015) → 8,7 is −1,9 points, in the goal’s direction and still above it', () => {
    expect(row('z1-1')).toBe('höchstens 7,5 % bis 2030 | 8,7 % (2024) | ○ Zielwert noch nicht erreicht | ▼ −1,9 Prozentpunkte seit 2015 | in Zielrichtung');
  });

  it('every goal’s comparison matches the wording of its chapter text', () => {
    // from 03-handlungsfelder-und-ziele.mdx: „sinken“/„zurückgehen“/„höchstens“ → hoechstens, „steigen“/„mindestens“ → mindestens
    const expected: Record<string, string> = {
      'z1-1': 'hoechstens', 'z1-2': 'mindestens', 'z2-1': 'hoechstens', 'z2-2': 'hoechstens', 'z3-1': 'mindestens', 'z3-2': 'hoechstens',
      'z4-1': 'hoechstens', 'z4-2': 'hoechstens', 'z5-1': 'mindestens', 'z5-2': 'mindestens', 'z6-1': 'mindestens', 'z6-2': 'mindestens',
    };
    expect(Object.fromEntries(data.strategie.ziele.map((z) => [z.id, z.vergleich]))).toEqual(expected);
  });
});
