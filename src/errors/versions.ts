/**
 * The catalogue of problems with versions: git missing, history missing in a clone, unreadable Fassung tags,
 * and the reasons `npm run fassung` refuses to create a Fassung. These are not about one line of a planner's
 * file, so the location names the thing concerned (`git`, the tag, the project folder) with line and column 0.
 */
import { STATUS, STATUS_LABEL, type Status } from '../publication/settings-schema.ts';
import { problemAbout, type Problem } from './problem.ts';

const problem = (code: string, file: string, message: string, hint: string): Problem => problemAbout(code, file, message, hint);
const warning = (code: string, file: string, message: string, hint: string): Problem =>
  problemAbout(code, file, message, hint, 'warnung');

/** Said in the build log when a clone lacks history or tags (readers get their own sentence, versions/overview.ts). */
const HISTORY_MISSING = 'Die Versionsgeschichte fehlt in diesem Klon.';
const HISTORY_FETCH = 'git fetch --tags --unshallow';

const statusList = STATUS.join(', ');
const tagFile = (tag: string) => `git-Tag ${tag}`;

export const versionErrors = {
  gitMissing: (): Problem =>
    warning(
      'git-fehlt',
      'git',
      'git ist nicht installiert; dieser Stand erhält deshalb keine Versionsangabe („ohne Versionsangabe“).',
      'Installieren Sie git (Debian/Ubuntu: sudo apt-get install git; Windows/macOS: https://git-scm.com), damit Website und PDF ihre Fassung nennen.',
    ),
  notRepository: (root: string): Problem =>
    warning(
      'kein-repository',
      root,
      'Der Projektordner liegt nicht in einem git-Repository; dieser Stand erhält keine Versionsangabe, Fassungen und Änderungen fehlen.',
      'Arbeiten Sie in einem Klon des Berichts-Repositorys (git clone …) oder legen Sie eines an: git init && git add . && git commit -m "Erster Stand".',
    ),
  noCommits: (root: string): Problem =>
    warning(
      'keine-commits',
      root,
      'Das git-Repository enthält noch keinen Commit; dieser Stand erhält keine Versionsangabe.',
      'Speichern Sie den Stand einmal: git add . && git commit -m "Erster Stand".',
    ),
  historyMissing: (): Problem =>
    warning(
      'versionsgeschichte-fehlt',
      'git',
      `${HISTORY_MISSING} Fassungen und Änderungen werden deshalb nicht angezeigt.`,
      `Holen Sie sie mit: ${HISTORY_FETCH} (in GitHub Actions: actions/checkout mit fetch-depth: 0).`,
    ),
  tagMessageUnreadable: (tag: string, detail: string): Problem =>
    warning(
      'fassung-beschreibung-ungueltig',
      tagFile(tag),
      `Die Beschreibung der Fassung „${tag}“ ist nicht lesbar: ${detail}. Sie wird mit dem Status „unbekannt“ geführt.`,
      `Die Nachricht des Tags braucht Zeilen wie „status: fachoeffentlich“ und „titel: …“ (Status: ${statusList}). ` +
        `Ersetzen Sie das Tag: git tag -a -f ${tag} ${tag}^{} -m "status: …" -m "titel: …" und dann git push --force origin ${tag}.`,
    ),
  lightweightTag: (tag: string): Problem =>
    warning(
      'fassung-ohne-beschreibung',
      tagFile(tag),
      `„${tag}“ ist ein einfaches Tag ohne Beschreibung; die Fassung wird mit dem Status „unbekannt“ geführt.`,
      `Legen Sie Fassungen mit npm run fassung an, oder von Hand mit: git tag -a -f ${tag} ${tag} -m "status: …" -m "titel: …".`,
    ),

  // npm run fassung refuses:
  dirtyTree: (files: readonly string[]): Problem =>
    problem(
      'fassung-ungespeichert',
      '.',
      `Es gibt ungespeicherte Änderungen: ${shortList(files)}. Eine Fassung muss genau einen gespeicherten Stand bezeichnen.`,
      'Speichern Sie die Änderungen zuerst (git add . && git commit -m "…") oder verwerfen Sie sie, und rufen Sie npm run fassung dann erneut auf.',
    ),
  badStatus: (value: string): Problem =>
    problem(
      'fassung-status-ungueltig',
      '--status',
      `„${value}“ ist kein Status einer Fassung.`,
      `Erlaubt sind: ${statusList}.`,
    ),
  statusBackwards: (latest: { tag: string; status: Status }, next: Status): Problem =>
    problem(
      'fassung-status-rueckschritt',
      '--status',
      `Die letzte Fassung „${latest.tag}“ ist bereits „${STATUS_LABEL[latest.status]}“; „${STATUS_LABEL[next]}“ wäre ein Schritt zurück.`,
      'Wenn das gewollt ist (z. B. ein neuer Entwurf nach dem Beschluss oder eine Vorlage, die zurückverwiesen wurde), rufen Sie npm run fassung mit --zurueck auf.',
    ),
  statusBackwardsAllowed: (latest: { tag: string; status: Status }, next: Status): Problem =>
    warning(
      'fassung-status-zurueck',
      '--status',
      `Die neue Fassung geht von „${STATUS_LABEL[latest.status]}“ („${latest.tag}“) zurück auf „${STATUS_LABEL[next]}“.`,
      'Das ist mit --zurueck erlaubt; nennen Sie den Grund im Titel der Fassung.',
    ),
  missingValue: (option: string, what: string): Problem =>
    problem(
      'fassung-angabe-fehlt',
      `--${option}`,
      `Es fehlt ${what}.`,
      `Geben Sie die Angabe mit --${option} "…" an (oder rufen Sie npm run fassung in einem Terminal auf, dann wird danach gefragt).`,
    ),
  badDate: (option: string, value: string): Problem =>
    problem(
      'fassung-datum-ungueltig',
      `--${option}`,
      `„${value}“ ist kein Datum.`,
      'Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-12-10.',
    ),
  checkFailed: (errors: number): Problem =>
    problem(
      'fassung-pruefung-fehlgeschlagen',
      '.',
      `Die Prüfung von Inhalten und Daten meldet ${errors === 1 ? 'einen Fehler' : `${errors.toLocaleString('de-DE')} Fehler`}; daraus wird keine Fassung.`,
      'Korrigieren Sie die oben genannten Stellen (npm run check zeigt sie erneut), speichern Sie (git commit) und rufen Sie npm run fassung dann erneut auf.',
    ),
  noRepositoryForFassung: (): Problem =>
    problem(
      'fassung-ohne-git',
      '.',
      'Eine Fassung ist ein git-Tag; hier gibt es aber kein git-Repository mit mindestens einem Commit.',
      'Arbeiten Sie in einem Klon des Berichts-Repositorys oder speichern Sie den ersten Stand: git init && git add . && git commit -m "Erster Stand".',
    ),
  statusMismatch: (file: string, settingsStatus: Status, fassung: Status): Problem =>
    warning(
      'fassung-status-abweichend',
      file,
      `Hier steht „status: ${settingsStatus}“, die Fassung wird aber als „${fassung}“ angelegt; Website und PDF zeigen den Status aus dieser Datei.`,
      `Wenn die Publikation zu dieser Fassung gehört, ändern Sie die Zeile in „status: ${fassung}“, speichern Sie (git commit) und legen Sie die Fassung dann an.`,
    ),
  tagFailed: (tag: string, detail: string): Problem =>
    problem('fassung-tag-fehlgeschlagen', tagFile(tag), `Das Tag „${tag}“ konnte nicht angelegt werden: ${detail}`, 'Prüfen Sie die Meldung von git und versuchen Sie es erneut.'),
};

function shortList(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} und ${files.length - 5} weitere` : shown;
}
