/**
 * The data of one revision, validated by the data layer exactly as a build would: the working tree is read in
 * place; a git revision's `data/` is written to a temporary folder first (the planner's working tree is never
 * touched) and removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkData, type CheckResult } from '../data/check.ts';
import { projectPaths } from '../project.ts';
import type { Revision, RevisionFiles } from './revision.ts';

/** Loaded data per revision (`rev` or `arbeitsstand`), when the caller wants to share it across comparisons. */
export type DataCache = Map<string, CheckResult>;

export function loadRevisionData(root: string, revision: Revision, files: RevisionFiles, cache?: DataCache): CheckResult {
  const key = revision.kind === 'git' ? `git:${revision.rev}` : `arbeitsstand:${root}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const result = load(root, revision, files);
  cache?.set(key, result);
  return result;
}

function load(root: string, revision: Revision, files: RevisionFiles): CheckResult {
  if (revision.kind === 'arbeitsstand') return checkData(projectPaths(root));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bericht-fassung-'));
  try {
    for (const [file, bytes] of files.readFolder('data')) {
      const abs = path.join(tmp, file);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, bytes);
    }
    return checkData(projectPaths(tmp));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
