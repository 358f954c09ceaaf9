/**
 * The Lektorat's report for the authors as one self-contained HTML page (German): per publication a table with one
 * row per chapter and one column per kind of warning, the Wiener Sachtextformel with what it means, then every
 * finding with its `file:line:column`, chapter by chapter. `npm run check` writes it beside the project
 * (report-file.ts); `npm run dev` serves it at /_lektorat/ (src/integration/lektorat-page.ts). It is never part of
 * the built site. All text from the chapters is escaped.
 */
import { escapeHtml } from '../versions/render-diff.ts';
import { KIND_LABEL } from './check.ts';
import type { ReportChapter, ReportGroup } from './report.ts';

const KINDS = Object.keys(KIND_LABEL);

const number = (n: number) => n.toLocaleString('de-DE');
export const formatWstf = (wstf: number | null) =>
  wstf === null ? '–' : wstf.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const STYLE = `
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 84rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1, h2, h3 { line-height: 1.25; }
.tabelle { overflow-x: auto; margin: 1rem 0 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.35rem 0.5rem; vertical-align: top; }
th { text-align: left; }
thead th { background: #e8eef4; font-size: 0.9em; hyphens: auto; }
tbody th { min-width: 12rem; }
td { text-align: right; font-variant-numeric: tabular-nums; }
.datei, .ort { font-family: ui-monospace, monospace; font-size: 0.9em; }
.datei { display: block; color: #4a4a4a; font-weight: normal; }
.hinweis { display: block; color: #3d3d3d; }
ol.befunde li { margin-bottom: 0.6rem; }
.art { font-weight: 600; }
.erklaerung { background: #f4f4f0; border-left: 4px solid #1d4f7a; padding: 0.5rem 1rem; }
a { color: #0b4f8a; }
`;

function row(chapter: ReportChapter): string {
  const { summary } = chapter;
  const cells = KINDS.map((code) => `<td>${number(summary.counts.get(code) ?? 0)}</td>`).join('');
  const total = [...summary.counts.values()].reduce((a, b) => a + b, 0);
  return (
    `<tr><th scope="row"><a href="#${chapter.id}">${escapeHtml(chapter.titel)}</a>` +
    `<span class="datei">${escapeHtml(summary.file)}</span></th>${cells}<td>${number(total)}</td><td>${formatWstf(summary.wstf)}</td></tr>`
  );
}

function table(group: ReportGroup): string {
  const head = ['Kapitel', ...KINDS.map((k) => KIND_LABEL[k]!), 'Zusammen', 'Lesbarkeit']
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  return (
    `<section class="tabelle" tabindex="0" aria-label="${escapeHtml(`Tabelle: ${group.titel}`)}"><table><caption>Hinweise des Lektorats je Kapitel: ${escapeHtml(group.titel)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${group.chapters.map(row).join('')}</tbody></table></section>`
  );
}

function findings(chapter: ReportChapter): string {
  const list = chapter.summary.findings;
  const body =
    list.length === 0
      ? '<p>Keine Hinweise.</p>'
      : `<ol class="befunde">${list
          .map((p) => {
            const where = p.line > 0 ? `${p.file}:${p.line}:${p.column > 0 ? p.column : 1}` : p.file;
            return (
              `<li><span class="ort">${escapeHtml(where)}</span> <span class="art">${escapeHtml(KIND_LABEL[p.code] ?? p.code)}:</span> ` +
              `${escapeHtml(p.message)}${p.hint ? `<span class="hinweis">→ ${escapeHtml(p.hint)}</span>` : ''}</li>`
            );
          })
          .join('')}</ol>`;
  return `<section aria-labelledby="${chapter.id}"><h4 id="${chapter.id}">${escapeHtml(chapter.titel)} <span class="datei">${escapeHtml(chapter.summary.file)}</span></h4>${body}</section>`;
}

const EXPLANATION = `<section class="erklaerung" aria-labelledby="lesbarkeit">
<h2 id="lesbarkeit">Was die Lesbarkeit bedeutet</h2>
<p>Die Zahl in der Spalte „Lesbarkeit“ ist die Wiener Sachtextformel (Bamberger und Vanecek). Sie schätzt aus der Länge der
Sätze und der Wörter, für welche Schulstufe ein deutscher Sachtext leicht zu lesen ist: 4 heißt sehr leicht, 15 sehr
schwer. Üblich ist diese Einteilung: bis 7 leicht, 8 bis 10 mittelschwer, 11 und 12 schwierig, ab 13 sehr schwierig.
Fachtexte der Verwaltung erreichen leicht Werte über 12.</p>
<p>Ein Bericht für den Kreistag und die Öffentlichkeit sollte möglichst bei 12 oder darunter liegen. Wenn ein Kapitel
deutlich höher liegt, helfen kürzere Sätze (ein Gedanke je Satz) und weniger lange Wörter: „Menschen, die Grundsicherung
beziehen“ statt „Grundsicherungsbeziehende“. Die Formel zählt nur den Fließtext, nicht Überschriften, Tabellen und
Diagramme; sie ersetzt kein Gegenlesen.</p>
</section>`;

export interface ReportPageOptions {
  /** When the check ran (shown on the page; passed in so tests can pin it). */
  erstellt: Date;
}

export function reportPage(groups: readonly ReportGroup[], options: ReportPageOptions): string {
  const chapters = groups.flatMap((g) => g.chapters);
  const total = chapters.reduce((sum, c) => sum + c.summary.findings.length, 0);
  const when = options.erstellt.toLocaleString('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const sections = groups
    .map(
      (g, i) =>
        `<section aria-labelledby="publikation-${i + 1}"><h2 id="publikation-${i + 1}">${escapeHtml(g.titel)}</h2>${table(g)}` +
        `<h3>Hinweise im Einzelnen</h3>${g.chapters.map(findings).join('')}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>Lektoratsbericht für die Autorinnen und Autoren</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Lektoratsbericht für die Autorinnen und Autoren</h1>
<p>Erstellt von <code>npm run check</code> am ${escapeHtml(when)} Uhr: ${number(total)} ${total === 1 ? 'Hinweis' : 'Hinweise'} in ${number(chapters.length)} ${chapters.length === 1 ? 'Kapitel' : 'Kapiteln'}.
Diese Seite ist nur für die Arbeit am Bericht; sie wird nicht veröffentlicht.</p>
${EXPLANATION}
${sections}
</main>
</body>
</html>
`;
}
