/**
 * The project's files as of one revision, read without touching the working tree: a Fassung (any git revision)
 * is read with `git ls-tree` and `git cat-file --batch`; the current state is read from disk.
 * Paths are relative to the project folder, with forward slashes (`content/bericht/01-einleitung.mdx`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { tryGit, type Git } from './git.ts';

/** What is compared: a git revision (usually a Fassung tag) or the working tree as the build sees it. */
export type Revision = { kind: 'git'; rev: string; label: string } | { kind: 'arbeitsstand'; label: string };

export interface RevisionFiles {
  /** Every file below `folder` (recursively), sorted, with its contents. */
  readFolder(folder: string): Map<string, Uint8Array>;
}

export function workingTreeFiles(root: string): RevisionFiles {
  return {
    readFolder(folder) {
      const out = new Map<string, Uint8Array>();
      const walk = (rel: string) => {
        const abs = path.join(root, rel);
        if (!fs.existsSync(abs)) return;
        for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
          const child = `${rel}/${entry.name}`;
          if (entry.isDirectory()) walk(child);
          else if (entry.isFile()) out.set(child, new Uint8Array(fs.readFileSync(path.join(root, child))));
        }
      };
      walk(folder.replace(/\/$/, ''));
      return out;
    },
  };
}

/** Whether the revision's tree is present in this clone (a shallow clone may lack it). */
export function hasRevision(git: Git, rev: string): boolean {
  return tryGit(git, ['cat-file', '-e', `${rev}^{tree}`]) !== null;
}

export function gitRevisionFiles(git: Git, rev: string): RevisionFiles {
  return {
    readFolder(folder) {
      const listing = git.run(['ls-tree', '-r', '-z', rev, '--', folder.replace(/\/$/, '')]);
      const blobs: { file: string; oid: string }[] = [];
      for (const entry of listing.split('\0')) {
        const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
        if (m) blobs.push({ oid: m[1]!, file: m[2]! });
      }
      const out = new Map<string, Uint8Array>();
      if (blobs.length === 0) return out;
      const contents = readBlobs(git, blobs.map((b) => b.oid));
      blobs.sort((a, b) => a.file.localeCompare(b.file));
      for (const b of blobs) out.set(b.file, contents.get(b.oid) ?? new Uint8Array());
      return out;
    },
  };
}

/** Many blobs in one `git cat-file --batch` call: `<oid> blob <size>\n<bytes>\n` per object. */
function readBlobs(git: Git, oids: readonly string[]): Map<string, Uint8Array> {
  const unique = [...new Set(oids)];
  const data = git.bytes(['cat-file', '--batch'], `${unique.join('\n')}\n`);
  const out = new Map<string, Uint8Array>();
  let i = 0;
  while (i < data.length) {
    const nl = data.indexOf(0x0a, i);
    if (nl < 0) break;
    const header = new TextDecoder().decode(data.subarray(i, nl));
    const [oid, type, size] = header.split(' ');
    if (!oid || type === 'missing' || !size) {
      i = nl + 1;
      continue;
    }
    const start = nl + 1;
    const end = start + Number(size);
    out.set(oid, data.slice(start, end));
    i = end + 1;
  }
  return out;
}

/** The files of `revision`; each folder is read once per returned object. */
export function revisionFiles(git: Git, root: string, revision: Revision): RevisionFiles {
  const files = revision.kind === 'arbeitsstand' ? workingTreeFiles(root) : gitRevisionFiles(git, revision.rev);
  const read = new Map<string, Map<string, Uint8Array>>();
  return {
    readFolder(folder) {
      let hit = read.get(folder);
      if (!hit) read.set(folder, (hit = files.readFolder(folder)));
      return hit;
    },
  };
}
