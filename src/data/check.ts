/**
 * The data layer's pipeline, in order:
 *
 *   data/**                      listDataFiles      which folder is which kind
 *     │  bytes
 *     ▼
 *   read   (encoding, dialect)   readCsvFile        at most 50 MB; UTF-8/BOM or Windows-1252; `,` or `;`; CRLF or LF
 *     │  fields with line:column
 *     ▼
 *   validate (schema per kind)   validateGebiete, validateIndikatoren      src/data/schemas/*.ts
 *     │
 *     ▼
 *   references (across files)    validateWerte (indikator, gebiet, duplicates), eltern, geo ids
 *   exports (data/quellen/)       importSource       official exports + YAML → the same cells (src/data/import/)
 *     │  cells
 *     ▼
 *   store (indexed values)       createStore        confidentiality applied on every read
 *
 * Every file is read and every problem collected, so a planner sees all of them in one run; many problems of one
 * cause in a file are counted in one message (validate/capped.ts). Results are kept per
 * process and reused while the files' contents are the same (shared-cache.ts), also by Astro's copy of this module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataErrors } from '../errors/data.ts';
import { sortProblems, type Location, type Problem } from '../errors/problem.ts';
import { relativeToProject, type ProjectPaths } from '../project.ts';
import { projectGeneration } from '../project-generation.ts';
import { listDataFiles, type DataFiles } from './read/files.ts';
import { readCsvFile, type CsvFile } from './read/file.ts';
import { MAX_FILE_BYTES } from './read/limits.ts';
import { GEBIETE_COLUMNS } from './schemas/gebiete.ts';
import { INDIKATOREN_COLUMNS } from './schemas/indikatoren.ts';
import { WERTE_COLUMNS } from './schemas/werte.ts';
import { byDigest, checkedFiles, dataDigest, dataStamp, remember, watchedPaths } from './shared-cache.ts';
import { createStore } from './store.ts';
import type { DataStore, Dataset, GeoFeature } from './types.ts';
import { capProblems } from './validate/capped.ts';
import { validateDataset } from './validate/datasets.ts';
import { validateGebiete } from './validate/gebiete.ts';
import { validateGeo } from './validate/geo.ts';
import { validateIndikatoren } from './validate/indikatoren.ts';
import { validateWerte } from './validate/werte.ts';
import { looksLikeExport } from './import/detect.ts';
import { gebietIndex } from './import/resolve.ts';
import { importSource } from './import/source.ts';
import { importErrors } from '../errors/import.ts';
import { quelleYamlOf } from './schemas/quelle.ts';
import type { Cell } from './types.ts';

const cellKey = (c: Cell): string => `${c.indikator}\u0000${c.gebiet}\u0000${c.jahr}`;
const cellText = (c: Cell): string => (c.wert !== null ? String(c.wert).replace('.', ',') : (c.symbol ?? '(leer)'));

/** Whether a file's first bytes are an official export's (read as Windows-1252: the markers are ASCII). */
function exportFormat(bytes: Uint8Array | null) {
  if (!bytes) return null;
  return looksLikeExport(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4000)).replace(/^\u00EF\u00BB\u00BF/, ''));
}

export interface CheckResult {
  store: DataStore;
  /** Errors and warnings of all files, sorted by file, line and column. */
  problems: Problem[];
}

/**
 * Reads and validates everything under `paths.data`. Never throws for problems in the planners' files.
 * The result for the same file contents is computed once per process (src/data/shared-cache.ts).
 */
export function checkData(paths: ProjectPaths): CheckResult {
  const files = listDataFiles(paths.data);
  const all = checkedFiles(files);
  const watched = watchedPaths(files);
  const stamp = dataStamp(watched); // before reading: a file changed meanwhile gets a new stamp, never an old one
  const ignored = new Set(files.ignored);
  // A file above the limit is not read at all (its digest counts path and size; checkContents reports it).
  const small = (f: string) => (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0) <= MAX_FILE_BYTES;
  const contents = new Map(all.filter((f) => !ignored.has(f) && small(f)).map((f) => [f, fs.readFileSync(f)] as const));
  const digest = dataDigest(all, contents);
  const generation = projectGeneration();
  let result = byDigest(paths.root, paths.data, digest);
  if (!result) result = checkContents(paths, files, contents);
  remember(paths.root, paths.data, { digest, watched, stamp, generation, result });
  return { store: result.store, problems: [...result.problems] };
}

