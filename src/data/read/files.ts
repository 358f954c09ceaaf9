/**
 * Which files under data/ are which kind of data. Every kind is a folder, any number of files per folder.
 * data/quellen/ holds official exports as downloaded (.csv, .xlsx), each with a YAML of the same name (src/data/import/).
 * Folders owned by other features (beteiligung, strategie, stellungnahmen) are skipped; any other CSV is a free
 * dataset. Hidden files and office lock files (`~$werte.xlsx`, `.~lock.werte.csv#`) are ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { settingsFileOf } from '../schemas/einstellungen.ts';

export const KIND_FOLDERS = ['gebiete', 'indikatoren', 'werte', 'geo'] as const;
export type KindFolder = (typeof KIND_FOLDERS)[number];

/** Official exports, unchanged, each with a YAML saying what to take (src/data/import/). */
export const QUELLEN_FOLDER = 'quellen';

/** Read by later features, not by the data layer. */
export const OTHER_FEATURE_FOLDERS = ['beteiligung', 'strategie', 'stellungnahmen'] as const;

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|tsv)$/i;

export interface DataFiles {
  /** Absolute paths, sorted by path below data/. */
  gebiete: string[];
  indikatoren: string[];
  werte: string[];
  geo: string[];
  datasets: { name: string; file: string }[];
  /** Official exports in data/quellen/ (.csv, .xlsx) and the YAML beside each (null if missing). */
  quellen: { file: string; yaml: string | null }[];
  /** YAML files in data/quellen/ without an export of the same name. */
  quellenOhneExport: string[];
  /** Settings files next to CSV files (`arbeit.csv` → `arbeit.einstellungen.yaml`), by the CSV's absolute path. */
  settings: { csv: string; file: string }[];
  /** Spreadsheets and other files that look like data but are not read (a warning each). */
  ignored: string[];
  /** data/ and the folders below it that hold such files (not those of other features), to notice added files. */
  folders: string[];
}

function walk(dir: string, out: string[], folders: string[]): void {
  folders.push(dir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, folders);
    else if (entry.isFile()) out.push(full);
  }
}

export function listDataFiles(dataDir: string): DataFiles {
  const files: DataFiles = { gebiete: [], indikatoren: [], werte: [], geo: [], datasets: [], quellen: [], quellenOhneExport: [], settings: [], ignored: [], folders: [] };
  if (!fs.existsSync(dataDir)) return { ...files, folders: [dataDir] };
  const found: string[] = [];
  const folders: string[] = [];
  walk(dataDir, found, folders);
  const rel = (f: string) => path.relative(dataDir, f).split(path.sep).join('/');
  const other = (r: string) => (OTHER_FEATURE_FOLDERS as readonly string[]).includes(r.split('/')[0] ?? '');
  files.folders = folders.filter((f) => f === dataDir || !other(rel(f)));
  const yamls: string[] = [];
  const all = found.map((file) => ({ file, r: rel(file) })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
  for (const { file, r } of all) {
    const top = r.includes('/') ? r.slice(0, r.indexOf('/')) : '';
    if ((OTHER_FEATURE_FOLDERS as readonly string[]).includes(top)) continue;
    const csv = /\.csv$/i.test(r);
    if (top === QUELLEN_FOLDER) {
      if (/\.(csv|xlsx)$/i.test(r)) files.quellen.push({ file, yaml: null });
      else if (/\.ya?ml$/i.test(r)) yamls.push(file);
      else if (SPREADSHEET.test(r)) files.ignored.push(file);
      continue;
    }
    if (top === 'geo') {
      if (/\.(geo)?json$/i.test(r)) files.geo.push(file);
      else if (csv || SPREADSHEET.test(r)) files.ignored.push(file);
    } else if ((KIND_FOLDERS as readonly string[]).includes(top)) {
      if (csv) files[top as Exclude<KindFolder, 'geo'>].push(file);
      else if (SPREADSHEET.test(r)) files.ignored.push(file);
    } else if (csv) {
      files.datasets.push({ name: r.replace(/\.csv$/i, ''), file });
    } else if (SPREADSHEET.test(r)) {
      files.ignored.push(file);
    }
  }
  const base = (f: string) => f.replace(/\.(csv|xlsx|ya?ml)$/i, '');
  const yamlByBase = new Map(yamls.map((y) => [base(y), y]));
  for (const q of files.quellen) q.yaml = yamlByBase.get(base(q.file)) ?? null;
  const exports = new Set(files.quellen.map((q) => base(q.file)));
  files.quellenOhneExport = yamls.filter((y) => !exports.has(base(y)));
  const present = new Set(found);
  for (const csv of [...files.gebiete, ...files.indikatoren, ...files.werte, ...files.datasets.map((d) => d.file)]) {
    const file = settingsFileOf(csv);
    if (file !== csv && present.has(file)) files.settings.push({ csv, file });
  }
  return files;
}
