/**
 * Every MDX component's props are checked against its one schema by `npm run check`, with the printed line a planner
 * sees. Columns are counted by hand in the chapter below.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../../src/components/schemas/index.ts';
import { projectWith, runCheck } from '../../helpers/check-project.ts';

const FILE = 'content/mini-bericht/04-props.mdx';
const CHAPTER = [
  '---',
  'titel: Props',
  '---',
  '',
  '<Diagramm indikator="quote" art="torte" />', //       5: `art="` ends at column 33
  '',
  '<Karte indikator="quote" jahr="2022-2024" />', //     7: `jahr="` ends at column 31
  '',
  '<Wert indikator="quote" gebiet="ms" jaht="2023" />', // 9: `jaht` starts at column 37
  '',
  '<Wret indikator="quote" gebiet="ms" />', //          11
  '',
  '<Tabelle indikator="quote" jahre={[2022, 2023]} titel="Quote" />', // 13: the list starts at column 35
  '',
].join('\n');

describe('npm run check: Komponenten und ihre Attribute', () => {
  let dir: string;
  let output: string;
  let code: number;
  beforeAll(() => {
    dir = projectWith('mini', { [FILE]: CHAPTER });
    ({ code, output } = runCheck(dir));
  }, 30_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scheitert', () => expect(code).toBe(1));

  it('eine nicht erlaubte Diagrammart', () => {
    expect(output).toContain(`${FILE}:5:34: fehler: <Diagramm art="torte">: „torte“ ist hier nicht erlaubt.\n  → Erlaubt sind: „linie“, „balken“.`);
  });

  it('mehr als ein Jahr auf einer Karte, und eine Karte ohne Gebietsgrenzen', () => {
    expect(output).toContain(`${FILE}:7:32: fehler: <Karte jahr="2022-2024">: Eine Karte zeigt genau ein Jahr.`);
    expect(output).toContain(`${FILE}:7:1: fehler: Für die Karte des Indikators „quote“ gibt es keine Gebietsgrenzen mit Werten.`);
  });

  it('ein unbekanntes Attribut, mit Vorschlag', () => {
    expect(output).toContain(`${FILE}:9:37: fehler: <Wert> kennt das Attribut „jaht“ nicht.\n  → Meinten Sie „jahr“? Erlaubt sind: „indikator“, „gebiet“, „jahr“.`);
  });

  it('eine unbekannte Komponente, mit Vorschlag', () => {
    expect(output).toContain(`${FILE}:11:1: fehler: Die Komponente <Wret> gibt es nicht.\n  → Meinten Sie „Wert“? Bekannt sind: <Wert>, <Tabelle>,`);
  });

  it('ein Wert der falschen Art', () => {
    expect(output).toContain(`${FILE}:13:35: fehler: <Tabelle jahre=…>: [2022,2023] passt nicht, erwartet wird Text in Anführungszeichen oder eine Zahl.\n  → Schreiben Sie z. B. jahre="…".`);
    expect(output).not.toMatch(/04-props\.mdx:13:\d+: fehler: <Tabelle titel/);
  });
});

describe('eine Liste der Komponenten', () => {
  it('die Schemas und die Komponenten der Kapitel sind dieselben', async () => {
    const source = fs.readFileSync(new URL('../../../src/components/mdx-components.ts', import.meta.url), 'utf8');
    const declared = /export const mdxComponents = \{ ([^}]*) \}/.exec(source)![1]!.split(',').map((s) => s.trim());
    expect([...declared].sort()).toEqual([...COMPONENT_NAMES].sort());
  });
});
