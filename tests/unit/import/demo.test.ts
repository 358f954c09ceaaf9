/**
 * The demo's example of an official export (data/quellen/bevoelkerung-2024.csv, a Regionaldatenbank table as
 * downloaded): its numbers are the ones data/werte held before, written by hand here, and it adds no message.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('demo: Bevölkerung 2024 from data/quellen', () => {
  const { store, problems } = checkData(projectPaths(ROOT));

  it('adds no message to the data check', () => {
    expect(problems.filter((p) => p.file.startsWith('data/quellen')).map(formatProblem)).toEqual([]);
  });

  it('reads Land, Kreis and Gemeinden from the export, the Sozialräume still from data/werte', () => {
    const expected: Record<string, number> = { th: 2_095_133, hw: 116_395, hainwald: 28_798, eichenau: 14_328, schoenborn: 4_008 };
    for (const [gebiet, wert] of Object.entries(expected)) {
      const cell = store.cell('bevoelkerung', gebiet, 2024);
      expect(cell?.wert, gebiet).toBe(wert);
      expect(cell?.source.file, gebiet).toBe('data/quellen/bevoelkerung-2024.csv');
    }
    expect(store.cell('bevoelkerung', 'hainwald_nord', 2024)?.wert).toBe(8_012);
    expect(store.cell('bevoelkerung', 'hainwald_nord', 2024)?.source.file).toBe('data/werte/demografie.csv');
    // the year before stays in data/werte
    expect(store.cell('bevoelkerung', 'hw', 2023)?.source.file).toBe('data/werte/demografie.csv');
  });
});