/** The pipeline above, on the files' contents. */
function checkContents(paths: ProjectPaths, files: DataFiles, contents: ReadonlyMap<string, Uint8Array>): CheckResult {
  const problems: Problem[] = [];
  const rel = (file: string) => relativeToProject(paths, file);
  /** The file's bytes; a file too large to read gives a problem and no bytes. */
  const bytes = (file: string): Uint8Array | null => {
    const b = contents.get(file);
    if (b) return b;
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size <= MAX_FILE_BYTES) return fs.readFileSync(file);
    problems.push(dataErrors.fileTooLarge({ file: rel(file), line: 1, column: 1 }, size, MAX_FILE_BYTES));
    return null;
  };
  const settingsOf = new Map(files.settings.map((s) => [s.csv, s.file]));

  const read = (list: readonly string[], columns: { required: readonly string[] }): CsvFile[] =>
    list.flatMap((file) => {
      const b = bytes(file);
      if (!b) return [];
      const settingsFile = settingsOf.get(file);
      const settingsBytes = settingsFile ? bytes(settingsFile) : null;
      const settings = settingsFile && settingsBytes ? { file: rel(settingsFile), bytes: settingsBytes } : null;
      if (settingsFile && !settingsBytes) return [];
      const r = readCsvFile(rel(file), b, columns.required, settings);
      problems.push(...r.problems);
      return r.csv ? [r.csv] : [];
    });

  for (const file of files.ignored) problems.push(dataErrors.fileIgnored({ file: rel(file), line: 1, column: 1 }, path.extname(file)));

  const g = validateGebiete(read(files.gebiete, GEBIETE_COLUMNS));
  const i = validateIndikatoren(read(files.indikatoren, INDIKATOREN_COLUMNS));
  const werteFiles = files.werte.filter((file) => {
    const format = exportFormat(contents.get(file) ?? null);
    if (format) problems.push(importErrors.exportInWerte({ file: rel(file), line: 1, column: 1 }, format));
    return !format;
  });
  const w = validateWerte(read(werteFiles, WERTE_COLUMNS), g.gebiete, i.indikatoren, new Set([...g.rejected, ...i.rejected]));
  for (const list of [g.problems, i.problems, w.problems]) for (const p of list) problems.push(p);

  // Exports in data/quellen/: their values join those of data/werte, and a key in both is an error.
  const index = gebietIndex(g.gebiete);
  const cells = [...w.cells];
  const known = new Map(cells.map((c) => [cellKey(c), c]));
  for (const file of files.quellenOhneExport) problems.push(importErrors.yamlWithoutSource({ file: rel(file), line: 1, column: 1 }));
  for (const q of files.quellen) {
    if (!q.yaml) {
      problems.push(importErrors.sourceWithoutYaml({ file: rel(q.file), line: 1, column: 1 }, quelleYamlOf(rel(q.file))));
      continue;
    }
    const b = bytes(q.file);
    const y = bytes(q.yaml);
    if (!b || !y) continue;
    const r = importSource({ file: rel(q.file), bytes: b, yamlFile: rel(q.yaml), yamlBytes: y }, index, i.indikatoren);
    problems.push(...r.problems);
    for (const cell of r.cells) {
      const other = known.get(cellKey(cell));
      if (other) {
        const what = `Indikator „${cell.indikator}“, Gebiet „${cell.gebiet}“, Jahr ${cell.jahr}`;
        problems.push(importErrors.collision(cell.source, what, cellText(cell), other.source, cellText(other)));
        continue;
      }
      known.set(cellKey(cell), cell);
      cells.push(cell);
    }
  }

  const datasets = new Map<string, Dataset>();
  for (const { name, file } of files.datasets) {
    const [csv] = read([file], { required: [] });
    if (!csv) continue;
    const d = validateDataset(csv, name, g.gebiete);
    problems.push(...d.problems);
    if (d.dataset) datasets.set(name, d.dataset);
  }

  const geo: GeoFeature[] = [];
  const seen = new Map<string, Location>();
  for (const file of files.geo) {
    const b = bytes(file);
    if (!b) continue;
    const r = validateGeo(rel(file), b, g.gebiete, seen);
    problems.push(...r.problems);
    geo.push(...r.features);
  }

  const store = createStore({ gebiete: g.gebiete, indikatoren: i.indikatoren, cells, datasets, geo });
  return { store, problems: sortProblems(capProblems(problems)) };
}
