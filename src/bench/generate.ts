/**
 * Writes the deterministic synthetic project of the benchmark (content/ and data/) into `root`.
 * The same scale always gives the same files, so figures from different runs compare.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeContent, type BenchContent } from './content.ts';
import { writeData, type BenchData } from './data.ts';
import type { BenchScale } from './scale.ts';

export interface BenchProject {
  root: string;
  data: BenchData;
  content: BenchContent;
}

export function generateProject(root: string, scale: BenchScale): BenchProject {
  fs.rmSync(path.join(root, 'content'), { recursive: true, force: true });
  fs.rmSync(path.join(root, 'data'), { recursive: true, force: true });
  const data = writeData(path.join(root, 'data'), scale);
  const content = writeContent(path.join(root, 'content'), scale, data);
  commit(root);
  return { root, data, content };
}

/** Planners work in a git clone (version stamp, Fassungen): the project gets one commit with a fixed date. */
function commit(root: string): void {
  const date = '2026-11-02T10:00:00+01:00';
  const who = { GIT_AUTHOR_NAME: 'Benchmark', GIT_AUTHOR_EMAIL: 'bench@benchheim.example', GIT_COMMITTER_NAME: 'Benchmark', GIT_COMMITTER_EMAIL: 'bench@benchheim.example' };
  const env = { ...process.env, ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Synthetischer Bericht für die Leistungsmessung');
}
