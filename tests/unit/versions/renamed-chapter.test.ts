/**
 * A chapter renamed (new file name, new place in the order) between two revisions is the same chapter on the changes
 * page: its one changed sentence is shown, not the whole chapter as removed and added.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { changeItems, publicationChanges } from '../../../src/versions/changes.ts';
import { renderTextDiff } from '../../../src/versions/render-diff.ts';
import { createTestRepo } from '../../helpers/git-repo.ts';

const SETTINGS = 'titel: Bericht\nkreis: Landkreis Hainwald\ndatum: 2026-11-02\n';
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Satz ${i + 1} beschreibt die **Lage** der Familien im Landkreis.`).join(' ');
const chapter = (last: string) => `---\ntitel: Familie\n---\n\n## Familien im Landkreis\n\n${sentences(20)} ${last}\n`;

describe('umbenanntes Kapitel', () => {
  const repo = createTestRepo({
    'content/bericht/publikation.yaml': SETTINGS,
    'content/bericht/01-einleitung.mdx': '---\ntitel: Einleitung\n---\n\nText.\n',
    'content/bericht/02-familie.mdx': chapter('Die Lage bleibt angespannt.'),
  });
  repo.commit('Eins', '2026-11-02T09:00:00+01:00');
  const first = repo.run('rev-parse', 'HEAD');
  repo.remove('content/bericht/02-familie.mdx');
  repo.write('content/bericht/05-familien.mdx', chapter('Die Lage hat sich entspannt.'));
  repo.commit('Zwei', '2026-11-03T09:00:00+01:00');
  const second = repo.run('rev-parse', 'HEAD');
  afterAll(() => repo.cleanup());

  it('erkennt das Kapitel unter neuem Namen und zeigt nur den geänderten Satz', () => {
    const c = publicationChanges(repo.git, repo.dir, 'bericht', { kind: 'git', rev: first, label: 'eins' }, { kind: 'git', rev: second, label: 'zwei' });
    expect(changeItems(c)).toEqual([{ art: 'text', file: '05-familien.mdx', alt: 'bleibt angespannt', neu: 'hat sich entspannt' }]);
    const renamed = c.chapters.find((ch) => ch.file === '05-familien.mdx');
    expect(renamed).toMatchObject({ status: 'geaendert', frueher: '02-familie.mdx', slug: 'familien' });
    expect(c.chapters.map((ch) => ch.file)).toEqual(['01-einleitung.mdx', '05-familien.mdx']);
    const html = renderTextDiff(renamed!.text!);
    expect(html).not.toContain('**');
    expect(html).not.toContain('##');
  });
});
