/**
 * A file a planner names in a settings file (`logo:` in publikation.yaml) must lie inside what planners write,
 * the project's `content/` folder: whatever it names is read and published (the logo is embedded in the print page
 * and the PDF). Relative to the folder of the settings file; an absolute path, a `..` that leaves `content/`, or a
 * symbolic link whose target lies outside it is refused before anything is read.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ProjectFile =
  | { ok: true; file: string }
  /** `absolut`: `/etc/hostname`, `C:\…`, `\\server\…`; `ausserhalb`: `../../etc/passwd` (out of content/); `verknuepfung`: a link pointing out; `fehlt`: no such file. */
  | { ok: false; reason: 'absolut' | 'ausserhalb' | 'verknuepfung' | 'fehlt' };

const inside = (root: string, file: string) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/** Resolves `written` against `baseDir` and checks that it stays inside `allowedDir`, symbolic links followed. */
export function projectFile(allowedDir: string, baseDir: string, written: string): ProjectFile {
  const value = written.trim();
  if (path.isAbsolute(value) || path.win32.isAbsolute(value) || /^[a-zA-Z]:/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return { ok: false, reason: 'absolut' };
  }
  const root = path.resolve(allowedDir);
  // backslashes count as separators too, so `..\..\etc` is caught on every system
  const file = path.resolve(baseDir, value.replace(/\\/g, '/'));
  if (!inside(root, file)) return { ok: false, reason: 'ausserhalb' };
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { ok: false, reason: 'fehlt' };
  }
  if (!inside(fs.realpathSync(root), real)) return { ok: false, reason: 'verknuepfung' };
  return fs.statSync(real).isFile() ? { ok: true, file: real } : { ok: false, reason: 'fehlt' };
}

/**
 * Every symbolic link below the given folders (content/, data/) whose target lies outside `projectRoot`, as paths
 * relative to the project: what it points at would be read and published as if it were part of the project.
 * Links are not followed into (no loops); links to places inside the project are fine.
 */
export function linksLeavingProject(projectRoot: string, dirs: readonly string[]): { link: string; target: string }[] {
  const root = fs.realpathSync(projectRoot);
  const found: { link: string; target: string }[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(abs);
        } catch {
          target = path.resolve(dir, fs.readlinkSync(abs)); // dangling: judged by where it points
        }
        if (!inside(root, target)) found.push({ link: path.relative(projectRoot, abs).split(path.sep).join('/'), target });
      } else if (e.isDirectory()) walk(abs);
    }
  };
  for (const d of dirs) walk(d);
  return found;
}
