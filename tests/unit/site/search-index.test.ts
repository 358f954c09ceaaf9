/** Which built pages go into the search index, and under which address. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexablePages, pageUrl } from '../../../src/search/index-site.ts';

describe('search index', () => {
  it('takes every page but the print pages, change views, the search page and Pagefind itself', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'suche-'));
    try {
      for (const f of ['index.html', 'bericht/index.html', 'bericht/arbeit/index.html', 'bericht/druck/index.html',
        'bericht/aenderungen/index.html', 'bericht/aenderungen/fassung-1/index.html', 'suche/index.html',
        'pagefind/x.html', 'impressum/index.html', 'bericht/bericht.pdf']) {
        fs.mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
        fs.writeFileSync(path.join(dist, f), '<html lang="de"></html>');
      }
      expect(indexablePages(dist)).toEqual(['bericht/arbeit/index.html', 'bericht/index.html', 'impressum/index.html', 'index.html']);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it('indexes pages under their directory address', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('sozialbericht-2025/arbeit/index.html')).toBe('/sozialbericht-2025/arbeit/');
  });
});
