/**
 * Facts about this build shown on every page. The clock is read from SOURCE_DATE_EPOCH when set (the standard
 * for reproducible builds; the tests pin it), otherwise it is the time of the build.
 */
export interface BuildInfo {
  /** When the site was built. */
  date: Date;
}

export function buildInfo(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): BuildInfo {
  const epoch = env.SOURCE_DATE_EPOCH;
  return { date: epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now() };
}
