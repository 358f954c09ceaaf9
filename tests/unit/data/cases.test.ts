/**
 * Smaller mistakes, each in a throw-away project written by the test (so each case stays visible here).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { dataProjects } from '../../helpers/data-project.ts';

const GEBIETE = 'id,name,ebene,eltern\nhw,Landkreis Hainwald,kreis,\nau,Auenstedt,gemeinde,hw\n';
const INDIKATOREN = 'id,titel,einheit,lebenslage,definition,quelle,richtung,nachkommastellen\nquote,Quote,%,Arbeit,Anteil,BA,neutral,1\n';
const projects = dataProjects('daten');

/** Writes a project with the base files plus `files` (path below data/ → content) and checks it. */
function check(files: Record<string, string | Uint8Array>) {
  const root = projects.write({ 'gebiete/gebiete.csv': GEBIETE, 'indikatoren/indikatoren.csv': INDIKATOREN, ...files });
  const result = checkData(projectPaths(root));
  return { ...result, printed: result.problems.map((p) => formatProblem(p).split('\n')[0]) };
}

afterAll(() => projects.cleanup());

describe('rows and fields', () => {
  it('a missing field is reported where the line ends', () => {
    const { printed } = check({ 'werte/w.csv': 'indikator,gebiet,jahr,wert\nquote,hw,2024\n' });
    expect(printed).toEqual(['data/werte/w.csv:2:14: fehler: Die Zeile hat 3 Felder, erwartet werden 4 (indikator,gebiet,jahr,wert).']);
  });

  it('an empty value is a warning and shown as `.`', () => {
    const { printed, store } = check({ 'werte/w.csv': 'indikator;gebiet;jahr;wert\nquote;hw;2024;\n' });
    expect(printed).toEqual(['data/werte/w.csv:2:15: warnung: Die Zeile hat keinen Wert; er wird als „.“ (Zahlenwert unbekannt) gezeigt.']);
    expect(store.cell('quote', 'hw', 2024)).toMatchObject({ wert: null, symbol: '.' });
  });

  it('the same value twice is only a warning', () => {
    const { printed } = check({ 'werte/w.csv': 'indikator,gebiet,jahr,wert\nquote,hw,2024,5.0\nquote,hw,2024,5\n' });
    expect(printed).toEqual([
      'data/werte/w.csv:3:15: warnung: Der Wert für Indikator „quote“, Gebiet „hw“, Jahr 2024 steht doppelt (gleich in data/werte/w.csv:2).',
    ]);
  });

  it('a header without rows is a warning', () => {
    expect(check({ 'werte/w.csv': 'indikator,gebiet,jahr,wert\n' }).printed).toEqual([
      'data/werte/w.csv:1:1: warnung: Die Datei enthält nur die Kopfzeile, keine Daten.',
    ]);
  });

  it('header names are matched case-insensitively', () => {
    const { problems, store } = check({ 'werte/w.csv': 'Indikator;Gebiet;Jahr;Wert\nquote;hw;2024;5,5\n' });
    expect(problems).toEqual([]);
    expect(store.cell('quote', 'hw', 2024)?.wert).toBe(5.5);
  });

  it('a year written with a thousands dot gets a precise hint', () => {
    const { problems } = check({ 'werte/w.csv': 'indikator;gebiet;jahr;wert\nquote;hw;2.024;5\n' });
    expect(formatProblem(problems[0]!)).toContain('Schreiben Sie das Jahr ohne Tausenderpunkt: 2024.');
  });
});

describe('gebiete', () => {
  it('ids must not contain spaces or commas', () => {
    const { printed } = check({ 'gebiete/mehr.csv': 'id,name,ebene,eltern\nnord ost,Nordost,gemeinde,hw\n' });
    expect(printed).toEqual(['data/gebiete/mehr.csv:2:1: fehler: „nord ost“ taugt nicht als Kennung (Spalte „id“).']);
  });

  it('a circle of eltern is an error', () => {
    const { printed } = check({ 'gebiete/gebiete.csv': 'id,name,ebene,eltern\na,A,kreis,b\nb,B,gemeinde,a\n' });
    expect(printed).toEqual(['data/gebiete/gebiete.csv:2:1: fehler: Die Gebiete enthalten sich im Kreis: a → b → a.']);
  });
});

describe('files', () => {
  it('UTF-16 („Unicode-Text“ from Excel) is named as such', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('indikator\tgebiet\n', 'utf16le')]);
    expect(check({ 'werte/w.csv': bytes }).printed).toEqual([
      'data/werte/w.csv:1:1: fehler: Die Datei ist als „Unicode-Text“ (UTF-16) gespeichert, nicht als CSV.',
    ]);
  });

  it('other binary files are not read as text', () => {
    const { printed } = check({ 'frei/bild.csv': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
    // The NUL byte is the fifth byte of line 1.
    expect(printed).toEqual(['data/frei/bild.csv:1:5: fehler: Die Datei enthält keinen Text, sondern Binärdaten (z. B. eine umbenannte Excel-Datei): hier steht ein Null-Byte.']);
  });

  it('a header with one column hints at the delimiter', () => {
    const { problems } = check({ 'werte/w.csv': 'indikator gebiet jahr wert\nquote hw 2024 5\n' });
    expect(problems[0]?.hint).toBe('Die Kopfzeile hat nur eine Spalte: Trennen Sie die Spalten mit „;“ oder „,“.');
  });

  it('GeoJSON that is not a FeatureCollection', () => {
    expect(check({ 'geo/g.geojson': '{"type":"Feature","properties":{"id":"hw"},"geometry":null}' }).printed).toEqual([
      'data/geo/g.geojson:1:1: fehler: Die Datei ist keine GeoJSON-FeatureCollection: „type“ ist „Feature“.',
    ]);
  });
});
