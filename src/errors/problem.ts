/**
 * A problem found in the planners' files: always with a location, the offending value and what to do.
 * Printed like a compiler message (`file:line:column: fehler: …`) so editors can link it.
 */
export type Severity = 'fehler' | 'warnung';

export interface Location {
  /** Path relative to the project folder, with forward slashes (e.g. `data/werte/arbeit.csv`). */
  file: string;
  /** 1-based line; 0 when the whole file is meant. */
  line: number;
  /** 1-based column; 0 when the whole line or file is meant. */
  column: number;
}

export interface Problem extends Location {
  severity: Severity;
  /** Stable identifier from the catalogue, e.g. `frontmatter-ungueltig`. */
  code: string;
  /** What happened, in German, naming the bad value. */
  message: string;
  /** What to do about it, in German. */
  hint?: string;
}

/** Builds a catalogue entry: every file in src/errors/ makes its problems with this. */
export function problem(code: string, at: Location, message: string, hint: string, severity: Severity = 'fehler'): Problem {
  return { ...at, severity, code, message, hint };
}

/** A problem about a thing rather than a place in a file (`PDF`, `dist/`, a publication folder): line and column 0. */
export function problemAbout(code: string, file: string, message: string, hint: string, severity: Severity = 'fehler'): Problem {
  return problem(code, { file, line: 0, column: 0 }, message, hint, severity);
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column > 0 ? p.column : 1}` : p.file;
  const hint = p.hint ? `\n  → ${p.hint}` : '';
  return `${where}: ${p.severity}: ${p.message}${hint}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'fehler');
}

/** Sort problems by file, line and column so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown when work cannot go on; carries the problems for the caller to print. */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemError';
    this.problems = problems;
  }
}
