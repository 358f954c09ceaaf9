/**
 * Two Fassungen in which a count falls below the threshold (mindestfallzahl 3):
 *
 *   Gemeinde        Fassung 1   Fassung 2
 *   Hainwald            400         400
 *   Eichenau            300         300
 *   Talbrück            182         182
 *   Erlengrund            0           0
 *   Birkenstein          31          31
 *   Schönborn            12           2
 *   Landkreis           925         915
 *
 * In Fassung 2 Schönborn (2) is withheld. Erlengrund (0) must not be its complement (Kreis − the rest = 2 + 0 would
 * give it away); Birkenstein (31), the smallest non-zero Gemeinde, is. The changes page must not show
 * „Birkenstein 31 → *, Schönborn 12 → *“ next to „Landkreis 925 → 915“: with Birkenstein unchanged, 12 − 10 = 2.
 * A chapter shows the values in <Wert>, a table and a bar chart (with its CSV download).
 */
import { createTestRepo, type TestRepo } from '../../helpers/git-repo.ts';

export const TAG_A = 'fassung-2026-11-02-fachoeffentlich';
export const TAG_B = 'fassung-2026-12-01-beschlussvorlage';

const SETTINGS = `titel: Sozialbericht 2026
kreis: Landkreis Hainwald
status: fachoeffentlich
datum: 2026-11-02
mindestfallzahl: 3
`;

const CHAPTER = `---
titel: Hilfen
---
Im Jahr 2024 gab es in Schönborn <Wert indikator="faelle" gebiet="schoenborn" jahr="2024" /> Fälle, in Birkenstein
<Wert indikator="faelle" gebiet="birkenstein" jahr="2024" /> und im Landkreis <Wert indikator="faelle" gebiet="hw" jahr="2024" />.

<Tabelle indikator="faelle" gebiete="hw, hainwald, eichenau, talbrueck, erlengrund, birkenstein, schoenborn" jahre="2024" />

<Diagramm indikator="faelle" art="balken" gebiete="hainwald, eichenau, talbrueck, erlengrund, birkenstein, schoenborn" jahre="2024" />
`;

const GEBIETE = `id;name;ebene;eltern
hw;Landkreis Hainwald;kreis;
hainwald;Hainwald;gemeinde;hw
eichenau;Eichenau;gemeinde;hw
talbrueck;Talbrück;gemeinde;hw
erlengrund;Erlengrund;gemeinde;hw
birkenstein;Birkenstein;gemeinde;hw
schoenborn;Schönborn;gemeinde;hw
`;

const INDIKATOREN = `id;titel;einheit;lebenslage;definition;quelle;richtung;nachkommastellen;geheimhaltung
faelle;Hilfefälle;Anzahl;Familie;Laufende Hilfen am Jahresende;Jugendamt;neutral;0;ja
`;

export const VALUES_A = { hw: 925, hainwald: 400, eichenau: 300, talbrueck: 182, erlengrund: 0, birkenstein: 31, schoenborn: 12 };
export const VALUES_B = { ...VALUES_A, hw: 915, schoenborn: 2 };

const werte = (v: Record<string, number>) =>
  `indikator;gebiet;jahr;wert;hinweis\n${Object.entries(v).map(([g, w]) => `faelle;${g};2024;${w};`).join('\n')}\n`;

export function geheimhaltungRepo(): TestRepo {
  const repo = createTestRepo({
    'content/bericht/publikation.yaml': SETTINGS,
    'content/bericht/01-hilfen.mdx': CHAPTER,
    'data/gebiete/gebiete.csv': GEBIETE,
    'data/indikatoren/indikatoren.csv': INDIKATOREN,
    'data/werte/werte.csv': werte(VALUES_A),
  });
  repo.commit('Entwurf', '2026-11-02T09:00:00+01:00');
  repo.tag(TAG_A, 'status: fachoeffentlich\ntitel: Entwurf', '2026-11-02T10:00:00+01:00');
  repo.write('data/werte/werte.csv', werte(VALUES_B));
  repo.commit('Neue Zahlen', '2026-11-30T15:00:00+01:00');
  repo.tag(TAG_B, 'status: beschlussvorlage\ntitel: Beschlussvorlage', '2026-12-01T10:00:00+01:00');
  return repo;
}
