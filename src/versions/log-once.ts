/** Version warnings reach the build log once per process, however many pages ask for them. */
import { formatProblem, type Problem } from '../errors/problem.ts';
import type { Logger } from '../log.ts';

const logged = new Set<string>();

export function warnOnce(problems: readonly Problem[], logger: Logger): void {
  for (const p of problems) {
    const key = `${p.code}\u0000${p.file}`;
    if (logged.has(key)) continue;
    logged.add(key);
    (p.severity === 'fehler' ? logger.error : logger.warn)(formatProblem(p));
  }
}
