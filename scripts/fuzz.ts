/**
 * `npm run fuzz`: damages the demo's data files many times and checks that the data check never crashes, never
 * hangs and never rejects a file without saying where (file:line:column). Not part of `npm test` (it takes minutes).
 *
 *   node scripts/fuzz.ts [--runs 2000] [--seed 1] [--timeout 10]
 *
 * The demo's content/ and data/ are copied to a temporary project; each run mutates one CSV (or GeoJSON) file
 * of the data layer with a seeded random generator (byte flips, deleted or doubled delimiters and quotes, cut
 * lines, huge fields, other encodings, numbers in odd formats, extra columns, BOMs …), runs the check phase for
 * data (src/data/check-project.ts) in a worker thread, and restores the file. A worker that does not answer
 * within the timeout counts as a hang and is replaced.
 *
 * Last line: `fuzz: runs=2000 crashes=0 hangs=0 unlocated=0 rejected=… accepted=… seconds=…`; exit code 1 if
 * any crash, hang or unlocated rejection was found (the first few are printed with the mutation that caused them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface Reply {
  crash?: string;
  errors: number;
  /** Problems in data/ without line or column. */
  unlocated: string[];
}

if (!isMainThread) {
  const { checkProjectData } = await import('../src/data/check-project.ts');
  const { projectPaths } = await import('../src/project.ts');
  const { formatProblem } = await import('../src/errors/problem.ts');
  const root = (workerData as { root: string }).root;
  parentPort?.on('message', () => {
    let reply: Reply;
    try {
      const problems = checkProjectData(projectPaths(root));
      reply = {
        errors: problems.filter((p) => p.severity === 'fehler').length,
        unlocated: problems.filter((p) => p.file.startsWith('data/') && (p.line < 1 || p.column < 1)).map((p) => formatProblem(p).split('\n')[0] ?? ''),
      };
    } catch (err) {
      reply = { crash: err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join('\n') : String(err), errors: 0, unlocated: [] };
    }
    parentPort?.postMessage(reply);
  });
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Buffer, r: Random) => { bytes: Buffer; what: string };

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
}

const ODD_NUMBERS = [
  '1e5', '1.234.567,89', '-0', '-0,0', '-0.0', 'inf', '-Infinity', 'NaN', '∞', '#DIV/0!', '12345678901234567890', '9'.repeat(400),
  '0x1F', '1,234.5', '\u22123', '+4', '.5', '5.', '١٢٣', '1 234', '12 %', '7.280', '0,125', '0.125', '1.000', '00012', '1_000',
  '1.2.3', '12,', ',5', '--3', '3-', '٫5', '1\u00a0234', '0.1e-400', '123456789012345', '1234567890123456', '"5,5"',
];

/** Offsets of every occurrence of `byte`. */
function offsetsOf(bytes: Buffer, byte: number): number[] {
  const out: number[] = [];
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) out.push(i);
  return out;
}

const splice = (bytes: Buffer, at: number, remove: number, insert: Buffer | string): Buffer =>
  Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at + remove)]);

