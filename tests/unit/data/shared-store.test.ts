/**
 * The data is loaded once per process: the build's check phase and Astro's own copy of the data layer share it
 * (the cache lives on globalThis), and a changed data file is never served from the cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkData } from '../../../src/data/check.ts';
import { getStore, resetStoreCache } from '../../../src/data/index.ts';
import { bumpProjectGeneration } from '../../../src/project-generation.ts';
import { projectPaths, type ProjectPaths } from '../../../src/project.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/data-excel');
let root: string;
let paths: ProjectPaths;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-cache-'));
  fs.cpSync(fixture, root, { recursive: true });
  paths = projectPaths(root);
  resetStoreCache();
});
afterEach(() => {
  resetStoreCache();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A value cell of the fixture, and the file it comes from. */
function firstCell(store = getStore(paths)) {
  const [indikator] = store.indikatoren.keys();
  const gebiet = store.gebieteWith(indikator!)[0]!;
  const jahr = store.years(indikator!)[0]!;
  const cell = store.cell(indikator!, gebiet, jahr)!;
  return { cell, file: path.join(root, cell.source.file) };
}

describe('one load per process', () => {
  it('another copy of the data layer (as Astro bundles it) gets the store the check loaded', async () => {
    const checked = checkData(paths).store;
    vi.resetModules();
    const copy = await import('../../../src/data/index.ts');
    expect(copy.getStore).not.toBe(getStore); // a fresh module instance, as in Astro's bundle
    expect(copy.getStore(paths)).toBe(checked);
    expect(getStore(paths)).toBe(checked);
  });

  it('a second check of unchanged files reuses the result but hands out its own problem list', () => {
    const a = checkData(paths);
    const b = checkData(paths);
    expect(b.store).toBe(a.store);
    expect(b.problems).toEqual(a.problems);
    expect(b.problems).not.toBe(a.problems);
  });
});

describe('never stale', () => {
  it('a value changed right after loading (same file size) is seen', () => {
    const { cell, file } = firstCell();
    const text = fs.readFileSync(file, 'latin1');
    const lines = text.split('\n');
    const at = cell.source.line - 1;
    const line = lines[at]!;
    const col = cell.source.column - 1;
    const digit = line[col]!;
    expect(digit).toMatch(/\d/);
    const other = digit === '9' ? '8' : String(Number(digit) + 1);
    lines[at] = line.slice(0, col) + other + line.slice(col + 1);
    fs.writeFileSync(file, lines.join('\n'), 'latin1');
    expect(firstCell().cell.wert).not.toBe(cell.wert);
  });

  it('a new data file is seen', () => {
    const before = getStore(paths);
    fs.mkdirSync(path.join(root, 'data', 'frei'), { recursive: true });
    fs.writeFileSync(path.join(root, 'data', 'frei', 'neu.csv'), 'jahr,faelle\n2024,12\n');
    const after = getStore(paths);
    expect(after).not.toBe(before);
    expect(after.datasets.get('frei/neu')?.rows).toEqual([{ jahr: 2024, faelle: 12 }]);
  });

  it('after the dev server notices a change, the files are compared again (same content: same store)', () => {
    const before = getStore(paths);
    bumpProjectGeneration();
    expect(getStore(paths)).toBe(before);
  });
});
