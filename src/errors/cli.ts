/** Messages about the command line of the npm scripts (`npm run build -- --projekt …`). */
import { problemAbout, type Problem } from './problem.ts';

export const cliErrors = {
  badOption: (script: string, detail: string, usage: string): Problem =>
    problemAbout(
      'aufruf-ungueltig',
      `npm run ${script}`,
      `${detail}\n\n${usage}`,
      'Angaben für das Werkzeug stehen nach „--“, z. B. „npm run build -- --projekt ..\\mein-bericht“ (so auch in PowerShell).',
    ),
};
