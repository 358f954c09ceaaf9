/** Site-phase errors that point into a chapter become German problems at the chapter's line (src/site/build-error.ts). */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/errors/problem.ts';
import { projectPaths } from '../../../src/project.ts';
import { chapterProblems } from '../../../src/site/build-error.ts';

const paths = projectPaths('/projekte/hainwald');

/** What the bundler throws: an aggregate whose `errors` carry name, message and location. */
function bundlerError(...errors: object[]): Error {
  return Object.assign(new Error('Build failed with 1 error'), { errors });
}

describe('chapterProblems', () => {
  it('turns an MDX syntax error into a located German problem', () => {
    const error = bundlerError({
      name: 'MDXError',
      message: '52:14: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)',
      loc: { file: '/projekte/hainwald/content/bericht/02-einkommen.mdx', line: 52, column: 14 },
    });
    const [problem, ...rest] = chapterProblems(error, paths);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'content/bericht/02-einkommen.mdx:52:14: fehler: Das Kapitel kann an dieser Stelle nicht gelesen werden (MDX-Syntax): ' +
        'Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)\n' +
        '  → Im Text haben < und { eine Bedeutung: < beginnt einen Baustein wie <Wert …/>, { einen Ausdruck. Meinen Sie die ' +
        'Zeichen selbst, schreiben Sie \\< bzw. \\{. Prüfen Sie sonst, ob der Baustein mit /> oder seinem Endtag geschlossen ist.',
    );
  });

  it('leaves other errors to the caller', () => {
    expect(chapterProblems(new Error('kaputt'), paths)).toEqual([]);
    expect(chapterProblems(bundlerError({ name: 'RollupError', message: 'x', loc: { file: '/a.ts', line: 1, column: 1 } }), paths)).toEqual([]);
    expect(chapterProblems(null, paths)).toEqual([]);
  });
});
