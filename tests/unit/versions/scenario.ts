/**
 * A tiny report project in a throwaway git repository with two Fassungen. Between them exactly three things a
 * reader can see change: one sentence (chapter 1), one heading (chapter 2) and one value (SGB-II-Quote, hw, 2024).
 * A count below the threshold also changes (1 → 2), which must NOT show: both are published as `*`.
 * The values file is German Excel CSV (`;`, decimal comma, Windows-1252) to prove bytes are read faithfully.
 */
import { createTestRepo, type TestRepo } from '../../helpers/git-repo.ts';

export const TAG_1 = 'fassung-2026-11-02-fachoeffentlich';
export const TAG_2 = 'fassung-2026-12-01-beschlussvorlage';

const filler = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `Satz ${from + i} beschreibt die Lage im Landkreis ohne jede Änderung.`).join(' ');

const SETTINGS = `titel: Sozialbericht 2026
kreis: Landkreis Hainwald
status: fachoeffentlich
datum: 2026-11-02
`;

const chapter1 = (sentence: string) => `---
titel: Einleitung
---
${filler(1, 30)}

${filler(31, 5)} ${sentence} ${filler(36, 5)}

Die Quote lag zuletzt bei <Wert indikator="quote" gebiet="hw" jahr="2024" />.

${filler(41, 30)}
`;

const chapter2 = (heading: string) => `---
titel: Einkommen und Armut
---
## Lage der Haushalte

${filler(100, 20)}

## ${heading}

${filler(200, 20)}
`;

const GEBIETE = 'id;name;ebene;eltern\nhw;Landkreis Hainwald;kreis;\nmue;Mühlbach;gemeinde;hw\nau;Auenstedt;gemeinde;hw\n';
const INDIKATOREN =
  'id,titel,einheit,lebenslage,definition,quelle,richtung,nachkommastellen\n' +
  'quote,SGB-II-Quote,%,Einkommen,Anteil der Menschen in Bedarfsgemeinschaften,Bundesagentur für Arbeit,steigend_schlecht,1\n' +
  'faelle,Fälle,Anzahl,Einkommen,Zahl der Fälle,Bundesagentur für Arbeit,neutral,0\n';
const werte = (quote: string, klein: string) =>
  `indikator;gebiet;jahr;wert;hinweis\nquote;hw;2023;11,2;\nquote;hw;2024;${quote};\nquote;mue;2024;9,8;Mühlbach vorläufig\n` +
  `faelle;hw;2024;120;\nfaelle;mue;2024;${klein};\nfaelle;au;2024;119;\n`;

/** Windows-1252, as German Excel saves „CSV (Trennzeichen-getrennt)“. */
function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = { ä: 0xe4, ö: 0xf6, ü: 0xfc, Ä: 0xc4, Ö: 0xd6, Ü: 0xdc, ß: 0xdf };
  return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

export function twoFassungenRepo(): TestRepo {
  const repo = createTestRepo({
    'content/bericht/publikation.yaml': SETTINGS,
    'content/bericht/01-einleitung.mdx': chapter1('Die Armutsquote ist seit 2020 leicht gestiegen.'),
    'content/bericht/02-einkommen.mdx': chapter2('Entwicklung der Armut'),
    'data/gebiete/gebiete.csv': GEBIETE,
    'data/indikatoren/indikatoren.csv': INDIKATOREN,
  });
  repo.write('data/werte/werte.csv', cp1252(werte('11,7', '1')));
  repo.commit('Entwurf', '2026-11-02T09:00:00+01:00');
  repo.tag(TAG_1, 'status: fachoeffentlich\ntitel: Entwurf zur fachöffentlichen Diskussion', '2026-11-02T10:00:00+01:00');

  repo.write('content/bericht/01-einleitung.mdx', chapter1('Die Armutsquote ist seit 2020 deutlich gesunken.'));
  repo.write('content/bericht/02-einkommen.mdx', chapter2('Entwicklung der Armutsgefährdung'));
  repo.write('data/werte/werte.csv', cp1252(werte('11,9', '2')));
  repo.commit('Rückmeldungen eingearbeitet', '2026-11-30T15:00:00+01:00');
  repo.tag(
    TAG_2,
    'status: beschlussvorlage\ntitel: Beschlussvorlage für den Kreistag\n\nRückmeldungen der Träger eingearbeitet.',
    '2026-12-01T10:00:00+01:00',
  );
  return repo;
}
