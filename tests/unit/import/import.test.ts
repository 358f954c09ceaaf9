import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { flatFile, GEBIETE, GENESIS_TABLE, INDIKATOREN, INKAR, WIDE } from './fixtures.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

function project(files: Record<string, string | Uint8Array>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  roots.push(root);
  const all = { 'data/gebiete/gebiete.csv': GEBIETE, 'data/indikatoren/indikatoren.csv': INDIKATOREN, ...files };
  for (const [rel, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  const { store, problems } = checkData(projectPaths(root));
  return { store, problems, text: problems.map(formatProblem) };
}

/** Windows-1252 bytes of a text (ä ö ü ß as one byte each). */
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('GENESIS table export in data/quellen', () => {
  const yaml = 'quelle: Regionaldatenbank Deutschland, Tabelle 12411-01-01-4\nwerte:\n  - spalte: Insgesamt\n    indikator: bevoelkerung\n  - spalte: weiblich\n    indikator: frauen\n';
  it('takes the values of the project’s areas with their symbols, year from the header', () => {
    const { store, problems, text } = project({ 'data/quellen/bevoelkerung.csv': cp1252(GENESIS_TABLE), 'data/quellen/bevoelkerung.yaml': yaml });
    expect(problems.filter((p) => p.severity === 'fehler'), text.join('\n')).toEqual([]);
    expect(store.cell('bevoelkerung', 'hw', 2018)?.wert).toBe(61234);
    expect(store.cell('frauen', 'eichenau', 2018)?.wert).toBe(6345);
    expect(store.cell('bevoelkerung', 'th', 2018)?.wert).toBe(2143145);
    expect(store.cell('bevoelkerung', 'talbrueck', 2018, { mindestfallzahl: 0 })?.symbol).toBe('–');
    expect(store.cell('frauen', 'talbrueck', 2018, { mindestfallzahl: 0 })?.symbol).toBe('…');
    // the imported value points into the export: line 12; `16099;` (6) + `    Hainwald, Landkreis;` (24) → column 31
    expect(store.cell('bevoelkerung', 'hw', 2018)?.source).toEqual({ file: 'data/quellen/bevoelkerung.csv', line: 12, column: 31 });
  });

  it('counts rows of areas outside the project in one note', () => {
    const { problems } = project({ 'data/quellen/bevoelkerung.csv': cp1252(GENESIS_TABLE), 'data/quellen/bevoelkerung.yaml': yaml });
    const outside = problems.filter((p) => p.code === 'quelle-gebiete-ausserhalb');
    expect(outside).toHaveLength(1);
    // DG, 16051 and 16099004 are not in the project
    expect(outside[0]?.message).toContain('3 Zeilen für Gebiete außerhalb des Projekts übersprungen');
    expect(outside[0]?.severity).toBe('warnung');
  });

  it('in data/werte gives one message saying where it belongs', () => {
    const { problems } = project({ 'data/werte/bevoelkerung.csv': cp1252(GENESIS_TABLE) });
    expect(problems.map((p) => p.code)).toEqual(['export-in-werte']);
    expect(problems[0]?.hint).toContain('data/quellen/');
  });

  it('names the header texts when spalte does not exist', () => {
    const bad = 'quelle: x\nwerte:\n  - spalte: Gesamt\n    indikator: bevoelkerung\n';
    const { problems } = project({ 'data/quellen/bevoelkerung.csv': cp1252(GENESIS_TABLE), 'data/quellen/bevoelkerung.yaml': bad });
    const p = problems.find((x) => x.code === 'quelle-spalte-fehlt');
    expect(p).toMatchObject({ file: 'data/quellen/bevoelkerung.yaml', line: 3, column: 13 });
    expect(p?.hint).toContain('„Insgesamt“');
  });

  it('a value also in data/werte is an error naming both places', () => {
    const werte = 'indikator;gebiet;jahr;wert\nbevoelkerung;hw;2018;61000\n';
    const { problems } = project({ 'data/quellen/bevoelkerung.csv': cp1252(GENESIS_TABLE), 'data/quellen/bevoelkerung.yaml': yaml, 'data/werte/w.csv': werte });
    const p = problems.find((x) => x.code === 'quelle-wert-doppelt');
    expect(p).toMatchObject({ file: 'data/quellen/bevoelkerung.csv', line: 12, severity: 'fehler' });
    expect(p?.message).toContain('data/werte/w.csv:2');
    expect(p?.message).toContain('„61234“');
  });
});

describe('GENESIS flat file', () => {
  const yaml = 'quelle: Zensus 2022\nwerte:\n  - spalte: BEV002\n    indikator: dichte\n';
  const rows: [string, string, string][] = [
    ['160990000002', 'Eichenau', '123.4'],
    ['160990000003', 'Talbrück', '87.25'],
    ['160510000000', 'Erfurt', '797.5'],
  ];
  it.each([[','], ['.']] as const)('reads decimal %s', (sep) => {
    const { store, problems, text } = project({ 'data/quellen/dichte.csv': flatFile(sep, rows), 'data/quellen/dichte.yaml': yaml });
    expect(problems.filter((p) => p.severity === 'fehler'), text.join('\n')).toEqual([]);
    expect(store.cell('dichte', 'eichenau', 2022)?.wert).toBe(123.4);
    expect(store.cell('dichte', 'talbrueck', 2022)?.wert).toBe(87.25);
  });

  it('10,000 rows of which 200 belong to the project: one line for the rest', () => {
    const many: [string, string, string][] = [];
    // 10,000 municipalities of a Land 20 that does not exist: ARS 200000000001, 200010000001 …
    for (let i = 0; i < 10_000; i++) many.push([`${20000 + i}0000001`, `Gemeinde ${i}`, '1.5']);
    // rows 1..200 become the project's: Eichenau and Talbrück alternately, each in 100 years 1901..2000
    const lines = flatFile('.', many).split('\n');
    const out = [lines[0]];
    for (let i = 1; i <= 10_000; i++) {
      let line = lines[i] ?? '';
      if (i <= 200) {
        const ars = i % 2 ? '160990000002' : '160990000003';
        const year = 1900 + Math.ceil(i / 2);
        line = line.replace(/^([^;]*;[^;]*;[^;]*;[^;]*;)[^;]*;([^;]*;[^;]*;)[^;]*;/, `$1${year}-12-31;$2${ars};`);
      }
      out.push(line);
    }
    const { store, problems } = project({ 'data/quellen/gross.csv': out.join('\n'), 'data/quellen/gross.yaml': yaml });
    expect(problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^9\.800 Zeilen für Gebiete außerhalb des Projekts übersprungen/);
    expect(store.years('dichte')).toHaveLength(100);
    expect(store.cell('dichte', 'talbrueck', 2000)?.wert).toBe(1.5);
  });
});

describe('INKAR and wide tables', () => {
  it('INKAR: years from the second header row, 5-digit Kreis keys', () => {
    const yaml = 'quelle: INKAR 2024\nwerte:\n  - spalte: Schuldnerquote\n    indikator: schulden\n';
    const { store, problems, text } = project({ 'data/quellen/schulden.csv': INKAR, 'data/quellen/schulden.yaml': yaml });
    expect(problems.filter((p) => p.severity === 'fehler'), text.join('\n')).toEqual([]);
    expect(store.cell('schulden', 'hw', 2021)?.wert).toBe(11.4);
    expect(store.cell('schulden', 'hw', 2022)?.wert).toBe(11.8);
    expect(problems.find((p) => p.code === 'quelle-gebiete-ausserhalb')?.message).toContain('1 Zeile '); // Erfurt
  });

  it('wide table: areas by name, years as columns, no spalte needed', () => {
    const yaml = 'quelle: Eigene Auswertung\nwerte:\n  - indikator: alq\n';
    const { store, problems, text } = project({ 'data/quellen/alq.csv': WIDE, 'data/quellen/alq.yaml': yaml });
    expect(problems, text.join('\n')).toEqual([]);
    expect(store.cell('alq', 'eichenau', 2022)?.wert).toBe(5.9);
    expect(store.cell('alq', 'talbrueck', 2023)?.symbol).toBe('/');
  });
});

describe('Excel workbook (.xlsx) as the BA sends it', () => {
  it('reads the sheet named by blatt, numbers and keys as in the cells', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const buffer = await writeXlsxFile([
      { sheet: 'Hinweise', data: [[{ value: 'Statistik der Bundesagentur für Arbeit' }]] },
      {
        sheet: 'Daten',
        data: [
          [{ value: 'Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen' }],
          [{ value: 'Regionalschlüssel' }, { value: 'Region' }, { value: 2022 }, { value: 2023 }],
          [{ value: '16099' }, { value: 'Hainwald' }, { value: 5.8 }, { value: 6.1 }],
          [{ value: '16051' }, { value: 'Erfurt' }, { value: 6.5 }, { value: 6.9 }],
        ],
      },
    ]).toBuffer();
    const yaml = 'quelle: Statistik der BA, Arbeitsmarkt in Zahlen\nblatt: Daten\nwerte:\n  - indikator: alq\n';
    const { store, problems, text } = project({ 'data/quellen/ba.xlsx': new Uint8Array(buffer), 'data/quellen/ba.yaml': yaml });
    expect(problems.filter((p) => p.severity === 'fehler'), text.join('\n')).toEqual([]);
    expect(store.cell('alq', 'hw', 2022)?.wert).toBe(5.8);
    expect(store.cell('alq', 'hw', 2023)?.wert).toBe(6.1);
    // row 3 of the sheet, column C
    expect(store.cell('alq', 'hw', 2022)?.source).toEqual({ file: 'data/quellen/ba.xlsx', line: 3, column: 3 });
    expect(problems.find((p) => p.code === 'quelle-gebiete-ausserhalb')?.message).toContain('1 Zeile ');
  });

  it('a sheet that does not exist is named at blatt', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const buffer = await writeXlsxFile([[{ value: 'x' }]]).toBuffer();
    const yaml = 'quelle: BA\nblatt: Tabelle 7\nwerte:\n  - indikator: alq\n';
    const { problems } = project({ 'data/quellen/ba.xlsx': new Uint8Array(buffer), 'data/quellen/ba.yaml': yaml });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'quelle-yaml-ungueltig', file: 'data/quellen/ba.yaml', line: 2 });
    expect(problems[0]?.message).toContain('„Tabelle 7“ gibt es nicht');
  });
});

