/**
 * The catalogue decides which indicators are withheld: column `geheimhaltung` (ja / nein / empty), else the einheit.
 * Each case is a throw-away project read through the whole data layer; what a reader sees is the published value
 * of Auenstedt (2, below the default mindestfallzahl 3), what the planner sees is the check's message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { dataProjects } from '../../helpers/data-project.ts';

const GEBIETE = 'id,name,ebene,eltern\nhw,Landkreis Hainwald,kreis,\nau,Auenstedt,gemeinde,hw\nmue,Mühlbach,gemeinde,hw\n';
const projects = dataProjects('katalog');

function project(catalogue: string) {
  const ids = [...catalogue.matchAll(/^(\w+);/gm)].map((m) => m[1]).filter((id) => id !== 'id');
  const werte = ['indikator;gebiet;jahr;wert', ...ids.flatMap((id) => [`${id};hw;2024;40`, `${id};au;2024;2`, `${id};mue;2024;38`])].join('\n');
  const root = projects.write({ 'gebiete/gebiete.csv': GEBIETE, 'indikatoren/indikatoren.csv': catalogue, 'werte/werte.csv': `${werte}\n` });
  const result = checkData(projectPaths(root));
  return { ...result, printed: result.problems.map((p) => formatProblem(p).split('\n')[0]) };
}

afterAll(() => projects.cleanup());

const HEADER = 'id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen;geheimhaltung';
const row = (id: string, einheit: string, geheimhaltung: string) => `${id};Titel;${einheit};Arbeit;Definition;Quelle;neutral;0;${geheimhaltung}`;

describe('einheit × geheimhaltung', () => {
  // [einheit, geheimhaltung, Auenstedt's 2 is withheld?, warning?]
  const cases: [string, string, boolean, boolean][] = [
    ['Anzahl', '', true, false],
    ['Anzahl', 'ja', true, false],
    ['Anzahl', 'nein', false, false],
    ['Anzahl', 'Nein', false, false],
    ['Anzahl Fälle', '', true, true],
    ['Anzahl Fälle', 'ja', true, false],
    ['Personen', '', true, true],
    ['Personen', 'nein', false, false],
    ['Fälle', '', true, true],
    ['Haushalte', '', true, true],
    ['Kinder', '', true, true],
    ['Bedarfsgemeinschaften', '', true, true],
    ['%', '', false, false],
    ['%', 'ja', true, false],
    ['je 1.000 Einw.', '', false, false],
    ['je 100 Personen im Erwerbsalter', '', false, false],
    ['Euro', '', false, false],
  ];
  it.each(cases)('einheit %j, geheimhaltung %j → withheld %j, warning %j', (einheit, geheimhaltung, withheld, warning) => {
    const { store, printed } = project(`${HEADER}\n${row('x', einheit, geheimhaltung)}\n`);
    const au = store.cell('x', 'au', 2024);
    expect(au?.wert ?? au?.symbol).toBe(withheld ? '*' : 2);
    // The complement: Mühlbach 38 (the only other Gemeinde), so Kreis 40 − 38 does not give Auenstedt away.
    const mue = store.cell('x', 'mue', 2024);
    expect(mue?.wert ?? mue?.symbol).toBe(withheld ? '*' : 38);
    // The einheit field of line 2 starts at column 9 (after „x;Titel;“).
    expect(printed).toEqual(
      warning
        ? [
            `data/indikatoren/indikatoren.csv:2:9: warnung: Der Indikator „x“ hat die Einheit „${einheit}“ und wird deshalb als Anzahl behandelt: Kleine Fallzahlen (unter der „mindestfallzahl“ der Publikation, Standard 3) werden gesperrt („*“).`,
          ]
        : [],
    );
  });
});

describe('the column', () => {
  it('may be missing: counts are withheld, rates are not, and `Personen` is a warning', () => {
    const header = 'id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen';
    const { store, printed } = project(`${header}\nfaelle;Fälle;Anzahl;Arbeit;D;Q;neutral;0\nquote;Quote;%;Arbeit;D;Q;neutral;1\npers;Personen;Personen;Arbeit;D;Q;neutral;0\n`);
    expect(store.cell('faelle', 'au', 2024)?.symbol).toBe('*');
    expect(store.cell('quote', 'au', 2024)?.wert).toBe(2);
    expect(store.cell('pers', 'au', 2024)?.symbol).toBe('*');
    expect(printed).toEqual([
      'data/indikatoren/indikatoren.csv:4:15: warnung: Der Indikator „pers“ hat die Einheit „Personen“ und wird deshalb als Anzahl behandelt: Kleine Fallzahlen (unter der „mindestfallzahl“ der Publikation, Standard 3) werden gesperrt („*“).',
    ]);
  });

  it('rejects anything but ja, nein or empty, at its field', () => {
    const { printed, problems } = project(`${HEADER}\n${row('x', 'Anzahl', 'vielleicht')}\n`);
    expect(printed).toEqual(['data/indikatoren/indikatoren.csv:2:51: fehler: „vielleicht“ in Spalte „geheimhaltung“ ist weder „ja“ noch „nein“.']);
    expect(problems[0]?.hint).toContain('„nein“ (die Zahlen sind öffentlich)');
  });
});
