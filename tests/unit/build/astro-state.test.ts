/**
 * Two runs at once must not share the tool's `.astro/` folder for different projects, nor two builds at once
 * (src/astro-state.ts). Runs are simulated in one process with their own pids; which pids "run" is given by the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useAstroState } from '../../../src/astro-state.ts';

const tools: string[] = [];
afterEach(() => {
  for (const t of tools.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

function tool(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-astro-state-'));
  tools.push(dir);
  return dir;
}

const marker = (root: string) => fs.readFileSync(path.join(root, '.astro', 'sozialbericht-projekt.txt'), 'utf8');

describe('the tool’s .astro folder, shared by runs', () => {
  it('lets a build of another project wait, with a message, until the first build is done; then empties the folder', async () => {
    const root = tool();
    const alive = new Set([101, 202]);
    const running = (pid: number) => alive.has(pid);
    const releaseA = await useAstroState(root, '/projekte/hainwald', { kind: 'bau', pid: 101, running });
    fs.writeFileSync(path.join(root, '.astro', 'content-modules.mjs'), '// Hainwald');

    const notices: string[] = [];
    let waits = 0;
    const b = useAstroState(root, '/projekte/musterkreis', {
      kind: 'bau',
      pid: 202,
      running,
      noticeMs: 0,
      notice: (m) => notices.push(m),
      sleep: async () => {
        if (++waits === 3) releaseA(); // the first build ends while the second waits
      },
    });
    await b;
    expect(waits).toBe(3);
    expect(notices[0]).toBe(
      'Warte seit 0 s: ein anderer Bau des Projekts /projekte/hainwald läuft gerade (Prozess 101). Zwei Läufe gleichzeitig würden ihre Kapitel vermischen; dieser beginnt, sobald jener fertig ist.',
    );
    // the first project's files are gone, the folder is the second's
    expect(fs.existsSync(path.join(root, '.astro', 'content-modules.mjs'))).toBe(false);
    expect(marker(root)).toBe('/projekte/musterkreis');
  });

  it('lets a preview and a build of the same project run side by side, and keeps the folder', async () => {
    const root = tool();
    const running = () => true;
    const sleep = async () => {
      throw new Error('hätte nicht warten dürfen');
    };
    await useAstroState(root, '/projekte/hainwald', { kind: 'vorschau', pid: 301, running, sleep });
    fs.writeFileSync(path.join(root, '.astro', 'data-store.json'), '{}');
    await useAstroState(root, '/projekte/hainwald', { kind: 'bau', pid: 302, running, sleep });
    expect(fs.existsSync(path.join(root, '.astro', 'data-store.json'))).toBe(true);
  });

  it('makes a second build of the same project wait (their prerendered pages would share a folder)', async () => {
    const root = tool();
    const running = () => true;
    await useAstroState(root, '/projekte/hainwald', { kind: 'bau', pid: 401, running });
    const notices: string[] = [];
    const waiting = useAstroState(root, '/projekte/hainwald', {
      kind: 'bau',
      pid: 402,
      running,
      noticeMs: 0,
      notice: (m) => notices.push(m),
      sleep: async () => {
        throw new Error('wartet');
      },
    });
    await expect(waiting).rejects.toThrow('wartet');
    expect(notices).toHaveLength(1);
  });

  it('ignores the entry of a run whose process is gone (killed)', async () => {
    const root = tool();
    await useAstroState(root, '/projekte/hainwald', { kind: 'bau', pid: 501, running: () => true });
    const sleep = async () => {
      throw new Error('hätte nicht warten dürfen');
    };
    await useAstroState(root, '/projekte/musterkreis', { kind: 'bau', pid: 502, running: (pid) => pid === 502, sleep });
    expect(marker(root)).toBe('/projekte/musterkreis');
  });
});
