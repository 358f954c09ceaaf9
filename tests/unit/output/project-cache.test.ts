/** Every cache folder belongs to one project; folders of projects that are gone are cleared (src/project-cache.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { astroCacheDir, claimCacheFolder, projectCacheKey } from '../../../src/project-cache.ts';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caches-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('project caches', () => {
  it('give two projects with the same folder name different cache folders, named after the project', () => {
    const a = path.join(tmp, 'a', 'bericht');
    const b = path.join(tmp, 'b', 'bericht');
    expect(projectCacheKey(a)).toMatch(/^bericht-[0-9a-f]{16}$/);
    expect(projectCacheKey(a)).not.toBe(projectCacheKey(b));
    expect(projectCacheKey(a)).toBe(projectCacheKey(`${a}/`));
    expect(astroCacheDir('/werkzeug', a)).toBe(path.join('/werkzeug', 'node_modules', '.astro', projectCacheKey(a)));
  });

  it('mark their owner and clear the folders of projects that no longer exist', () => {
    const base = path.join(tmp, 'cache');
    const live = path.join(tmp, 'lebt');
    const gone = path.join(tmp, 'weg');
    fs.mkdirSync(live);
    fs.mkdirSync(gone);
    claimCacheFolder(path.join(base, 'weg'), gone);
    fs.writeFileSync(path.join(base, 'weg', 'x.svg'), '<svg/>');
    fs.mkdirSync(path.join(base, 'ohne-marke'));
    fs.rmSync(gone, { recursive: true });
    claimCacheFolder(path.join(base, 'lebt'), live);
    expect(fs.readdirSync(base).sort()).toEqual(['lebt', 'ohne-marke']);
    expect(fs.readFileSync(path.join(base, 'lebt', 'projekt.txt'), 'utf8')).toBe(live);
  });
});
