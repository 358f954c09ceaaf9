/**
 * One export in data/quellen/ with its YAML → cells for the store, and every problem with the export's own
 * file:line:column. The steps:
 *
 *   <name>.yaml        readQuelleConfig   which values, which indicator, year if the export has none
 *   <name>.csv|.xlsx   decode / readXlsx  bytes → grid of cells with positions (grid.ts, xlsx.ts)
 *                      detectFormat       GENESIS table, GENESIS flat file, INKAR, wide table (detect.ts)
 *                      read…              grid → long rows, one file per format
 *                      resolveValues      rows → cells: schluessel matching, numbers, symbols, years
 */
import { importErrors } from '../../errors/import.ts';
import type { Problem } from '../../errors/problem.ts';
import { decodeFile } from '../read/file.ts';
import type { Cell, Indikator } from '../types.ts';
import { readQuelleConfig } from './config.ts';
import { detectFormat } from './detect.ts';
import { readGenesisFlat } from './genesis-flat.ts';
import { readGenesisTable } from './genesis-table.ts';
import { parseGrid, type Grid } from './grid.ts';
import { readInkar } from './inkar.ts';
import { resolveValues, type GebietIndex } from './resolve.ts';
import type { ImportFormat, ReaderResult } from './types.ts';
import { readWide } from './wide.ts';
import { readXlsx } from './xlsx.ts';

const READERS: Readonly<Record<ImportFormat, (grid: Grid) => ReaderResult>> = {
  'genesis-tabelle': readGenesisTable,
  'genesis-flach': readGenesisFlat,
  inkar: readInkar,
  breit: readWide,
};

export interface SourceFiles {
  /** Paths relative to the project root, and bytes. */
  file: string;
  bytes: Uint8Array;
  yamlFile: string;
  yamlBytes: Uint8Array;
}

export function importSource(src: SourceFiles, index: GebietIndex, indikatoren: ReadonlyMap<string, Indikator>): { cells: Cell[]; problems: Problem[]; format: ImportFormat | null } {
  const { config, problems } = readQuelleConfig(src.yamlFile, src.yamlBytes);
  if (!config) return { cells: [], problems, format: null };
  const first = { file: src.file, line: 1, column: 1 };
  let grid: Grid;
  if (/\.xlsx$/i.test(src.file)) {
    const x = readXlsx(src.file, src.bytes, config.data.blatt ?? null);
    if ('error' in x) {
      const detail = x.sheetNotFound ? `das Blatt „${config.data.blatt ?? ''}“ gibt es nicht` : `die Arbeitsmappe kann nicht gelesen werden (${x.error})`;
      return { cells: [], problems: [importErrors.yamlInvalid(x.sheetNotFound ? config.at(['blatt']) : first, detail)], format: null };
    }
    grid = x.grid;
  } else {
    const decoded = decodeFile(src.file, src.bytes, []);
    if ('problem' in decoded) return { cells: [], problems: [decoded.problem], format: null };
    grid = parseGrid(src.file, decoded.text.replace(/\r\n?/g, '\n'));
  }
  const format = detectFormat(grid);
  if (!format) return { cells: [], problems: [importErrors.formatUnknown(first)], format: null };
  const result = READERS[format](grid);
  const resolved = resolveValues(src.yamlFile, config, result, index, indikatoren);
  return { cells: resolved.cells, problems: [...problems, ...resolved.problems], format };
}
