/**
 * An export replaced by a newer download between two Fassungen: the changed value shows on the changes page like a
 * changed row of data/werte (the store is the one place values come from).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeItems } from '../../../src/versions/changes.ts';
import { compareWithPredecessor, loadVersions } from '../../../src/versions/overview.ts';
import { computeStamp } from '../../../src/versions/stamp.ts';
import { createTestRepo, type TestRepo } from '../../helpers/git-repo.ts';
import { GEBIETE, INDIKATOREN, INKAR } from './fixtures.ts';

const TAG_1 = 'fassung-2026-11-02-fachoeffentlich';
const TAG_2 = 'fassung-2026-12-01-beschlussvorlage';
let repo: TestRepo;

beforeAll(() => {
  repo = createTestRepo({
    'content/bericht/publikation.yaml': 'titel: Sozialbericht 2026\nkreis: Landkreis Hainwald\nstatus: fachoeffentlich\ndatum: 2026-11-02\n',
    'content/bericht/01-schulden.mdx': '---\ntitel: Schulden\n---\nDie Schuldnerquote lag 2022 bei <Wert indikator="schulden" gebiet="hw" jahr="2022" />.\n',
    'data/gebiete/gebiete.csv': GEBIETE,
    'data/indikatoren/indikatoren.csv': INDIKATOREN,
    'data/quellen/schulden.csv': INKAR,
    'data/quellen/schulden.yaml': 'quelle: INKAR 2024\nwerte:\n  - spalte: Schuldnerquote\n    indikator: schulden\n',
  });
  repo.commit('Entwurf', '2026-11-02T09:00:00+01:00');
  repo.tag(TAG_1, 'status: fachoeffentlich\ntitel: Entwurf', '2026-11-02T10:00:00+01:00');
  // the new INKAR release revised Hainwald 2022 from 11,8 to 12,1
  repo.write('data/quellen/schulden.csv', INKAR.replace('"11,8"', '"12,1"'));
  repo.commit('Neuer INKAR-Stand', '2026-11-30T15:00:00+01:00');
  repo.tag(TAG_2, 'status: beschlussvorlage\ntitel: Beschlussvorlage', '2026-12-01T10:00:00+01:00');
});
afterAll(() => repo.cleanup());

describe('Fassungen with an export in data/quellen', () => {
  it('show the revised value of the new download', () => {
    const v = loadVersions(repo.git, computeStamp(repo.git).stamp);
    const cmp = compareWithPredecessor(repo.git, repo.dir, v, 'bericht', TAG_2);
    if (!cmp.ok) throw new Error(cmp.reason);
    // the value as the chapter shows it, the value in the data, and the export itself as a changed file (the new
    // download is the provenance of the new value)
    expect(changeItems(cmp.changes)).toEqual([
      { art: 'text', file: '01-schulden.mdx', alt: '11,8\u202f%', neu: '12,1\u202f%' },
      { art: 'wert-geaendert', indikator: 'schulden', gebiet: 'hw', jahr: 2022, alt: '11,8\u202f%', neu: '12,1\u202f%' },
      { art: 'datei', file: 'data/quellen/schulden.csv' },
    ]);
  });
});
