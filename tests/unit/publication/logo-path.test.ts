/**
 * `logo:` may only name a file inside content/ of the project: whatever it names is embedded in the print page and
 * the PDF. An absolute path, a `..` out of content/ and a symbolic link pointing outside are refused at the `logo:`
 * line of publikation.yaml; a logo inside content/ still works.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { logoDataUrl } from '../../../src/print/logo.ts';
import { projectPaths } from '../../../src/project.ts';
import { loadPublications } from '../../../src/publication/load.ts';
import { checkReferences } from '../../../src/references/check.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const SECRET = 'geheim: nicht veröffentlichen';

describe('logo: stays inside the project', () => {
  let tmp: string;
  let root: string;

  /** Writes a project with one publication whose publikation.yaml says `logo: <value>` on line 4. */
  const project = (name: string, logo: string): string => {
    const dir = path.join(root, name);
    fs.mkdirSync(path.join(dir, 'content', 'p'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content', 'p', 'publikation.yaml'), `titel: P\nkreis: K\ndatum: 2026-01-01\nlogo: ${logo}\n`);
    fs.writeFileSync(path.join(dir, 'content', 'p', '01-a.mdx'), '---\ntitel: A\n---\n\nText.\n');
    fs.writeFileSync(path.join(dir, 'content', 'p', 'wappen.svg'), SVG);
    return dir;
  };
  const check = (dir: string) => {
    const paths = projectPaths(dir);
    return checkReferences(paths, loadPublications(paths).publications).map(formatProblem);
  };

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'logo-'));
    root = path.join(tmp, 'projekte');
    fs.mkdirSync(root);
    // a readable file outside every project, standing in for /etc/passwd
    fs.writeFileSync(path.join(tmp, 'geheim.svg'), SECRET);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('refuses an absolute path at the logo: line', () => {
    const dir = project('absolut', '/etc/hostname');
    expect(check(dir)).toEqual([expect.stringMatching(/^content\/p\/publikation\.yaml:4:7: fehler: Das Logo „\/etc\/hostname“ ist ein absoluter Pfad/)]);
    expect(logoDataUrl(path.join(dir, 'content'), path.join(dir, 'content', 'p'), '/etc/hostname')).toBeNull();
  });

  it('refuses a path that leaves the project with ..', () => {
    const dir = project('hoch', '../../etc/passwd');
    expect(check(dir)).toEqual([expect.stringMatching(/^content\/p\/publikation\.yaml:4:7: fehler: Das Logo „\.\.\/\.\.\/etc\/passwd“ liegt außerhalb des Ordners content\//)]);
    // ../../../geheim.svg from content/p/ of projekte/hoch is tmp/geheim.svg: a real file, still refused and never read
    const escape = project('hoch2', '../../../../geheim.svg');
    expect(check(escape)).toEqual([expect.stringMatching(/^content\/p\/publikation\.yaml:4:7: fehler: Das Logo „\.\.\/\.\.\/\.\.\/\.\.\/geheim\.svg“ liegt außerhalb/)]);
    expect(logoDataUrl(path.join(escape, 'content'), path.join(escape, 'content', 'p'), '../../../../geheim.svg')).toBeNull();
  });

  it('refuses a symbolic link inside the project that points outside', () => {
    const dir = project('verknuepfung', 'logo.svg');
    fs.symlinkSync(path.join(tmp, 'geheim.svg'), path.join(dir, 'content', 'p', 'logo.svg'));
    expect(check(dir)).toEqual([expect.stringMatching(/^content\/p\/publikation\.yaml:4:7: fehler: Das Logo „logo\.svg“ ist eine Verknüpfung auf eine Datei außerhalb des Ordners content\//)]);
    expect(logoDataUrl(path.join(dir, 'content'), path.join(dir, 'content', 'p'), 'logo.svg')).toBeNull();
  });

  it('accepts a logo inside the project, also through a link that stays inside', () => {
    const dir = project('gut', 'wappen.svg');
    expect(check(dir)).toEqual([]);
    expect(logoDataUrl(path.join(dir, 'content'), path.join(dir, 'content', 'p'), 'wappen.svg')).toBe(`data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`);
    fs.mkdirSync(path.join(dir, 'content', 'bilder'));
    fs.writeFileSync(path.join(dir, 'content', 'bilder', 'kreis.svg'), SVG);
    fs.symlinkSync(path.join(dir, 'content', 'bilder', 'kreis.svg'), path.join(dir, 'content', 'p', 'kreis.svg'));
    expect(logoDataUrl(path.join(dir, 'content'), path.join(dir, 'content', 'p'), 'kreis.svg')).not.toBeNull();
    expect(logoDataUrl(path.join(dir, 'content'), path.join(dir, 'content', 'p'), '../bilder/kreis.svg')).not.toBeNull();
  });
});

describe('links under content/ and data/ that leave the project', () => {
  it('are errors of npm run check, naming the link; links inside the project are fine', async () => {
    const { checkProject } = await import('../../../src/pipeline.ts');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'links-out-'));
    try {
      const dir = path.join(tmp, 'projekt');
      fs.mkdirSync(path.join(dir, 'content', 'p'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'data', 'werte'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'content', 'p', 'publikation.yaml'), 'titel: P\nkreis: K\ndatum: 2026-01-01\n');
      fs.writeFileSync(path.join(dir, 'content', 'p', '01-a.mdx'), '---\ntitel: A\n---\n\nText.\n');
      fs.writeFileSync(path.join(tmp, 'fremd.csv'), 'geheim\n');
      fs.symlinkSync(path.join(tmp, 'fremd.csv'), path.join(dir, 'data', 'werte', 'fremd.csv'));
      fs.symlinkSync(path.join(dir, 'content', 'p', '01-a.mdx'), path.join(dir, 'content', 'p', '02-b.mdx'));
      const lines = (await checkProject(projectPaths(dir))).map(formatProblem).filter((l) => l.includes('Verknüpfung'));
      expect(lines).toEqual([
        `data/werte/fremd.csv: fehler: „data/werte/fremd.csv“ ist eine Verknüpfung auf „${fs.realpathSync(path.join(tmp, 'fremd.csv'))}“ außerhalb des Projektordners; ihr Inhalt würde gelesen und veröffentlicht.\n` +
          '  → Kopieren Sie die Datei oder den Ordner in das Projekt, statt darauf zu verknüpfen, oder löschen Sie die Verknüpfung.',
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
