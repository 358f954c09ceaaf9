/**
 * `dev_edit_ms`: from saving a chapter to fresh HTML from the dev server. Starts `astro dev` in a child process,
 * loads the chapter page once (the first request compiles everything), then edits the marker sentence and polls
 * the page until the new text is there. Repeated a few times; the median counts. The chapter is restored.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RESULT_PREFIX } from './child.ts';

export interface DevEdit {
  /** Median of the runs. */
  ms: number;
  runs: number[];
  firstLoadMs: number;
}

export async function measureDevEdit(opts: {
  project: string;
  cacheDir: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  chapterFile: string;
  pagePath: string;
  marker: string;
  runs?: number;
}): Promise<DevEdit> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'dev-child.ts'), opts.project, opts.cacheDir], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const original = fs.readFileSync(opts.chapterFile, 'utf8');
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const output: string[] = [];
      const take = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (line.startsWith(RESULT_PREFIX)) resolve((JSON.parse(line.slice(RESULT_PREFIX.length)) as { port: number }).port);
          else if (line.trim()) output.push(line);
        }
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('close', (code) => reject(new Error(`astro dev endete mit Code ${code}:\n${output.slice(-20).join('\n')}`)));
    });
    const url = `http://127.0.0.1:${port}${opts.pagePath}`;
    let t = performance.now();
    // The first request compiles everything; while the server still syncs content it may answer with an error page.
    let first = await fetchText(url);
    while (!first.includes(opts.marker)) {
      if (performance.now() - t > 60_000) throw new Error(`Die Kapitelseite ${url} enthält den Markierungssatz nicht.`);
      await new Promise((r) => setTimeout(r, 200));
      first = await fetchText(url);
    }
    const firstLoadMs = performance.now() - t;
    const runs: number[] = [];
    for (let i = 0; i < (opts.runs ?? 3); i++) {
      const fresh = opts.marker.replace('Fassung A', `Fassung B${i + 1}`);
      fs.writeFileSync(opts.chapterFile, original.replace(opts.marker, fresh));
      t = performance.now();
      for (;;) {
        if ((await fetchText(url)).includes(fresh)) break;
        if (performance.now() - t > 60_000) throw new Error(`Der Entwicklungsserver zeigt die Änderung nach 60 s noch nicht (${url}).`);
        await new Promise((r) => setTimeout(r, 10));
      }
      runs.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 300));
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)]!, runs, firstLoadMs };
  } finally {
    fs.writeFileSync(opts.chapterFile, original);
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  }
}

/** The page's HTML, or '' while the dev server is not answering (it restarts when it sees new files). */
async function fetchText(url: string): Promise<string> {
  try {
    const res = await fetch(url);
    return await res.text();
  } catch {
    return '';
  }
}
