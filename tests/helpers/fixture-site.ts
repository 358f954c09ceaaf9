/**
 * A fixture project's website, built once for the test file that asks for it, and the text a reader sees on its
 * pages — the set-up the end-to-end tests of the website share.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildFixture, type BuiltFixture } from './build-fixture.ts';

/** Builds tests/fixtures/<name>/ before the file's tests (vitest beforeAll) and removes it after them. */
export function useBuiltFixture(name: string): () => BuiltFixture {
  let built: BuiltFixture | undefined;
  beforeAll(async () => {
    built = await buildFixture(name);
  }, 300_000);
  afterAll(() => built?.cleanup());
  return () => {
    if (!built) throw new Error(`Die Vorlage „${name}“ wurde nicht gebaut.`);
    return built;
  };
}

/** The HTML of a built page, e.g. `bericht/werte` → dist/bericht/werte/index.html. */
export function pageHtml(built: BuiltFixture, page: string): string {
  return fs.readFileSync(path.join(built.dist, page, 'index.html'), 'utf8');
}

/** What a reader sees: no scripts, styles or tags, non-breaking spaces as spaces, white space folded. */
export function readerText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');
}
