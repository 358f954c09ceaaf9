/**
 * Problems with link targets a planner writes (MDX chapters, literatur.json): a scheme other than web, e-mail and
 * telephone would run code in the reader's browser or PDF viewer (`javascript:`), smuggle in a page (`data:`) or
 * point at local files (`file:`). The value is shown with its hidden characters made visible.
 */
import { problem, type Location, type Problem } from './problem.ts';

/** The value as the planner can find it: control characters as \t, \n, \u00AD …; long values shortened. */
function visible(value: string): string {
  const shown = value.replace(/[\u0000-\u001F\u007F-\u00A0\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/g, (c) => {
    if (c === '\t') return '\\t';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

const ALLOWED = 'Erlaubt sind Web-Adressen (https://…), E-Mail (mailto:…), Telefon (tel:…), Seiten dieser Website (/pfad/ oder ../kapitel/) und Anker (#abschnitt).';

export const linkErrors = {
  /** `where`: e.g. `Markdown-Link`, `href von <a>`, `Feld „URL“`. */
  forbiddenScheme: (at: Location, where: string, value: string, scheme: string): Problem =>
    problem(
      'link-schema-verboten',
      at,
      `${where}: Das Linkziel „${visible(value)}“ beginnt mit „${scheme}:“. Solche Links führen Code aus oder öffnen fremde Inhalte; sie werden nicht veröffentlicht.`,
      `${ALLOWED} Ein Ziel mit „${scheme}:“ ist nie nötig: schreiben Sie die Adresse der Seite oder Datei, auf die Sie verweisen wollen.`,
    ),
  /** A `<script>`, `<iframe>`, `<object>` or `<embed>`, or an `on…` attribute, in a chapter. */
  activeContent: (at: Location, what: string): Problem =>
    problem(
      'kapitel-aktiver-inhalt',
      at,
      `${what} in einem Kapitel: Kapitel dürfen keinen Programmcode und keine fremden Seiten einbetten; die Website und das PDF führen ihn nicht aus.`,
      'Entfernen Sie das Element. Für Diagramme, Karten und Tabellen gibt es <Diagramm>, <Karte> und <Tabelle>; für Links [Text](https://…).',
    ),
};
