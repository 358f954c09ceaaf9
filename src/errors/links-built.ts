/**
 * Problems the link guard (src/site/link-guard.ts) finds in the built website: a link or resource that leads to no
 * file of the site, an anchor that names no element of its page, a link outside the site's base path. Located at
 * the page's path in the site (`/gebiete/`), since the HTML is generated; the target is shown as written.
 */
import { problemAbout, type Problem } from './problem.ts';

export type BrokenReason = 'fehlt' | 'anker' | 'ausserhalb';

const HINT_END = 'Die bisherige Website bleibt unverändert, bis der Link stimmt.';

function alsoOn(morePages: number): string {
  if (morePages === 0) return '';
  return morePages === 1 ? ' (ebenso auf 1 weiteren Seite)' : ` (ebenso auf ${morePages.toLocaleString('de-DE')} weiteren Seiten)`;
}

export const builtLinkErrors = {
  broken: (page: string, target: string, reason: BrokenReason, morePages: number): Problem => {
    const where = `Seite ${page}`;
    const shown = target.length > 120 ? `${target.slice(0, 117)}…` : target;
    if (reason === 'anker') {
      return problemAbout(
        'website-anker-fehlt',
        where,
        `Der Link „${shown}“ führt zu einem Anker, den es auf der Zielseite nicht gibt${alsoOn(morePages)}.`,
        `Prüfen Sie die Schreibweise hinter „#“: Sie muss der Kennung einer Überschrift, Tabelle oder Abbildung der Zielseite entsprechen. ${HINT_END}`,
      );
    }
    if (reason === 'ausserhalb') {
      return problemAbout(
        'website-link-ausserhalb',
        where,
        `Der Link „${shown}“ führt aus dem Pfad der Website heraus${alsoOn(morePages)}; unter dieser Adresse liegt keine Seite dieser Website.`,
        `Schreiben Sie Links innerhalb der Website relativ (../kapitel/) oder mit dem Pfad der Website (Angabe „adresse“ in content/website.yaml bzw. --adresse). ${HINT_END}`,
      );
    }
    return problemAbout(
      'website-link-ziel-fehlt',
      where,
      `Der Link „${shown}“ führt zu keiner Datei der gebauten Website${alsoOn(morePages)}.`,
      `Suchen Sie den Link im Kapitel oder in der Einstellung, aus der diese Seite entsteht, und prüfen Sie den Pfad (Publikation, Kapitel, Dateiname). ${HINT_END}`,
    );
  },
  more: (count: number): Problem =>
    problemAbout(
      'website-links-weitere',
      'Website',
      `… und ${count.toLocaleString('de-DE')} weitere fehlerhafte Links.`,
      'Korrigieren Sie zuerst die genannten Links und bauen Sie erneut; dann werden die übrigen angezeigt.',
    ),
};
