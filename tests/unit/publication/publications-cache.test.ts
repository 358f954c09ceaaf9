/** The loaded publications belong to one project: switching BERICHT_PROJEKT in one process reads the other project. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getPublications } from '../../../src/publication/index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');
const before = process.env.BERICHT_PROJEKT;
afterEach(() => {
  if (before === undefined) delete process.env.BERICHT_PROJEKT;
  else process.env.BERICHT_PROJEKT = before;
});

describe('getPublications', () => {
  it('never answers for another project than the current one', () => {
    process.env.BERICHT_PROJEKT = path.join(FIXTURES, 'mini');
    expect(getPublications().map((p) => p.slug).sort()).toEqual(['mini-bericht', 'mini-beschluss']);
    process.env.BERICHT_PROJEKT = path.join(FIXTURES, 'zwei-publikationen');
    expect(getPublications().map((p) => p.slug).sort()).toEqual(['bericht-2024', 'strategie']);
  });
});