const MUTATIONS: Record<string, Mutation> = {
  byteFlip(b, r) {
    const out = Buffer.from(b);
    const n = 1 + r.int(5);
    for (let k = 0; k < n && out.length; k++) {
      const i = r.int(out.length);
      out[i] = (out[i] ?? 0) ^ (1 << r.int(8));
    }
    return { bytes: out, what: `${n} Bits gekippt` };
  },
  randomByte(b, r) {
    const i = r.int(b.length + 1);
    const byte = r.pick([0x00, 0xe4, 0xfc, 0xff, 0xc3, 0x80, 0x0d, 0x22, 0x3b, 0x2c, 0x0a]);
    return { bytes: splice(b, i, 0, Buffer.from([byte])), what: `Byte 0x${byte.toString(16)} bei ${i}` };
  },
  deleteSeparator(b, r) {
    const sep = r.pick([0x3b, 0x2c]);
    const at = offsetsOf(b, sep);
    if (!at.length) return { bytes: b, what: 'kein Trennzeichen' };
    const i = r.pick(at);
    return { bytes: splice(b, i, 1, ''), what: `Trennzeichen bei ${i} gelöscht` };
  },
  duplicateSeparator(b, r) {
    const sep = r.pick([0x3b, 0x2c]);
    const at = offsetsOf(b, sep);
    if (!at.length) return { bytes: b, what: 'kein Trennzeichen' };
    const i = r.pick(at);
    return { bytes: splice(b, i, 0, String.fromCharCode(sep).repeat(1 + r.int(3))), what: `Trennzeichen bei ${i} verdoppelt` };
  },
  quote(b, r) {
    const at = offsetsOf(b, 0x22);
    if (at.length && r.next() < 0.5) {
      const i = r.pick(at);
      return { bytes: splice(b, i, 1, ''), what: `Anführungszeichen bei ${i} gelöscht` };
    }
    const i = r.int(b.length + 1);
    return { bytes: splice(b, i, 0, r.pick(['"', '""', '"""', '"x"'])), what: `Anführungszeichen bei ${i} eingefügt` };
  },
  truncateLine(b, r) {
    const lines = offsetsOf(b, 0x0a);
    if (lines.length < 2) return { bytes: b.subarray(0, r.int(b.length + 1)), what: 'Datei gekürzt' };
    const k = r.int(lines.length - 1);
    const start = (lines[k] ?? 0) + 1;
    const end = lines[k + 1] ?? b.length;
    const cut = start + r.int(Math.max(1, end - start));
    return { bytes: splice(b, cut, end - cut, ''), what: `Zeile ${k + 2} bei ${cut - start} abgeschnitten` };
  },
  truncateFile(b, r) {
    const n = r.int(b.length + 1);
    return { bytes: b.subarray(0, n), what: `Datei nach ${n} Bytes abgeschnitten` };
  },
  hugeField(b, r) {
    const size = r.pick([10_001, 50_000, 1_000_001, 2_000_000, 5_000_000]);
    const content = r.pick(['a', '9', ';', ',', '"', 'ä', ' ']).repeat(size);
    const wrap = r.next() < 0.3 ? `"${content}"` : content;
    const lines = offsetsOf(b, 0x0a);
    const i = lines.length ? (r.pick(lines) ?? 0) + 1 : 0;
    const row = r.next() < 0.5 ? `${wrap}\n` : `x;${wrap};2024;5\n`;
    return { bytes: splice(b, i, 0, row), what: `Feld mit ${size} Zeichen` };
  },
  encoding(b, r) {
    const text = b.toString('utf8');
    const kind = r.pick(['latin1', 'utf16le', 'utf16bom', 'mixed', 'utf8-invalid']);
    if (kind === 'latin1') return { bytes: Buffer.from(text, 'latin1'), what: 'als Windows-1252 gespeichert' };
    if (kind === 'utf16le') return { bytes: Buffer.from(text, 'utf16le'), what: 'als UTF-16 ohne BOM' };
    if (kind === 'utf16bom') return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), what: 'als UTF-16 mit BOM' };
    const half = Math.floor(text.length / 2);
    if (kind === 'mixed') return { bytes: Buffer.concat([Buffer.from(text.slice(0, half), 'utf8'), Buffer.from(`Gr\xfc\xdfe${text.slice(half)}`, 'latin1')]), what: 'halb UTF-8, halb Windows-1252' };
    return { bytes: Buffer.concat([Buffer.from(`${text.slice(0, half)}ä`), Buffer.from([0xe4]), Buffer.from(text.slice(half))]), what: 'UTF-8 mit einem kaputten Byte' };
  },
  oddNumber(b, r) {
    const text = b.toString('utf8');
    const numbers = [...text.matchAll(/(?<=[;,])-?\d+(?:[.,]\d+)?(?=[;,\n\r]|$)/g)];
    const odd = r.pick(ODD_NUMBERS);
    if (!numbers.length) return { bytes: Buffer.concat([b, Buffer.from(odd)]), what: `Zahl ${odd} angehängt` };
    const n = 1 + r.int(Math.min(20, numbers.length));
    let out = text;
    for (let k = 0; k < n; k++) {
      const m = r.pick(numbers);
      out = out.slice(0, m.index) + odd + out.slice(m.index + m[0].length);
      if (out.length !== text.length) break; // offsets shifted: one replacement is enough
    }
    return { bytes: Buffer.from(out), what: `Zahl(en) durch ${JSON.stringify(odd.slice(0, 20))} ersetzt` };
  },
  extraColumns(b, r) {
    const n = r.pick([1, 2, 10, 1000, 100_000]);
    const lines = offsetsOf(b, 0x0a);
    const k = r.next() < 0.5 ? 0 : r.int(lines.length + 1);
    const at = k === 0 ? (lines[0] ?? b.length) : (lines[k] ?? b.length);
    const sep = b.includes(0x3b) ? ';' : ',';
    const extra = Array.from({ length: n }, (_, i) => `${sep}${r.next() < 0.5 ? '' : `x${i}`}`).join('');
    return { bytes: splice(b, at > 0 && b[at - 1] === 0x0d ? at - 1 : at, 0, extra), what: `${n} Spalten in Zeile ${k + 1} angehängt` };
  },
  bom(b, r) {
    const bom = r.pick([[0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xfe, 0xff]]);
    return { bytes: Buffer.concat([Buffer.from(bom), b]), what: `BOM ${bom.map((x) => x.toString(16)).join(' ')}` };
  },
  lineEnds(b, r) {
    const kind = r.pick(['\r\n', '\r', '\n\n', '\u2028']);
    return { bytes: Buffer.from(b.toString('utf8').replace(/\r?\n/g, kind)), what: `Zeilenenden ${JSON.stringify(kind)}` };
  },
  duplicateLines(b, r) {
    const lines = b.toString('utf8').split('\n');
    const k = r.int(lines.length);
    const copies = r.pick([1, 2, 100, 20_000]);
    lines.splice(k, 0, ...Array.from({ length: copies }, () => lines[k] ?? ''));
    return { bytes: Buffer.from(lines.join('\n')), what: `Zeile ${k + 1} ${copies}-mal verdoppelt` };
  },
  empty(_b, r) {
    const v = r.pick(['', '\n', ' ', ';;;\n', '\ufeff', 'PK\u0003\u0004opendocument', '\u0000\u0001']);
    return { bytes: Buffer.from(v), what: `Inhalt ${JSON.stringify(v)}` };
  },
  headerRename(b, r) {
    const text = b.toString('utf8');
    const nl = text.indexOf('\n');
    const header = nl < 0 ? text : text.slice(0, nl);
    const names = header.split(/[;,]/);
    const i = r.int(names.length);
    const name = r.pick(['', 'WERT', 'wert', 'id', 'x'.repeat(5000), 'gebiet', 'jähr', '"a;b"']);
    names[i] = name;
    return { bytes: Buffer.from(names.join(header.includes(';') ? ';' : ',') + (nl < 0 ? '' : text.slice(nl))), what: `Spalte ${i + 1} heißt ${JSON.stringify(name.slice(0, 20))}` };
  },
};

