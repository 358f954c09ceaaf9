/**
 * Every number is read as meant or the check says where it cannot be: the decimal separator decided per column,
 * values the website cannot publish exactly, damaged UTF-8, and hostile files (huge ids, fields, headers,
 * files) that must fail with a located message in bounded memory, one message per cause.
 * Each case is a throw-away project written here; expected messages are written out by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { dataProjects } from '../../helpers/data-project.ts';

const GEBIETE = 'id,name,ebene,eltern\nhw,Landkreis Hainwald,kreis,\nau,Auenstedt,gemeinde,hw\n';
const INDIKATOREN = 'id,titel,einheit,lebenslage,definition,quelle,richtung,nachkommastellen\nquote,Quote,%,Arbeit,Anteil,BA,neutral,1\n';
const HEAD = 'indikator;gebiet;jahr;wert\n';
const projects = dataProjects('vertrauen');

function project(files: Record<string, string | Uint8Array>): string {
  return projects.write({ 'gebiete/gebiete.csv': GEBIETE, 'indikatoren/indikatoren.csv': INDIKATOREN, ...files });
}

function check(files: Record<string, string | Uint8Array>) {
  const result = checkData(projectPaths(project(files)));
  const printed = result.problems.map(formatProblem);
  return { ...result, printed, first: printed.map((p) => p.split('\n')[0] ?? '') };
}

afterAll(() => projects.cleanup());

describe('the decimal separator, decided per column', () => {
  it('`0.125` and `7.280` in a `;` file: the point in `0.125` decides, `7.280` is 7.28', () => {
    const { store, problems } = check({ 'werte/w.csv': `${HEAD}quote;hw;2023;0.125\nquote;hw;2024;7.280\n` });
    expect(problems).toEqual([]);
    expect(store.cell('quote', 'hw', 2023)?.wert).toBe(0.125);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(7.28);
  });

  it('`1.234,5` decides for the comma: `7.280` in the same column is 7280', () => {
    const { store, problems } = check({ 'werte/w.csv': `${HEAD}quote;hw;2023;1.234,5\nquote;hw;2024;7.280\nquote;au;2024;0,125\n` });
    expect(problems).toEqual([]);
    expect(store.cell('quote', 'hw', 2023)?.wert).toBe(1234.5);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(7280);
    expect(store.cell('quote', 'au', 2024)?.wert).toBe(0.125);
  });

  it('a column of only `7.280`-like values is ambiguous: an error at the first, asking for the setting', () => {
    const { first, printed, store } = check({ 'werte/w.csv': `${HEAD}quote;hw;2023;7.280\nquote;hw;2024;1.000\nquote;au;2024;12\n` });
    expect(first).toEqual([
      'data/werte/w.csv:2:15: fehler: „7.280“ in Spalte „wert“ ist mehrdeutig: mit Tausenderpunkt gelesen 7280, mit Dezimalpunkt gelesen 7,28; ebenso ein weiterer Wert dieser Spalte. Kein Wert der Spalte zeigt, welches Dezimalzeichen die Datei verwendet.',
    ]);
    expect(printed[0]).toContain('„data/werte/w.einstellungen.yaml“ mit der Zeile „dezimalzeichen: komma“');
    expect(store.cell('quote', 'au', 2024)).toBeUndefined(); // nothing of the file is read
  });

  it('the setting `dezimalzeichen: komma` next to the file resolves it', () => {
    const { store, problems } = check({
      'werte/w.csv': `${HEAD}quote;hw;2023;7.280\nquote;hw;2024;1.000\n`,
      'werte/w.einstellungen.yaml': 'dezimalzeichen: komma\n',
    });
    expect(problems).toEqual([]);
    expect(store.cell('quote', 'hw', 2023)?.wert).toBe(7280);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(1000);
  });

  it('the setting `dezimalzeichen: punkt` reads the same values as 7.28 and 1', () => {
    const { store } = check({ 'werte/w.csv': `${HEAD}quote;hw;2023;7.280\nquote;hw;2024;1.000\n`, 'werte/w.einstellungen.yaml': 'dezimalzeichen: punkt\n' });
    expect(store.cell('quote', 'hw', 2023)?.wert).toBe(7.28);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(1);
  });

  it('a wrong setting is an error at its value', () => {
    const { first } = check({ 'werte/w.csv': `${HEAD}quote;hw;2023;7.280\n`, 'werte/w.einstellungen.yaml': 'dezimalzeichen: dot\n' });
    expect(first).toEqual(['data/werte/w.einstellungen.yaml:1:17: fehler: Die Einstellungen der Datei sind ungültig: „dezimalzeichen“ muss „komma“ oder „punkt“ sein.']);
  });

  it('a column mixing both readings: each value of the minority is an error at its place', () => {
    const { first, store } = check({ 'werte/w.csv': `${HEAD}quote;hw;2022;12.5\nquote;hw;2023;3.75\nquote;hw;2024;4,5\n` });
    expect(first).toEqual([
      'data/werte/w.csv:4:15: fehler: „4,5“ in Spalte „wert“ hat ein Dezimalkomma, die übrigen Zahlen der Spalte einen Dezimalpunkt (zuerst „12.5“ in data/werte/w.csv:2). Welche Zahl gemeint ist, lässt sich nicht sicher sagen.',
    ]);
    expect(store.cell('quote', 'hw', 2024)).toBeUndefined();
  });

  it('free datasets decide per column too: a point column and a comma column in one file', () => {
    const { store, problems } = check({ 'frei/t.csv': 'gemeinde;anteil;einwohner\nAuenstedt;0.125;1.234,0\nBirkenau;7.280;12.345\n' });
    expect(problems).toEqual([]);
    expect(store.datasets.get('frei/t')?.rows).toEqual([
      { gemeinde: 'Auenstedt', anteil: 0.125, einwohner: 1234 },
      { gemeinde: 'Birkenau', anteil: 7.28, einwohner: 12345 },
    ]);
  });
});

describe('values the website cannot publish exactly', () => {
  const { first } = check({
    'werte/w.csv': `indikator,gebiet,jahr,wert\nquote,hw,2020,${'9'.repeat(400)}\nquote,hw,2021,12345678901234567890\nquote,hw,2022,inf\nquote,hw,2023,Infinity\nquote,au,2022,-0\nquote,au,2023,-0.0\nquote,au,2024,123456789012345\n`,
  });

  it('a 400-digit value, at its field', () => {
    expect(first).toContain('data/werte/w.csv:2:15: fehler: „9999999999999999999999999999999999999999… (400 Zeichen)“ in Spalte „wert“ hat mehr als 15 gültige Ziffern und kann nicht genau veröffentlicht werden (es würde gerundet oder als „∞“ gezeigt).');
  });

  it('a 20-digit value', () => {
    expect(first).toContain('data/werte/w.csv:3:15: fehler: „12345678901234567890“ in Spalte „wert“ hat mehr als 15 gültige Ziffern und kann nicht genau veröffentlicht werden (es würde gerundet oder als „∞“ gezeigt).');
  });

  it('`inf` and `Infinity`', () => {
    expect(first).toContain('data/werte/w.csv:4:15: fehler: „inf“ in Spalte „wert“ ist keine endliche Zahl (z. B. das Ergebnis einer Division durch 0).');
    expect(first).toContain('data/werte/w.csv:5:15: fehler: „Infinity“ in Spalte „wert“ ist keine endliche Zahl (z. B. das Ergebnis einer Division durch 0).');
  });

  it('`-0` and `-0.0`', () => {
    expect(first).toContain('data/werte/w.csv:6:15: fehler: „-0“ in Spalte „wert“ ist eine negative Null; veröffentlicht würde „0“ ohne das Vorzeichen.');
    expect(first).toContain('data/werte/w.csv:7:15: fehler: „-0.0“ in Spalte „wert“ ist eine negative Null; veröffentlicht würde „0“ ohne das Vorzeichen.');
  });

  it('15 significant digits are still a number (nothing else reported)', () => {
    expect(first).toHaveLength(6);
  });
});

describe('encoding', () => {
  it('one invalid byte in a UTF-8 file: an error naming line, column and byte, not a silent Windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('id;name;ebene;eltern\nth;Thüringen;land;\nhw;Hainw'), Buffer.from([0xe4]), Buffer.from('ld;kreis;th\n')]);
    const { first, store } = check({ 'gebiete/gebiete.csv': bytes });
    // Byte 50: 21 bytes of header, 20 of line 2 (ü has two bytes), then `hw;Hainw` (8 bytes): 0xE4 is the 50th byte.
    expect(first).toEqual([
      'data/gebiete/gebiete.csv:3:9: fehler: Das Byte 0xE4 (Byte 50 der Datei) ist kein gültiges UTF-8, obwohl die Datei sonst UTF-8 ist. Die Datei wird nicht gelesen, damit keine Umlaute verfälscht veröffentlicht werden.',
    ]);
    expect(store.gebiete.size).toBe(0);
  });

  it('a genuine Windows-1252 file (German Excel) is read with its umlauts', () => {
    const bytes = Buffer.from('id;name;ebene;eltern\nth;Th\xfcringen;land;\nmue;M\xfchlbach;gemeinde;th\nhw;Gro\xdfheim an der \xc4ue;kreis;th\n', 'latin1');
    expect(bytes.includes(0xfc)).toBe(true); // ü as one byte: not UTF-8
    const { problems, store } = check({ 'gebiete/gebiete.csv': bytes });
    expect(problems).toEqual([]);
    expect([...store.gebiete.values()].map((g) => g.name)).toEqual(['Thüringen', 'Mühlbach', 'Großheim an der Äue']);
  });
});

describe('Windows-1252 or damaged UTF-8: the rule at its edges', () => {
  it('a Windows-1252 file where „ß“ before „–“ happens to form a valid UTF-8 pair is still Windows-1252', () => {
    // 0xDF 0x96 („ß–“) is valid UTF-8 (U+07D6); the file's other umlauts (0xFC, 0xE4, 0xF6) are not.
    const bytes = Buffer.from('id;name;ebene;eltern\nth;Th\xfcringen;land;\nmue;M\xfchlbach;gemeinde;th\nhw;Gro\xdf\x96Heim;kreis;th\nka;K\xe4rnten;gemeinde;th\nb\xf6;B\xf6hlen;gemeinde;th\n', 'latin1');
    const { problems, store } = check({ 'gebiete/gebiete.csv': bytes });
    expect(problems).toEqual([]);
    expect([...store.gebiete.values()].map((g) => g.name)).toEqual(['Thüringen', 'Mühlbach', 'Groß–Heim', 'Kärnten', 'Böhlen']);
  });

  it('a UTF-8 file with a BOM and one broken byte is damaged UTF-8, even without other umlauts', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id;name;ebene;eltern\nhw;Hainw'), Buffer.from([0xe4]), Buffer.from('ld;kreis;\n')]);
    const { first } = check({ 'gebiete/gebiete.csv': bytes });
    // The BOM does not count as a column: 0xE4 is the 9th character of line 2 (byte 3 + 21 + 8 + 1 = 33).
    expect(first).toEqual([
      'data/gebiete/gebiete.csv:2:9: fehler: Das Byte 0xE4 (Byte 33 der Datei) ist kein gültiges UTF-8, obwohl die Datei sonst UTF-8 ist. Die Datei wird nicht gelesen, damit keine Umlaute verfälscht veröffentlicht werden.',
    ]);
  });
});

describe('every rejected file has a line and column', () => {
  it('UTF-16 without BOM is named as such, at line 1 column 1', () => {
    const { first } = check({ 'werte/w.csv': Buffer.from('indikator,gebiet,jahr,wert\n', 'utf16le') });
    expect(first).toEqual(['data/werte/w.csv:1:1: fehler: Die Datei ist als „Unicode-Text“ (UTF-16) gespeichert, nicht als CSV.']);
  });

  it('an empty file, a header-only file and a file of `;;;` all point at line 1', () => {
    const { problems } = check({ 'werte/a.csv': '', 'werte/b.csv': 'indikator;gebiet;jahr;wert\n', 'werte/c.csv': ';;;\n', 'frei/d.csv': '\ufeff' });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
      'data/frei/d.csv:1:1 datei-leer',
      'data/werte/a.csv:1:1 datei-leer',
      'data/werte/b.csv:1:1 keine-zeilen',
      'data/werte/c.csv:1:1 datei-leer',
    ]);
  });
});

describe('hostile input: located, one message per cause, bounded', { timeout: 60_000 }, () => {
  it('10,000 bad rows give one message with the count and the first lines', () => {
    const { first } = check({ 'werte/w.csv': `indikator,gebiet,jahr,wert\n${'quote,hw,20x4,5\n'.repeat(10_000)}` });
    expect(first).toEqual(['data/werte/w.csv:2:10: fehler: „20x4“ ist kein Jahr. … ebenso in 9.999 weiteren Zeilen, zuerst Zeile 3, 4, 5.']);
  });

  it('100,000 extra header columns give one message for them, and the whole output stays small', () => {
    const header = `indikator,gebiet,jahr,wert${Array.from({ length: 100_000 }, (_, i) => `,x${i}`).join('')}`;
    const { printed, first } = check({ 'werte/w.csv': `${header}\nquote,hw,2024,5\n` });
    expect(first.filter((p) => p.includes('ist unbekannt'))).toEqual([
      'data/werte/w.csv:1:28: warnung: Die Spalte „x0“ ist unbekannt und wird nicht gelesen. … ebenso an 99.999 weiteren Stellen dieser Zeile, zuerst Spalte 31, 34, 37.',
    ]);
    expect(first).toContain('data/werte/w.csv:2:16: fehler: Die Zeile hat 4 Felder, erwartet werden 100.004 (indikator,gebiet,jahr,wert,x0,x1,x2,x3,… (insgesamt 100.004 Spalten)).');
    expect(printed.join('\n').length).toBeLessThan(2000);
  });

  it('a 5,000,000-character id: a located error, no stack overflow', () => {
    const { first } = check({ 'werte/w.csv': `${HEAD}quote;${'a'.repeat(5_000_000)};2024;5\n` });
    expect(first).toEqual(['data/werte/w.csv:2:7: fehler: Ein Feld ist 5.000.000 Zeichen lang; erlaubt sind höchstens 10.000. Die Datei wird deshalb nicht gelesen.']);
  });

  it('the same id quoted (the csv-parse path): the record limit stops it, located at the row', () => {
    const { first } = check({ 'gebiete/gebiete.csv': `id;name;ebene;eltern\n"${'a'.repeat(5_000_000)}";X;kreis;\n` });
    expect(first).toEqual(['data/gebiete/gebiete.csv:2:1: fehler: Ab hier ist eine Zeile länger als 1.000.000 Zeichen. Die Datei wird deshalb nicht gelesen.']);
  });

  it('a quoted field of 20,000 characters: the field limit, at the field', () => {
    const { first } = check({ 'gebiete/gebiete.csv': `id;name;ebene;eltern\nhw;"${'a'.repeat(20_000)}";kreis;\n` });
    expect(first).toEqual(['data/gebiete/gebiete.csv:2:4: fehler: Ein Feld ist 20.000 Zeichen lang; erlaubt sind höchstens 10.000. Die Datei wird deshalb nicht gelesen.']);
  });

  it('an id of 150 characters (within the field limit): too long for an id, at its field', () => {
    const { first } = check({ 'gebiete/gebiete.csv': `id;name;ebene;eltern\n${'b'.repeat(150)};X;kreis;\n` });
    expect(first).toEqual(['data/gebiete/gebiete.csv:2:1: fehler: Die Kennung in Spalte „id“ ist 150 Zeichen lang; erlaubt sind höchstens 100.']);
  });

  it('one quoted field over a whole file: the record limit stops csv-parse, located at the opening quote', () => {
    const { first } = check({ 'werte/w.csv': `${HEAD}quote;hw;2024;"${'1'.repeat(1_200_000)}\n` });
    expect(first).toEqual(['data/werte/w.csv:2:1: fehler: Ab hier ist eine Zeile länger als 1.000.000 Zeichen. Die Datei wird deshalb nicht gelesen.']);
  });

  it('a file over 50 MB is refused without being read', () => {
    const root = project({});
    const file = path.join(root, 'data', 'werte', 'riesig.csv');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A sparse file: 60 MB long, but no byte written; reading it would take 60 MB of memory.
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 60_000_000);
    fs.closeSync(fd);
    const read = fs.readFileSync;
    const opened: string[] = [];
    (fs as { readFileSync: unknown }).readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      opened.push(String(p));
      return (read as (...a: unknown[]) => unknown)(p, ...rest);
    };
    let first: string[];
    try {
      first = checkData(projectPaths(root)).problems.map((p) => formatProblem(p).split('\n')[0] ?? '');
    } finally {
      (fs as { readFileSync: unknown }).readFileSync = read;
    }
    expect(first).toEqual(['data/werte/riesig.csv:1:1: fehler: Die Datei ist 60 MB groß; gelesen werden Dateien bis 50 MB.']);
    expect(opened.filter((p) => p.endsWith('riesig.csv'))).toEqual([]);
  });
});
