/**
 * The process components and the feedback links as a reader gets them: builds tests/fixtures/process-website
 * (a strategy under discussion with a URL template as feedback channel, and an adopted report) and reads the HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionStamp } from '../../src/versions/stamp.ts';
import { buildFixture, type BuiltFixture } from '../helpers/build-fixture.ts';

let built: BuiltFixture;
const page = (p: string) => fs.readFileSync(path.join(built.dist, p, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  built = await buildFixture('process-website');
}, 300_000);

afterAll(() => built?.cleanup());

describe('feedback links', () => {
  it('every section of a publication under discussion links to the channel with its anchor and the version', () => {
    const html = page('strategie/planung');
    const links = [...html.matchAll(/<p class="rueckmeldung"><a href="([^"]+)">Rückmeldung zu diesem Abschnitt/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links).toHaveLength(2);
    const first = new URL(links[0]!);
    expect(first.origin + first.pathname).toBe('https://beteiligung.musterhausen.example/formular');
    expect(first.searchParams.get('abschnitt')).toBe('Familie und Kinder');
    expect(first.searchParams.get('adresse')).toBe('https://planung.musterhausen.example/strategie/planung/#familie-und-kinder');
    const version = versionStamp(built.project).label;
    expect(first.searchParams.get('version')).toBe(version);
    expect(html).toContain('<h2 id="familie-und-kinder">');
  });

  it('an adopted publication shows no feedback links', () => {
    expect(page('bericht/lage')).not.toContain('rueckmeldung');
  });
});

describe('components', () => {
  it('Beteiligung shows Wer/Warum/Wie with CSV text escaped', () => {
    const html = page('strategie/planung');
    expect(html).toContain('Ein Gremium &lt;b&gt;hält&lt;/b&gt; den Prozess zusammen.');
    expect(text(html)).toContain('Jobcenter/Agentur für Arbeit (in dieser Phase beteiligt)');
  });

  it('the matrix says in text what its symbols mean', () => {
    const t = text(page('strategie/planung'));
    // Jobcenter: recommended in orientierung (took part), not recommended in datenanalyse but took part.
    expect(t).toMatch(/Jobcenter\/Agentur für Arbeit \(P\) ● empfohlen und beteiligt ◆ beteiligt, ohne Empfehlung ◆ beteiligt, ohne Empfehlung ◆/);
  });

  it('Termine in German dates, Massnahmen with Euro, Zielerreichung with baseline, latest, target and direction', () => {
    const t = text(page('strategie/planung'));
    expect(t).toContain('9. April 2025');
    expect(t).toContain('412.000 €');
    // one measure in massnahmen.csv: singular („1 Maßnahmen“ before)
    expect(t).toContain('1 Maßnahme, Kosten über die gesamte Laufzeit: 412.000 €');
    expect(t).toContain('Januar 2027 bis Dezember 2030');
    // ziele.csv has no „vergleich“: sgb2_quote is steigend_schlecht, so the target is a ceiling. 9,0 → 8,0 is −1,0 points,
    // falling towards it; 8,0 is still above 7,5. (Before, the arrow ↗ was drawn for this falling rate.)
    expect(t).toMatch(/9,0 % \(2020\) 8,0 % \(2024\) höchstens 7,5 % bis 2030 ○ Zielwert noch nicht erreicht ▼ −1,0 Prozentpunkte seit 2020 \(in Zielrichtung\)/);
  });

  it('the Abwägungstabelle page groups by section and counts per result', () => {
    const t = text(page('strategie/stellungnahmen'));
    expect(t).toMatch(/berücksichtigt 2 teilweise berücksichtigt 1 nicht berücksichtigt 0 zur Kenntnis genommen 0 Insgesamt 3/);
    expect(t.indexOf('Planung und Ziele: Familie und Kinder')).toBeLessThan(t.indexOf('Planung und Ziele: Ziele'));
    expect(fs.existsSync(path.join(built.dist, 'bericht', 'stellungnahmen'))).toBe(false);
  });
});
