/** The version line of the print version: status, the Fassung's date and which Fassung; never a commit hash. */
import { describe, expect, it } from 'vitest';
import { draftMark, versionLine } from '../../../src/print/version.ts';
import type { VersionStamp } from '../../../src/versions/stamp.ts';

// three Fassungen: fassung-2025-10-01-entwurf (1), fassung-2025-12-01-entwurf (2), fassung-2026-03-01-beschlossen (3)
const stamp = (s: Partial<VersionStamp>): VersionStamp => ({
  label: 'a1b2c3d',
  tag: null,
  commitsSince: 0,
  hash: 'a1b2c3d',
  date: '2026-11-24T10:00:00+01:00',
  dirty: false,
  shallow: false,
  ...s,
});
const entwurf = { status: 'entwurf', datum: '2025-12-01' } as const;

describe('versionLine', () => {
  it('names the Fassung by its number when the build is exactly that Fassung', () => {
    expect(versionLine(entwurf, stamp({ tag: 'fassung-2025-12-01-entwurf', fassungNr: 2, label: 'fassung-2025-12-01-entwurf' }))).toBe(
      'Entwurf vom 1. Dezember 2025, Fassung 2',
    );
    expect(
      versionLine({ status: 'beschlossen', datum: '2026-03-01' }, stamp({ tag: 'fassung-2026-03-01-beschlossen', fassungNr: 3, label: 'fassung-2026-03-01-beschlossen' })),
    ).toBe('Beschlossene Fassung vom 1. März 2026, Fassung 3');
  });

  it('says „Arbeitsstand“ after a Fassung, with commits or uncommitted changes, and without one, but shows no hash', () => {
    const later = stamp({ tag: 'fassung-2025-12-01-entwurf', fassungNr: 2, commitsSince: 3, label: 'fassung-2025-12-01-entwurf+3.a1b2c3d' });
    expect(versionLine(entwurf, later)).toBe('Entwurf vom 1. Dezember 2025, Arbeitsstand nach Fassung 2');
    const changed = stamp({ tag: 'fassung-2025-10-01-entwurf', fassungNr: 1, label: 'fassung-2025-10-01-entwurf', dirty: true });
    expect(versionLine(entwurf, changed)).toBe('Entwurf vom 1. Dezember 2025, Arbeitsstand nach Fassung 1');
    expect(versionLine(entwurf, stamp({}))).toBe('Entwurf vom 1. Dezember 2025, Arbeitsstand');
  });

  it('is the status and date alone without git', () => {
    expect(versionLine({ status: 'fachoeffentlich', datum: '2026-11-02' }, stamp({ hash: null, label: 'ohne Versionsangabe', date: null }))).toBe(
      'Entwurf zur fachöffentlichen Diskussion vom 2. November 2026',
    );
  });
});

describe('draftMark', () => {
  const fassung2 = stamp({ tag: 'fassung-2025-12-01-entwurf', fassungNr: 2, label: 'fassung-2025-12-01-entwurf' });
  const after2 = stamp({ tag: 'fassung-2025-12-01-entwurf', fassungNr: 2, commitsSince: 4, label: 'fassung-2025-12-01-entwurf+4.a1b2c3d' });
  const noGit = stamp({ hash: null, label: 'ohne Versionsangabe', date: null });
  // status, date, build → the mark in the margin, written by hand: the status once, no „Arbeitsstand“
  const cases: [string, string, VersionStamp, string | null][] = [
    ['entwurf', '2025-12-01', noGit, 'ENTWURF · Stand 1. Dezember 2025'],
    ['entwurf', '2025-12-01', stamp({}), 'ENTWURF · Stand 1. Dezember 2025'],
    ['entwurf', '2025-12-01', fassung2, 'ENTWURF · Stand 1. Dezember 2025 · Fassung 2'],
    ['entwurf', '2025-12-01', after2, 'ENTWURF · Stand 1. Dezember 2025 · geändert nach Fassung 2'],
    ['fachoeffentlich', '2026-11-02', stamp({}), 'ENTWURF · zur fachöffentlichen Diskussion, Stand 2. November 2026'],
    ['fachoeffentlich', '2026-03-09', fassung2, 'ENTWURF · zur fachöffentlichen Diskussion, Stand 9. März 2026 · Fassung 2'],
    ['beschlussvorlage', '2026-12-01', stamp({}), 'ENTWURF · Beschlussvorlage vom 1. Dezember 2026'],
    ['beschlussvorlage', '2026-09-21', noGit, 'ENTWURF · Beschlussvorlage vom 21. September 2026'],
    ['beschlussvorlage', '2026-09-21', after2, 'ENTWURF · Beschlussvorlage vom 21. September 2026 · geändert nach Fassung 2'],
    ['beschlossen', '2027-01-15', stamp({}), null],
    ['beschlossen', '2027-01-15', fassung2, null],
  ];
  it.each(cases)('%s vom %s → %s', (status, datum, build, expected) => {
    expect(draftMark({ status: status as 'entwurf', datum }, build)).toBe(expected);
  });
});
