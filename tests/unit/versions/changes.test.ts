import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeItems, publicationChanges } from '../../../src/versions/changes.ts';
import { listFassungen } from '../../../src/versions/fassungen.ts';
import { compareWithPredecessor, loadVersions } from '../../../src/versions/overview.ts';
import { renderTextDiff } from '../../../src/versions/render-diff.ts';
import { computeStamp } from '../../../src/versions/stamp.ts';
import type { TestRepo } from '../../helpers/git-repo.ts';
import { TAG_1, TAG_2, twoFassungenRepo } from './scenario.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = twoFassungenRepo();
});
afterAll(() => repo.cleanup());

describe('Fassungen', () => {
  it('listet beide Fassungen mit Datum, Status und Titel, älteste zuerst', () => {
    const { fassungen, problems } = listFassungen(repo.git);
    expect(problems).toEqual([]);
    expect(fassungen.map(({ tag, date, status, titel }) => ({ tag, date, status, titel }))).toEqual([
      { tag: TAG_1, date: '2026-11-02T10:00:00+01:00', status: 'fachoeffentlich', titel: 'Entwurf zur fachöffentlichen Diskussion' },
      { tag: TAG_2, date: '2026-12-01T10:00:00+01:00', status: 'beschlussvorlage', titel: 'Beschlussvorlage für den Kreistag' },
    ]);
    expect(fassungen[1]!.notiz).toBe('Rückmeldungen der Träger eingearbeitet.');
    expect(fassungen[1]!.commit).toBe(repo.run('rev-parse', 'HEAD'));
  });
});

describe('Änderungen zwischen zwei Fassungen', () => {
  it('findet genau den geänderten Satz, die geänderte Überschrift und den geänderten Wert', () => {
    const v = loadVersions(repo.git, computeStamp(repo.git).stamp);
    const cmp = compareWithPredecessor(repo.git, repo.dir, v, 'bericht', TAG_2);
    if (!cmp.ok) throw new Error(cmp.reason);
    expect(cmp.from.tag).toBe(TAG_1);
    expect(changeItems(cmp.changes)).toEqual([
      { art: 'text', file: '01-einleitung.mdx', alt: 'leicht gestiegen', neu: 'deutlich gesunken' },
      // the chapter shows the value with <Wert>: readers see it change there too (the text of each Fassung's data)
      { art: 'text', file: '01-einleitung.mdx', alt: '11,7\u202f%', neu: '11,9\u202f%' },
      { art: 'ueberschrift', file: '02-einkommen.mdx', alt: 'Armut', neu: 'Armutsgefährdung' },
      { art: 'wert-geaendert', indikator: 'quote', gebiet: 'hw', jahr: 2024, alt: '11,7\u202f%', neu: '11,9\u202f%' },
    ]);
    const [einleitung, einkommen] = cmp.changes.chapters;
    expect(einleitung).toMatchObject({ status: 'geaendert', titel: { alt: 'Einleitung', neu: 'Einleitung' }, meta: [] });
    expect(einkommen!.text!.changes[0]!.abschnitt).toBe('Entwicklung der Armutsgefährdung');
    const value = cmp.changes.data.available ? cmp.changes.data.values[0] : null;
    expect(value).toMatchObject({ indikatorTitel: 'SGB-II-Quote', gebietName: 'Landkreis Hainwald' });
  });

  it('zeigt die Änderung als <del>/<ins> mit Klartext für Screenreader und faltet den unveränderten Text', () => {
    const changes = publicationChanges(repo.git, repo.dir, 'bericht', { kind: 'git', rev: TAG_1, label: TAG_1 }, { kind: 'git', rev: TAG_2, label: TAG_2 });
    const html = renderTextDiff(changes.chapters[0]!.text!);
    expect(html.match(/<del>/g)).toHaveLength(2);
    expect(html.match(/<ins>/g)).toHaveLength(2);
    expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>11,7\u202f%</del> <ins><span class="visually-hidden">Eingefügt: </span>11,9\u202f%</ins>');
    for (const syntax of ['##', '**', '&lt;Wert', 'indikator=']) expect(html).not.toContain(syntax);
    expect(html).toContain('<del><span class="visually-hidden">Gelöscht: </span>leicht gestiegen</del>');
    expect(html).toContain('<ins><span class="visually-hidden">Eingefügt: </span>deutlich gesunken</ins>');
    // up to 12 words of context on each side, cut at sentence ends; everything else folded with its word count
    expect(html).toContain('"textdiff__kontext">Die Armutsquote ist seit 2020 </span>');
    expect(html).toContain('</ins></span><span class="textdiff__kontext">. Satz 36 beschreibt die Lage im Landkreis ohne jede Änderung. </span>');
    expect(html.match(/… \d+ unveränderte Wörter …/g)).toEqual(['… 350 unveränderte Wörter …', '… 40 unveränderte Wörter …', '… 290 unveränderte Wörter …']);
    expect(html).not.toContain('Satz 1 beschreibt');
  });

  it('vergleicht den Arbeitsstand mit der letzten Fassung, ohne ihn anzutasten', () => {
    repo.write('content/bericht/03-neu.mdx', '---\ntitel: Ausblick\n---\nNeu.\n');
    try {
      const changes = publicationChanges(repo.git, repo.dir, 'bericht', { kind: 'git', rev: TAG_2, label: TAG_2 }, { kind: 'arbeitsstand', label: 'aktueller Stand' });
      expect(changeItems(changes)).toEqual([{ art: 'kapitel-neu', file: '03-neu.mdx' }]);
      expect(changes.chapters[2]).toMatchObject({ slug: 'neu', titel: { alt: null, neu: 'Ausblick' } });
    } finally {
      repo.remove('content/bericht/03-neu.mdx');
    }
    expect(repo.run('status', '--porcelain')).toBe('');
  });
});
