/**
 * Messages of the Fassungen archive: the PDFs of every `fassung-…` tag, built once from the tag and kept at
 * `/fassungen/<tag>/<publikation>.pdf`. A Fassung that no longer builds is a warning: the build goes on and the
 * Fassungen page says that this PDF is missing.
 */
import { problemAbout, type Problem } from './problem.ts';

const tagFile = (tag: string) => `git-Tag ${tag}`;

export const archiveErrors = {
  buildFailed: (tag: string, detail: string): Problem =>
    problemAbout(
      'archiv-fassung-baut-nicht',
      tagFile(tag),
      `Die PDFs der Fassung ${tag} konnten mit dieser Version des Werkzeugs nicht erzeugt werden; die Seite „Fassungen“ vermerkt das. Grund:\n${detail}`,
      `Das beschlossene PDF bleibt im Release bzw. Artefakt der Fassung erhalten. Um es wieder auf der Website anzubieten: den Grund oben beheben (z. B. in einem Zweig ab dem Tag) oder das Archiv mit „npm run build -- --ohne-archiv“ abschalten. Nach einem Update des Werkzeugs wird der Bau erneut versucht.`,
      'warnung',
    ),
};
