/**
 * Render time: a component reads its props through its schema (the same one `npm run check` used), so the page
 * never renders a value check would have refused. A problem here means check was skipped; it stops the page with
 * the German message, located at the chapter.
 */
import type { z } from 'zod';
import { chapterErrors } from '../../errors/chapters.ts';
import { ProblemError, type Location } from '../../errors/problem.ts';
import { componentSchemas, type ComponentName } from './index.ts';

export function componentProps<N extends ComponentName>(name: N, astroProps: object, at: Location): z.output<(typeof componentSchemas)[N]> {
  const props = astroProps as Record<string, unknown>;
  const parsed = componentSchemas[name].safeParse(props);
  if (parsed.success) return parsed.data as z.output<(typeof componentSchemas)[N]>;
  throw new ProblemError(
    parsed.error.issues.map((issue) => {
      const prop = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
      const value = props[prop];
      return chapterErrors.propInvalid(at, name, prop, typeof value === 'string' ? value : (JSON.stringify(value) ?? ''), issue.message);
    }),
  );
}
