/** The swap of a finished build into dist/, and the clean-up after killed builds (src/output/staging.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftovers, stageOutput } from '../../../src/output/staging.ts';

let parent: string;
let dist: string;
const read = (dir: string) => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ausgabe-'));
  dist = path.join(parent, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), 'alt');
  fs.writeFileSync(path.join(dist, 'nur-alt.html'), 'alt');
});
afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('staged output', () => {
  it('is written next to dist/ and replaces it completely on publish', () => {
    const staged = stageOutput(dist, 4242);
    expect(staged.dir).toBe(path.join(parent, 'dist.neu-4242'));
    fs.writeFileSync(path.join(staged.dir, 'index.html'), 'neu');
    expect(read(dist)).toEqual({ 'index.html': 'alt', 'nur-alt.html': 'alt' });
    staged.publish();
    expect(read(dist)).toEqual({ 'index.html': 'neu' });
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves dist/ as it was on discard', () => {
    const staged = stageOutput(dist, 4242);
    fs.writeFileSync(path.join(staged.dir, 'index.html'), 'neu');
    staged.discard();
    expect(read(dist)).toEqual({ 'index.html': 'alt', 'nur-alt.html': 'alt' });
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  });

  it('creates dist/ when there was none', () => {
    fs.rmSync(dist, { recursive: true });
    const staged = stageOutput(dist, 4242);
    fs.writeFileSync(path.join(staged.dir, 'index.html'), 'neu');
    staged.publish();
    expect(read(dist)).toEqual({ 'index.html': 'neu' });
  });
});

describe('leftovers of killed builds', () => {
  it('removes the folders of builds that no longer run and keeps those of running ones', () => {
    for (const name of ['dist.neu-11', 'dist.alt-12', 'dist.neu-13', 'distanz', 'dist.neu-x']) fs.mkdirSync(path.join(parent, name));
    const removed = removeLeftovers(dist, (pid) => pid === 13, 99);
    expect(removed.map((d) => path.basename(d)).sort()).toEqual(['dist.alt-12', 'dist.neu-11']);
    expect(fs.readdirSync(parent).sort()).toEqual(['dist', 'dist.neu-13', 'dist.neu-x', 'distanz']);
    expect(read(dist)).toEqual({ 'index.html': 'alt', 'nur-alt.html': 'alt' });
  });

  it('puts the old site back when a build was killed between its two renames', () => {
    fs.renameSync(dist, path.join(parent, 'dist.alt-12'));
    fs.mkdirSync(path.join(parent, 'dist.neu-12'));
    removeLeftovers(dist, () => false, 99);
    expect(read(dist)).toEqual({ 'index.html': 'alt', 'nur-alt.html': 'alt' });
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  });
});
