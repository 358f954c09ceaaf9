/**
 * An Excel workbook (.xlsx, e.g. a table of the Statistik der Bundesagentur für Arbeit) → the same grid as a CSV
 * export, so the same format readers apply. The first sheet, or the one named by `blatt:`.
 *
 * Reading is read-excel-file's job. Its API is asynchronous while the data check is synchronous (it runs inside
 * Astro's page rendering too), so the workbook is read on a worker thread and this thread waits for the answer.
 * Numbers come back as numbers and are written with a decimal comma; dates as ISO dates; positions are
 * row and column of the sheet (line 3, column 2 = cell B3).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Grid, GridCell } from './grid.ts';

const WORKER = `
const { workerData } = require('node:worker_threads');
const { port, flag, bytes, sheet, modulePath } = workerData;
const done = (message) => { port.postMessage(message); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };
try {
  const { readSheet } = require(modulePath);
  readSheet(Buffer.from(bytes), ...(sheet === null ? [] : [sheet])).then(
    (data) => done({ data }),
    (e) => done({ error: String((e && e.message) || e), notFound: !!e && /sheet/i.test(String(e.name) + String(e.message)) }),
  );
} catch (e) { done({ error: String((e && e.message) || e), notFound: false }); }
`;

/** Longest wait for one workbook. */
const TIMEOUT_MS = 120_000;

function modulePath(): string {
  for (const from of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve('read-excel-file/node');
    } catch {
      // try the next place
    }
  }
  throw new Error('read-excel-file is not installed');
}

type Cell = string | number | boolean | Date | null;

export type XlsxResult = { grid: Grid } | { error: string; sheetNotFound: boolean };

export function readXlsx(file: string, bytes: Uint8Array, sheet: string | null): XlsxResult {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { eval: true, workerData: { port: port2, flag, bytes, sheet, modulePath: modulePath() }, transferList: [port2] });
  try {
    Atomics.wait(flag, 0, 0, TIMEOUT_MS);
    const message = receiveMessageOnPort(port1)?.message as { data?: Cell[][]; error?: string; notFound?: boolean } | undefined;
    if (!message?.data) return { error: message?.error ?? 'keine Antwort', sheetNotFound: message?.notFound ?? false };
    const rows: GridCell[][] = message.data.map((row, r) => row.map((v, c) => ({ value: text(v), line: r + 1, column: c + 1 })));
    return { grid: { file, rows: rows.filter((row) => row.some((c) => c.value.trim() !== '')) } };
  } finally {
    port1.close();
    void worker.terminate();
  }
}

function text(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v).replace('.', ',');
  return String(v);
}
