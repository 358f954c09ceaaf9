/**
 * The changes page between two Fassungen never lets a withheld count be computed (scenario-geheimhaltung.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextDiff } from '../../../src/versions/render-diff.ts';
import { changeItems } from '../../../src/versions/changes.ts';
import { compareWithPredecessor, loadVersions } from '../../../src/versions/overview.ts';
import { computeStamp } from '../../../src/versions/stamp.ts';
import type { TestRepo } from '../../helpers/git-repo.ts';
import { geheimhaltungRepo, TAG_B } from './scenario-geheimhaltung.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = geheimhaltungRepo();
});
afterAll(() => repo.cleanup());

describe('Änderungen und Geheimhaltung', () => {
  it('zeigt nur den Kreis 925 → 915; Birkenstein und Schönborn sind in beiden Fassungen gesperrt, also keine Änderung', () => {
    const v = loadVersions(repo.git, computeStamp(repo.git).stamp);
    const cmp = compareWithPredecessor(repo.git, repo.dir, v, 'bericht', TAG_B);
    if (!cmp.ok) throw new Error(cmp.reason);
    // By hand: Fassung 2 withholds Schönborn (2 < 3) and, as complement, Birkenstein (31, the smallest non-zero
    // Gemeinde; Erlengrund is 0). Withheld jointly, both are * in both columns. What a reader of this page has:
    // Fassung 1: 925 = 400 + 300 + 182 + 0 + B₁ + S₁ → B₁ + S₁ = 43; Fassung 2: B₂ + S₂ = 33. Two unknowns per sum,
    // and no old value of either: Schönborn's 2 cannot be computed.
    // The chapter's <Wert>s are withheld the same way: only the Kreis changes in its text, too.
    expect(changeItems(cmp.changes)).toEqual([
      { art: 'text', file: '01-hilfen.mdx', alt: '925', neu: '915' },
      { art: 'wert-geaendert', indikator: 'faelle', gebiet: 'hw', jahr: 2024, alt: '925', neu: '915' },
    ]);
    const html = renderTextDiff(cmp.changes.chapters[0]!.text!);
    expect(html).toContain('<span class="textdiff__kontext">* und im Landkreis </span>');
    expect(html).not.toMatch(/\b(12|31|2)\b Fälle/);
  });
});
