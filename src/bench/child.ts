/**
 * Runs a benchmark step in its own Node process (a fresh module cache and a fresh Astro, like a planner's
 * `npm run build`). The child prints one line `BENCH {json}` with its figures; everything else is passed on to
 * `onLine` for progress or kept for the error message.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const RESULT_PREFIX = 'BENCH ';

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  onLine?: (line: string) => void;
}

/** Prints the result line of a child step. */
export function reportResult(result: object): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export function runChild<T>(script: string, args: readonly string[], opts: ChildOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, script), ...args], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    let result: T | undefined;
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
        else {
          output.push(line);
          opts.onLine?.(line);
        }
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${script} endete mit Code ${code}:\n${output.slice(-30).join('\n')}`));
    });
  });
}
