/**
 * The planning process as data: what `npm run check` says about a fixture with typical mistakes
 * (tests/fixtures/process-beteiligung), the participation matrix, the counts per result and the feedback link.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { loadProcess } from '../../../src/process/check.ts';
import { countByErgebnis } from '../../../src/process/ergebnisse.ts';
import { feedbackHref, parseChannel, sectionAddress } from '../../../src/process/feedback-link.ts';
import { participationMatrix } from '../../../src/process/matrix.ts';
import { looksLikePerson } from '../../../src/process/person-name.ts';
import { projectPaths } from '../../../src/project.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/process-beteiligung');
const { data, problems } = loadProcess(projectPaths(root));
const printed = problems.map(formatProblem);
const line = (where: string) => printed.filter((p) => p.startsWith(`${where}: `)).map((p) => p.split('\n')[0]);

describe('participation (data/beteiligung)', () => {
  it('warns when a required group took part in no meeting of a phase, at the first meeting of that phase', () => {
    expect(line('data/beteiligung/termine.csv:3:49')).toContain(
      'data/beteiligung/termine.csv:3:49: warnung: Die Gruppe „Jobcenter/Agentur für Arbeit“ war in der Phase „Datenanalyse“ an keinem Termin beteiligt.',
    );
    // The other phases had the Jobcenter; the Freie Wohlfahrtspflege took part everywhere.
    expect(printed.filter((p) => p.includes('pflichtgruppe') || p.includes('an keinem Termin beteiligt'))).toHaveLength(1);
  });

  it('an unknown actor id is an error at its own column, with a suggestion', () => {
    const [p] = line('data/beteiligung/termine.csv:4:75');
    expect(p).toBe('data/beteiligung/termine.csv:4:75: fehler: Unbekannter Akteur „jobcentr“ in „beteiligte“.');
    expect(printed.find((x) => x.startsWith('data/beteiligung/termine.csv:4:75'))).toContain('Meinten Sie „jobcenter“?');
  });

  it('a date that does not exist is an error with its location', () => {
    expect(line('data/beteiligung/termine.csv:6:1')[0]).toMatch(/fehler: „2026-13-01“ in Spalte „datum“ ist ungültig \(kein Datum/);
  });

  it('a name that looks like a private person is a warning', () => {
    expect(line('data/beteiligung/akteure.csv:5:6')[0]).toContain('warnung: „Herr Beispiel“ sieht aus wie der Name einer Person');
    expect(looksLikePerson('Maria Müller')).toBe(true);
    expect(looksLikePerson('Jobcenter Hainwald')).toBe(false);
    expect(looksLikePerson('Caritas-Region Hainwald')).toBe(false);
  });

  it('the matrix marks recommended against actual participation', () => {
    const rows = participationMatrix(data.beteiligung);
    const jc = rows.find((r) => r.gruppe === 'Jobcenter/Agentur für Arbeit')!.cells.map((c) => c.mark);
    // recommended in orientierung and datenanalyse; took part in orientierung, diskussion, strategie
    expect(jc).toEqual(['empfohlen-beteiligt', 'empfohlen-fehlt', 'zusaetzlich', 'zusaetzlich']);
    const zivil = rows.find((r) => r.gruppe === 'Zivilgesellschaft')!.cells.map((c) => c.mark);
    expect(zivil).toEqual(['keine', 'keine', 'keine', 'keine']);
  });
});

describe('strategy (data/strategie)', () => {
  it('a goal whose indicator is unknown is an error at file:line:column, in German, with a suggestion', () => {
    const [p] = line('data/strategie/ziele.csv:3:30');
    expect(p).toBe('data/strategie/ziele.csv:3:30: fehler: Unbekannter Indikator „sgb2_qoute“: Das Ziel kann nicht gemessen werden.');
    expect(printed.find((x) => x.startsWith('data/strategie/ziele.csv:3:30'))).toContain('Meinten Sie „sgb2_quote“?');
  });

  it('unknown Handlungsfeld and Ziel references are errors', () => {
    expect(line('data/strategie/ziele.csv:4:4')[0]).toContain('fehler: Unbekanntes Handlungsfeld „hf9“.');
    expect(line('data/strategie/massnahmen.csv:3:4')[0]).toContain('fehler: Unbekanntes Ziel „z7“.');
    expect(data.strategie.ziele.map((z) => z.id)).toEqual(['z1']);
    expect(data.strategie.massnahmen.map((m) => m.kosten)).toEqual([412000]);
  });
});

describe('Stellungnahmen (data/stellungnahmen)', () => {
  it('an unknown heading anchor is a warning at the anchor', () => {
    expect(line('data/stellungnahmen/stellungnahmen.csv:5:35')[0]).toContain('warnung: Das Kapitel „massnahmen“ hat keine Überschrift mit dem Anker „wohnen“.');
  });

  it('ties statements to the publication with the chapter and counts them per result', () => {
    expect(data.stellungnahmen.every((s) => s.publikation === 'strategie')).toBe(true);
    expect(data.stellungnahmen[0]!.anker).toBe('familie-und-kinder');
    expect(countByErgebnis(data.stellungnahmen)).toEqual({ beruecksichtigt: 2, teilweise: 1, nicht_beruecksichtigt: 0, kenntnisnahme: 1 });
  });
});

describe('feedback link', () => {
  const target = {
    publikation: 'Strategie Musterhausen',
    kapitel: 'Maßnahmen',
    abschnitt: 'Familie und Kinder',
    anker: sectionAddress('https://planung.example/', 'strategie', 'massnahmen', 'familie-und-kinder'),
    version: 'fassung-2026-06-01-fachoeffentlich+2.abc1234',
  };

  it('mailto: subject names the section, the body its address and the version', () => {
    const href = feedbackHref(parseChannel('mailto:planung@musterhausen.example')!, target);
    expect(href.startsWith('mailto:planung@musterhausen.example?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Rückmeldung: Strategie Musterhausen – Familie und Kinder');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Adresse: https://planung.example/strategie/massnahmen/#familie-und-kinder');
    expect(body).toContain('Version: fassung-2026-06-01-fachoeffentlich+2.abc1234');
  });

  it('a URL template gets its placeholders URL-encoded', () => {
    const href = feedbackHref(parseChannel('https://form.example/neu?a={abschnitt}&u={anker}&v={version}')!, target);
    expect(href).toBe(
      'https://form.example/neu?a=Familie%20und%20Kinder&u=https%3A%2F%2Fplanung.example%2Fstrategie%2Fmassnahmen%2F%23familie-und-kinder&v=fassung-2026-06-01-fachoeffentlich%2B2.abc1234',
    );
  });

  it('anything else is not a channel', () => {
    expect(parseChannel('sozialplanung@hainwald.example')).toBeNull();
  });
});

describe('process components in chapters', () => {
  it('an unknown phase or Handlungsfeld is an error at the attribute value', () => {
    expect(line('content/strategie/01-massnahmen.mdx:13:21')[0]).toBe(
      'content/strategie/01-massnahmen.mdx:13:21: fehler: Die Phase „orientirung“ in <Beteiligung> gibt es nicht.',
    );
    expect(printed.find((p) => p.startsWith('content/strategie/01-massnahmen.mdx:13:21'))).toContain('Meinten Sie „orientierung“?');
    expect(line('content/strategie/01-massnahmen.mdx:17:28')[0]).toContain('fehler: Das Handlungsfeld „hf2“ in <Massnahmen> gibt es nicht.');
  });
});

describe('required groups over the course of the process', () => {
  const b = data.beteiligung;
  const only = (phasen: string[]) => ({ ...b, termineFile: 'data/beteiligung/termine.csv', termine: b.termine.filter((t) => phasen.includes(t.phase)) });

  it('phases that have not begun are not checked; a skipped phase is', async () => {
    const { checkRequiredGroups } = await import('../../../src/process/required-groups.ts');
    expect(checkRequiredGroups(projectPaths(root), only(['orientierung']), [])).toEqual([]);
    const gap = checkRequiredGroups(projectPaths(root), only(['orientierung', 'strategieentwicklung']), []).map(formatProblem);
    // Datenanalyse and Fachöffentliche Diskussion had no meeting at all: both required groups are missing there.
    expect(gap.map((p) => p.split('\n')[0])).toEqual([
      'data/beteiligung/termine.csv:1:1: warnung: Die Gruppe „Jobcenter/Agentur für Arbeit“ war in der Phase „Datenanalyse“ an keinem Termin beteiligt.',
      'data/beteiligung/termine.csv:1:1: warnung: Die Gruppe „Freie Wohlfahrtspflege“ war in der Phase „Datenanalyse“ an keinem Termin beteiligt.',
      'data/beteiligung/termine.csv:1:1: warnung: Die Gruppe „Jobcenter/Agentur für Arbeit“ war in der Phase „Fachöffentliche Diskussion“ an keinem Termin beteiligt.',
      'data/beteiligung/termine.csv:1:1: warnung: Die Gruppe „Freie Wohlfahrtspflege“ war in der Phase „Fachöffentliche Diskussion“ an keinem Termin beteiligt.',
    ]);
  });
});

describe('the comparison of a goal (ziele.csv „vergleich“)', () => {
  const v = loadProcess(projectPaths(path.resolve(import.meta.dirname, '../../fixtures/process-vergleich')));
  const out = v.problems.map(formatProblem);
  const at = (where: string) => out.filter((p) => p.startsWith(`${where}: `));
  const goal = (id: string) => v.data.strategie.ziele.find((z) => z.id === id);

  it('without the column value it follows the indicator’s richtung: steigend_schlecht → hoechstens, steigend_gut → mindestens', () => {
    expect(goal('z1')?.vergleich).toBe('hoechstens');
    expect(goal('z6')?.vergleich).toBe('mindestens');
  });

  it('a goal on a neutral indicator without a comparison is an error at its vergleich cell, and is left out', () => {
    // line 3: z2,hf1,Wohngeld erreicht die Berechtigten,wohngeld,3300,2028,<empty> → the empty field starts at column 62
    const [p] = at('data/strategie/ziele.csv:3:62');
    expect(p).toContain('fehler: Das Ziel „z2“ misst den Indikator „wohngeld“, der ohne Wertung ist (richtung „neutral“).');
    expect(p).toContain('Spalte „vergleich“ „mindestens“');
    expect(goal('z2')).toBeUndefined();
    expect(goal('z3')?.vergleich).toBe('mindestens');
  });

  it('„Höchstens“ is read as hoechstens; against the richtung it is a warning, not an error', () => {
    expect(goal('z4')?.vergleich).toBe('hoechstens');
    // line 5: z4,hf1,Hausärzte mit Umlaut,hausaerzte,6.0,2030,Höchstens → 3 + 4 + 21 + 11 + 4 + 5 = 48 characters before it
    const [p] = at('data/strategie/ziele.csv:5:49');
    expect(p).toContain('warnung: Das Ziel „z4“ verlangt höchstens den Zielwert, aber beim Indikator „hausaerzte“ gilt ein steigender Wert als günstig.');
  });

  it('an unknown comparison is an error naming the allowed values', () => {
    // line 6: z5,hf1,Tippfehler,hausaerzte,6.0,2030,mindestns → 3 + 4 + 11 + 11 + 4 + 5 = 38 characters before it
    const [p] = at('data/strategie/ziele.csv:6:39');
    expect(p).toContain('„mindestns“');
    expect(p).toContain('mindestens, hoechstens');
    expect(goal('z5')).toBeUndefined();
  });
});