describe('exports dropped into data/werte', () => {
  it('a Landesamt table without the GENESIS title line: one message, not one per row', () => {
    const table = GENESIS_TABLE.split('\r\n').slice(1).join('\r\n');
    const { problems } = project({ 'data/werte/landesamt.csv': cp1252(table) });
    expect(problems.map((p) => p.code)).toEqual(['export-in-werte']);
  });

  it('a Zensus flat file: one message', () => {
    const { problems } = project({ 'data/werte/zensus.csv': flatFile(',', [['160990000002', 'Eichenau', '1.5']]) });
    expect(problems.map((p) => p.code)).toEqual(['export-in-werte']);
  });

  it('a value file with a date where the year belongs: the hint names the year and data/quellen', () => {
    const { problems } = project({ 'data/werte/w.csv': 'indikator;gebiet;jahr;wert\nbevoelkerung;hw;31.12.2018;61234\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'jahr-ungueltig', line: 2, column: 17 });
    expect(problems[0]?.hint).toContain('das Jahr, für das der Wert gilt: 2018');
  });
});

describe('more layouts of the same exports', () => {
  it('GENESIS table with the date in the first column and two years; merkmal picks the sex', () => {
    const table = [
      'GENESIS-Tabelle: 12411-02-03-5',
      'Bevölkerung: Gemeinden, Stichtag, Geschlecht;;;;',
      'Fortschreibung des Bevölkerungsstandes;;;;',
      ';;;Insgesamt;männlich;weiblich',
      '31.12.2022;16099002;      Eichenau;12400;6050;6350',
      '31.12.2023;16099002;      Eichenau;12500;6100;6400',
      '__________',
      'Stand: 01.03.2024',
    ].join('\n');
    const yaml = 'quelle: Landesamt\nwerte:\n  - spalte: Insgesamt\n    indikator: bevoelkerung\n  - spalte: weiblich\n    indikator: frauen\n';
    const { store, problems, text } = project({ 'data/quellen/b.csv': table, 'data/quellen/b.yaml': yaml });
    expect(problems, text.join('\n')).toEqual([]);
    expect(store.cell('bevoelkerung', 'eichenau', 2022)?.wert).toBe(12400);
    expect(store.cell('frauen', 'eichenau', 2023)?.wert).toBe(6400);
  });

  it('a flat file with a second characteristic: without merkmal one grouped error, with it the values', () => {
    const head = 'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';
    const row = (ars: string, sex: string, label: string, v: string) => `12411;Bevölkerung;STAG;Stichtag;2023-12-31;GEOGM1;Gemeinden;${ars};Ort;GES;Geschlecht;${sex};${label};${v};Anzahl;BEVSTD;Bevölkerungsstand`;
    const file = [head, row('160990000002', 'GESM', 'männlich', '6100'), row('160990000002', 'GESW', 'weiblich', '6400'), row('160990000003', 'GESM', 'männlich', '900'), row('160990000003', 'GESW', 'weiblich', '950')].join('\n');
    const without = project({ 'data/quellen/f.csv': file, 'data/quellen/f.yaml': 'quelle: x\nwerte:\n  - spalte: BEVSTD\n    indikator: frauen\n' });
    expect(without.problems.map((p) => p.code)).toEqual(['quelle-wert-mehrfach', 'quelle-wert-mehrfach']);
    expect(without.problems[0]).toMatchObject({ file: 'data/quellen/f.csv', line: 3 });
    expect(without.problems[0]?.hint).toContain('merkmal:');
    const withMerkmal = project({ 'data/quellen/f.csv': file, 'data/quellen/f.yaml': 'quelle: x\nwerte:\n  - spalte: BEVSTD\n    merkmal: weiblich\n    indikator: frauen\n' });
    expect(withMerkmal.problems).toEqual([]);
    expect(withMerkmal.store.cell('frauen', 'talbrueck', 2023)?.wert).toBe(950);
  });

  it('a table without any date needs jahr in the YAML: one message for all its values', () => {
    const table = ['GENESIS-Tabelle: 99999-01', 'Ohne Stichtag;;', 'Anzahl;;', ';;Insgesamt', '16099002;Eichenau;5', '16099003;Talbrück;7', '16099;Hainwald;12', '16;Thüringen;99', '__________'].join('\n');
    const yaml = 'quelle: x\nwerte:\n  - spalte: Insgesamt\n    indikator: bevoelkerung\n';
    const { problems } = project({ 'data/quellen/t.csv': table, 'data/quellen/t.yaml': yaml });
    expect(problems.map((p) => p.code)).toEqual(['quelle-jahr-fehlt']);
    expect(problems[0]).toMatchObject({ file: 'data/quellen/t.csv', line: 5, column: 19 });
    expect(problems[0]?.message).toContain('3 weiteren');
    expect(problems[0]?.hint).toContain('„data/quellen/t.yaml“');
  });
});

describe('the YAML beside an export', () => {
  it('an export without YAML is not read, with one warning naming the file to write', () => {
    const { problems, store } = project({ 'data/quellen/schulden.csv': INKAR });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['quelle-ohne-yaml', 'warnung']]);
    expect(problems[0]?.hint).toContain('„data/quellen/schulden.yaml“');
    expect(store.years('schulden')).toEqual([]);
  });

  it('a YAML without export, and an unknown key at its line', () => {
    const { problems } = project({
      'data/quellen/leer.yaml': 'quelle: x\nwerte:\n  - indikator: alq\n',
      'data/quellen/schulden.csv': INKAR,
      'data/quellen/schulden.yaml': 'quelle: INKAR\nwerte:\n  - spalte: Schuldnerquote\n    indikator: schulden\n    faktor: 100\n',
    });
    expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['quelle-ohne-export', 'data/quellen/leer.yaml', 1],
      ['quelle-yaml-ungueltig', 'data/quellen/schulden.yaml', 3],
    ]);
    expect(problems[1]?.message).toContain('„faktor“');
  });

  it('an indicator missing from the catalogue is named at its line in the YAML', () => {
    const { problems } = project({ 'data/quellen/schulden.csv': INKAR, 'data/quellen/schulden.yaml': 'quelle: INKAR\nwerte:\n  - spalte: Schuldnerquote\n    indikator: schuldnerquote\n' });
    expect(problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([['quelle-indikator-unbekannt', 'data/quellen/schulden.yaml', 4, 16]]);
  });
});

describe('areas in a wide table', () => {
  it('a misspelt name is an error with a suggestion, not an area outside the project', () => {
    const wide = ['Gebiet;2021;2022', 'Eichenau;6,1;5,9', 'Talbrük;4,2;4,0'].join('\n');
    const { problems } = project({ 'data/quellen/alq.csv': wide, 'data/quellen/alq.yaml': 'quelle: x\nwerte:\n  - indikator: alq\n' });
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['quelle-gebiet-unbekannt', 3, 1]]);
    expect(problems[0]?.hint).toContain('Meinten Sie „Talbrück“?');
  });
});
