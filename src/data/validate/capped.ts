/**
 * Problems of one cause, counted instead of listed: a file with 10,000 bad rows (or a header with 100,000 extra
 * columns) gives one message with a count and the first few lines, not 10,000 messages. A cause is a problem
 * code in one file; up to SHOWN_PER_CAUSE of them are reported one by one, more become the first one plus
 * „… ebenso in 9.998 weiteren Zeilen, zuerst Zeile 3, 4, 5“. Only what is reported is kept, so memory stays
 * bounded however many rows fail.
 */
import { dataErrors, SHOWN_PER_CAUSE } from '../../errors/data.ts';
import type { Problem } from '../../errors/problem.ts';

/** Lines named after the count. */
const LINES_NAMED = 3;

interface Cause {
  shown: Problem[];
  count: number;
  /** Positions of the second, third … problem, for „zuerst Zeile …“. */
  next: { line: number; column: number }[];
  /** All in the first one's line. */
  sameLine: boolean;
  /** Each in a later line than the one before. */
  distinctLines: boolean;
  lastLine: number;
}

export class CappedProblems {
  readonly #causes = new Map<string, Cause>();

  push(...problems: Problem[]): void {
    for (const p of problems) this.add(p);
  }

  add(p: Problem): void {
    const key = `${p.file}\u0000${p.code}`;
    let cause = this.#causes.get(key);
    if (!cause) {
      cause = { shown: [], count: 0, next: [], sameLine: true, distinctLines: true, lastLine: p.line };
      this.#causes.set(key, cause);
    } else {
      if (p.line !== cause.shown[0]?.line) cause.sameLine = false;
      if (p.line <= cause.lastLine) cause.distinctLines = false;
      cause.lastLine = p.line;
      if (cause.next.length < LINES_NAMED) cause.next.push({ line: p.line, column: p.column });
    }
    cause.count++;
    if (cause.shown.length < SHOWN_PER_CAUSE) cause.shown.push(p);
  }

  addAll(problems: Iterable<Problem>): void {
    for (const p of problems) this.add(p);
  }

  get size(): number {
    let n = 0;
    for (const c of this.#causes.values()) n += c.count;
    return n;
  }

  /** The problems to report, in the order their causes first appeared. */
  list(): Problem[] {
    const out: Problem[] = [];
    for (const c of this.#causes.values()) {
      const first = c.shown[0];
      if (!first) continue;
      if (c.count <= SHOWN_PER_CAUSE) out.push(...c.shown);
      else out.push(dataErrors.sameIn(first, c.count - 1, c.next, c.sameLine, c.distinctLines));
    }
    return out;
  }
}

/** A list of problems with the causes above counted. */
export function capProblems(problems: Iterable<Problem>): Problem[] {
  const capped = new CappedProblems();
  capped.addAll(problems);
  return capped.list();
}