function dataFiles(root: string): string[] {
  const out: string[] = [];
  for (const folder of ['gebiete', 'indikatoren', 'werte', 'frei', 'geo']) {
    const dir = path.join(root, 'data', folder);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) if (/\.(csv|geojson)$/i.test(f)) out.push(path.join(dir, f));
  }
  return out.sort();
}

async function main(): Promise<void> {
  const runs = option('runs', 2000);
  const seed = option('seed', 1);
  const timeoutMs = option('timeout', 10) * 1000;
  const repo = path.resolve(import.meta.dirname, '..');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
  fs.cpSync(path.join(repo, 'content'), path.join(root, 'content'), { recursive: true });
  fs.cpSync(path.join(repo, 'data'), path.join(root, 'data'), { recursive: true });
  const files = dataFiles(root);
  const originals = new Map(files.map((f) => [f, fs.readFileSync(f)]));
  const random = new Random(seed);
  const names = Object.keys(MUTATIONS);
  let worker = newWorker(root);
  const counts = { crashes: 0, hangs: 0, unlocated: 0, rejected: 0, accepted: 0 };
  const findings: string[] = [];
  const found = (f: string) => {
    findings.push(f);
    if (findings.length <= 30) console.log(f);
  };
  const started = performance.now();
  console.log(`fuzz: ${runs} Läufe, Startwert ${seed}, Zeitgrenze ${timeoutMs / 1000} s, ${files.length} Dateien in ${root}`);

  for (let run = 1; run <= runs; run++) {
    const file = random.pick(files);
    const name = random.pick(names);
    const original = originals.get(file) ?? Buffer.alloc(0);
    const mutation = MUTATIONS[name] as Mutation;
    // Sometimes two mutations at once: damage rarely comes alone.
    let { bytes, what } = mutation(original, random);
    if (random.next() < 0.2) {
      const second = random.pick(names);
      const m = (MUTATIONS[second] as Mutation)(bytes, random);
      bytes = m.bytes;
      what = `${what} + ${m.what}`;
    }
    fs.writeFileSync(file, bytes);
    const label = `Lauf ${run}: ${path.relative(root, file)} (${name}: ${what})`;
    const reply = await ask(worker, timeoutMs);
    if (reply === 'timeout') {
      counts.hangs++;
      found(`HÄNGT  ${label}`);
      await worker.terminate();
      worker = newWorker(root);
    } else if (reply.crash) {
      counts.crashes++;
      found(`ABSTURZ ${label}\n${reply.crash}`);
      if (reply.crash.startsWith('Worker beendet')) worker = newWorker(root);
    } else {
      if (reply.unlocated.length) {
        counts.unlocated++;
        found(`OHNE ORT ${label}\n  ${reply.unlocated.slice(0, 3).join('\n  ')}`);
      }
      if (reply.errors > 0) counts.rejected++;
      else counts.accepted++;
    }
    fs.writeFileSync(file, original);
    if (run % 100 === 0) {
      const s = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`fuzz: ${run}/${runs} Läufe, ${counts.crashes} Abstürze, ${counts.hangs} hängend, ${counts.unlocated} ohne Ort (${s} s)`);
    }
  }
  await worker.terminate();
  fs.rmSync(root, { recursive: true, force: true });
  if (findings.length) console.log(`fuzz: ${findings.length} Funde (oben einzeln)`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `fuzz: runs=${runs} crashes=${counts.crashes} hangs=${counts.hangs} unlocated=${counts.unlocated} rejected=${counts.rejected} accepted=${counts.accepted} seconds=${seconds}`,
  );
  process.exitCode = counts.crashes + counts.hangs + counts.unlocated > 0 ? 1 : 0;
}

function newWorker(root: string): Worker {
  const worker = new Worker(new URL(import.meta.url), { workerData: { root }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  worker.unref();
  return worker;
}

/** One check in the worker; a worker that dies counts as a crash. */
function ask(worker: Worker, timeoutMs: number): Promise<Reply | 'timeout'> {
  return new Promise((resolve) => {
    const done = (r: Reply | 'timeout') => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(r);
    };
    const onMessage = (r: Reply) => done(r);
    const onError = (err: Error) => done({ crash: `Worker beendet: ${err.stack ?? err.message}`, errors: 0, unlocated: [] });
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage('check');
  });
}

if (isMainThread) await main();
